import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core/createCore';
import { makeCore, MANAGER, setUpDepartment, tempDir, unwrap } from '../../support/core';
import { dumpDb, dumpFile, integrityOfFile, maxAuditId, withAuditUpTo } from './dump';

/** A department with some staff and one manual backup, closed; returns the backup and a dump of the data. */
async function departmentWithBackup(staffCount: number) {
  const dir = tempDir();
  const core = await makeCore({ dataDir: dir });
  const { manager } = await setUpDepartment(core);
  for (let i = 0; i < staffCount; i++) {
    unwrap(
      await core.call(
        'org.staff.create',
        { employeeNo: `E${String(i).padStart(4, '0')}`, name: `员工${i}`, chargeGroupIds: [] },
        manager,
      ),
    );
  }
  const backup = unwrap(await core.call('backup.create', {}, manager));
  await core.close();
  const databaseFile = path.join(dir, 'bizops.sqlite');
  return { dir, databaseFile, backup, backupDump: dumpFile(path.join(dir, 'backups', backup.fileName)) };
}

async function expectCode(core: Core, channel: string, input: unknown, code: string): Promise<void> {
  const r = await core.dispatch(channel, input, core.sessions.create());
  expect({ channel, code: r.ok ? 'ok' : r.error.code }).toEqual({ channel, code });
}

async function staffNames(core: Core): Promise<string[]> {
  const session = core.sessions.create();
  unwrap(await core.call('auth.login', MANAGER, session));
  return unwrap(await core.call('org.staff.list', {}, session))
    .map((s) => s.name)
    .sort();
}

describe('a database file that is not a database', () => {
  it('opens in recovery, offers the backups, and restoring one brings the data back with the bad file kept aside', async () => {
    const { dir, databaseFile, backup, backupDump } = await departmentWithBackup(3);
    const garbage = crypto.randomBytes(64 * 1024);
    fs.writeFileSync(databaseFile, garbage);

    const core = await makeCore({ dataDir: dir });
    expect(core.store.state).toBe('corrupt');
    const session = core.sessions.create();
    expect(unwrap(await core.call('system.status', {}, session)).state).toBe('corrupt');
    for (const channel of [
      'auth.login',
      'auth.setupStatus',
      'org.staff.list',
      'backup.list',
      'backup.create',
    ]) {
      await expectCode(core, channel, channel === 'auth.login' ? MANAGER : {}, 'DB_CORRUPT');
    }

    const offered = unwrap(await core.call('recovery.backups', {}, session));
    expect(offered.map((b) => ({ fileName: b.fileName, kind: b.kind }))).toEqual([
      { fileName: backup.fileName, kind: 'manual' },
    ]);

    const restored = unwrap(await core.call('recovery.restore', { fileName: backup.fileName }, session));
    expect(restored.undo).toBeNull(); // nothing sound to keep as an undo copy …
    const quarantined = fs.readdirSync(path.join(dir, 'quarantine'));
    expect(quarantined).toHaveLength(1); // … but the broken file is kept, byte for byte.
    expect(fs.readFileSync(path.join(dir, 'quarantine', quarantined[0]!)).equals(garbage)).toBe(true);

    expect(core.store.state).toBe('ready');
    expect(unwrap(await core.call('system.status', {}, session)).state).toBe('ready');
    // Every table as it was in the backup; the audit log only gains the restore's own row.
    const upTo = maxAuditId(backupDump);
    expect(withAuditUpTo(dumpDb(core.store.db), upTo)).toEqual(withAuditUpTo(backupDump, upTo));
    expect(await staffNames(core)).toEqual(['员工0', '员工1', '员工2', '王经理']);
    // The recovery is audited, by nobody (no one could log in).
    const audit = core.store.db
      .prepare("SELECT actor_user_id, entity_id FROM audit_log WHERE action = 'restore'")
      .all();
    expect(audit).toEqual([{ actor_user_id: null, entity_id: backup.fileName }]);
    // Once healthy again, the unauthenticated channels close.
    await expectCode(core, 'recovery.backups', {}, 'INVALID_STATE');
    await core.close();
  });

  it('refuses to restore a backup that is itself broken and keeps the recovery state', async () => {
    const { dir, databaseFile } = await departmentWithBackup(0);
    fs.writeFileSync(databaseFile, 'this is not sqlite at all'.repeat(500));
    const badBackup = 'bizops-20260101-000000-000-manual.sqlite';
    fs.writeFileSync(path.join(dir, 'backups', badBackup), crypto.randomBytes(8192));

    const core = await makeCore({ dataDir: dir });
    expect(core.store.state).toBe('corrupt');
    await expectCode(core, 'recovery.restore', { fileName: badBackup }, 'DB_CORRUPT');
    expect(core.store.state).toBe('corrupt');
    expect(fs.readFileSync(databaseFile, 'utf8')).toBe('this is not sqlite at all'.repeat(500));
    await core.close();
  });
});

describe('a database with damaged pages', () => {
  it('fails the integrity check on open, is put in recovery, and can be restored', async () => {
    const { dir, databaseFile, backup } = await departmentWithBackup(300);
    const pageSize = 4096;
    const bytes = fs.readFileSync(databaseFile);
    expect(bytes.readUInt16BE(16)).toBe(pageSize);
    const pages = bytes.length / pageSize;
    expect(pages).toBeGreaterThan(20);

    // Zero three pages from the middle of the file, where the staff and audit rows live.
    const first = Math.floor(pages / 2);
    const fd = fs.openSync(databaseFile, 'r+');
    fs.writeSync(fd, Buffer.alloc(3 * pageSize), 0, 3 * pageSize, (first - 1) * pageSize);
    fs.closeSync(fd);

    // The damage is real (independent check on a copy) …
    expect(integrityOfFile(databaseFile)).not.toEqual(['ok']);

    // … and the app sees it rather than serving half a database.
    const core = await makeCore({ dataDir: dir });
    expect(core.store.state).toBe('corrupt');
    expect(core.store.problems.length).toBeGreaterThan(0);
    await expectCode(core, 'org.staff.list', {}, 'DB_CORRUPT');
    await expectCode(core, 'auth.login', MANAGER, 'DB_CORRUPT');

    unwrap(await core.call('recovery.restore', { fileName: backup.fileName }, core.sessions.create()));
    expect(core.store.state).toBe('ready');
    expect(await staffNames(core)).toHaveLength(301);
    expect(fs.readdirSync(path.join(dir, 'quarantine'))).toHaveLength(1);
    await core.close();
  });
});

describe('recovery channels on a healthy database', () => {
  it('answer INVALID_STATE: no restore without login while the database is fine', async () => {
    const { dir, databaseFile, backup } = await departmentWithBackup(2);
    const core = await makeCore({ dataDir: dir });
    expect(core.store.state).toBe('ready');
    const dbBefore = dumpFile(databaseFile);

    await expectCode(core, 'recovery.backups', {}, 'INVALID_STATE');
    await expectCode(core, 'recovery.restore', { fileName: backup.fileName }, 'INVALID_STATE');

    expect(core.store.state).toBe('ready');
    await core.close();
    expect(dumpFile(databaseFile)).toEqual(dbBefore);
    expect(fs.existsSync(path.join(dir, 'quarantine'))).toBe(false);
  });
});

describe('backup file names', () => {
  const bad = [
    '../x.sqlite',
    '../bizops.sqlite',
    '/etc/passwd',
    'bizops-20261127-020000-000-manual.sqlite/../../x',
    '',
  ];

  it.each(bad)('refuses %j before touching anything (recovery and logged-in restore)', async (fileName) => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'bizops.sqlite'), crypto.randomBytes(4096));
    const corrupt = await makeCore({ dataDir: dir });
    expect(corrupt.store.state).toBe('corrupt');
    await expectCode(corrupt, 'recovery.restore', { fileName }, 'VALIDATION');
    await corrupt.close();

    const healthy = await makeCore();
    const { manager } = await setUpDepartment(healthy);
    const r = await healthy.call('backup.restore', { fileName }, manager);
    expect(r.ok ? 'ok' : r.error.code).toBe('VALIDATION');
    await healthy.close();
  });

  it('refuses a well-formed name of an unknown kind', async () => {
    const core = await makeCore();
    const { manager } = await setUpDepartment(core);
    const fileName = 'bizops-20261127-020000-000-evil.sqlite';
    fs.writeFileSync(path.join(core.store.paths.backupDir, fileName), 'x');
    const r = await core.call('backup.restore', { fileName }, manager);
    expect(r.ok ? 'ok' : r.error.code).toBe('VALIDATION');
    await core.close();
  });
});
