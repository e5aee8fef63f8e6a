import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  backupFileName,
  backupsToDelete,
  parseBackupFileName,
  type RotationPolicy,
} from '../../../src/main/db/backupFiles';
import { backupFileName as backupFileNameSchema } from '../../../src/shared/backup/channels';
import { BACKUP_KINDS, type BackupInfo, type BackupKind } from '../../../src/shared/backup/types';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const NOW = Date.parse('2026-11-27T10:00:00.000Z');

function backup(kind: BackupKind, at: number): BackupInfo {
  const fileName = backupFileName(kind, new Date(at));
  return { fileName, kind, createdAt: new Date(at).toISOString(), sizeBytes: 1000 };
}

const names = (list: readonly BackupInfo[]) => [...new Set(list.map((b) => b.fileName))].sort();
const survivors = (all: readonly BackupInfo[], policy: RotationPolicy) => {
  const gone = new Set(backupsToDelete(all, policy).map((b) => b.fileName));
  return all.filter((b) => !gone.has(b.fileName));
};
const roomy = { keepRecent: 5, keepDaily: 14, maxFiles: 500 };

describe('backupsToDelete', () => {
  it('keeps the newest keepRecent automatic backups of a day and deletes the older ones', () => {
    // Hourly autos today, newest first at index 0.
    const autos = Array.from({ length: 10 }, (_, i) => backup('auto', NOW - i * HOUR));
    const kept = survivors(autos, { keepRecent: 3, keepDaily: 1, maxFiles: 500 });
    expect(names(kept)).toEqual(names(autos.slice(0, 3)));
  });

  it('keeps the newest automatic backup of each of the last keepDaily days', () => {
    // Three autos a day (10:00, 06:00, 02:00) for 10 days.
    const autos = Array.from({ length: 10 }, (_, d) =>
      [0, 4, 8].map((h) => backup('auto', NOW - d * DAY - h * HOUR)),
    ).flat();
    const kept = survivors(autos, { keepRecent: 2, keepDaily: 5, maxFiles: 500 });
    const newestPerDay = Array.from({ length: 5 }, (_, d) => backup('auto', NOW - d * DAY));
    // Today's two newest (10:00, 06:00) and 10:00 of each of the four days before.
    expect(names(kept)).toEqual(names([...autos.slice(0, 2), ...newestPerDay]));
    expect(kept).toHaveLength(6);
  });

  it('never deletes manual, pre-migration or pre-restore copies while under maxFiles, however old', () => {
    const keepers = [
      backup('manual', NOW - 400 * DAY),
      backup('pre-migration', NOW - 300 * DAY),
      backup('pre-restore', NOW - 200 * DAY),
      backup('manual', NOW - 50 * DAY),
    ];
    const autos = Array.from({ length: 30 }, (_, d) => backup('auto', NOW - d * DAY));
    const deleted = backupsToDelete([...keepers, ...autos], { keepRecent: 2, keepDaily: 3, maxFiles: 20 });
    expect(deleted.length).toBe(27); // 30 autos − the 3 newest days (which cover the 2 most recent)
    expect(deleted.every((b) => b.kind === 'auto')).toBe(true);
  });

  it('trims the oldest, of any kind, when more than maxFiles would be kept', () => {
    const all = [
      backup('manual', NOW - 10 * DAY),
      backup('pre-migration', NOW - 9 * DAY),
      backup('manual', NOW - 8 * DAY),
      backup('pre-restore', NOW - 7 * DAY),
      backup('auto', NOW - 2 * DAY),
      backup('auto', NOW - DAY),
      backup('auto', NOW),
    ];
    const kept = survivors(all, { keepRecent: 5, keepDaily: 14, maxFiles: 5 });
    expect(names(kept)).toEqual(names(all.slice(2)));
  });

  it('never deletes the newest backup, even of a kind the policy does not keep', () => {
    const all = [backup('auto', NOW - DAY), backup('manual', NOW - 2 * DAY), backup('auto', NOW)];
    expect(names(survivors(all, { keepRecent: 0, keepDaily: 0, maxFiles: 0 }))).toEqual(names([all[2]!]));
    expect(backupsToDelete([backup('auto', NOW)], { keepRecent: 0, keepDaily: 0, maxFiles: 0 })).toEqual([]);
  });

  it('deletes nothing when everything fits the policy', () => {
    const all = [backup('auto', NOW), backup('auto', NOW - HOUR), backup('manual', NOW - DAY)];
    expect(backupsToDelete(all, roomy)).toEqual([]);
    expect(backupsToDelete([], roomy)).toEqual([]);
  });

  const arbBackups = fc
    .uniqueArray(
      fc.record({
        kind: fc.constantFrom(...BACKUP_KINDS),
        // Within 60 days, at whole seconds.
        at: fc.integer({ min: 0, max: 60 * 24 * 3600 }).map((s) => NOW - s * 1000),
      }),
      { maxLength: 60, selector: (b) => b.at },
    )
    .map((list) => list.map((b) => backup(b.kind, b.at)));
  const arbPolicy = fc.record({
    keepRecent: fc.integer({ min: 1, max: 10 }),
    keepDaily: fc.integer({ min: 1, max: 20 }),
    maxFiles: fc.integer({ min: 5, max: 80 }),
  });

  it('for any set of backups: deletes only listed files, keeps the newest, keeps at most maxFiles', () => {
    fc.assert(
      fc.property(arbBackups, arbPolicy, (all, policy) => {
        const deleted = backupsToDelete(all, policy);
        const kept = survivors(all, policy);
        expect(deleted.every((d) => all.includes(d))).toBe(true);
        expect(kept.length + deleted.length).toBe(all.length);
        expect(kept.length).toBeLessThanOrEqual(policy.maxFiles);
        if (all.length) {
          const newest = all.reduce((a, b) => (a.createdAt > b.createdAt ? a : b));
          expect(kept).toContain(newest);
        }
      }),
    );
  });

  it('for any set of backups under maxFiles: every non-automatic copy and the newest keepRecent autos survive', () => {
    fc.assert(
      fc.property(arbBackups, arbPolicy, (all, policy) => {
        const kept = new Set(survivors(all, { ...policy, maxFiles: 500 }).map((b) => b.fileName));
        for (const b of all.filter((x) => x.kind !== 'auto')) expect(kept.has(b.fileName)).toBe(true);
        const autos = all
          .filter((b) => b.kind === 'auto')
          .sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
        for (const b of autos.slice(0, policy.keepRecent)) expect(kept.has(b.fileName)).toBe(true);
        // One auto per day survives for each of the keepDaily most recent days that have any.
        const days = [...new Set(autos.map((b) => b.createdAt.slice(0, 10)))].slice(0, policy.keepDaily);
        for (const day of days)
          expect(autos.some((b) => b.createdAt.startsWith(day) && kept.has(b.fileName))).toBe(true);
      }),
    );
  });
});

describe('backup file names', () => {
  it('round-trip kind and time to the millisecond, and pass the boundary schema', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...BACKUP_KINDS),
        fc.date({
          min: new Date('2000-01-01T00:00:00Z'),
          max: new Date('2999-12-31T23:59:59.999Z'),
          noInvalidDate: true,
        }),
        (kind, at) => {
          const name = backupFileName(kind, at);
          expect(parseBackupFileName(name)).toEqual({ kind, createdAt: at.toISOString() });
          expect(backupFileNameSchema().safeParse(name).success).toBe(true);
        },
      ),
    );
  });

  it('sort by name in time order', () => {
    const a = backupFileName('auto', new Date('2026-01-02T03:04:05.006Z'));
    const b = backupFileName('auto', new Date('2026-01-02T03:04:05.007Z'));
    expect(a).toBe('bizops-20260102-030405-006-auto.sqlite');
    expect(a < b).toBe(true);
  });

  it.each([
    'bizops.sqlite',
    'bizops-20261127-020000-000-evil.sqlite',
    'bizops-20261127-020000-000-manual.sqlite.partial',
    'bizops-20261127-020000-000-manual.sqlite-wal',
    '../bizops-20261127-020000-000-manual.sqlite',
    'bizops-2026112-020000-000-manual.sqlite',
    'x-bizops-20261127-020000-000-manual.sqlite',
  ])('does not take %j for a backup', (name) => {
    expect(parseBackupFileName(name)).toBeNull();
  });
});
