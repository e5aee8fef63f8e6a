import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openConnection, type Db } from '../../../src/main/db/connection';
import { migrate } from '../../../src/main/db/migrate';
import { MIGRATIONS } from '../../../src/main/db/migrations';
import { tempDir } from '../../support/core';

const RECEIVABLES_VERSION = MIGRATIONS.find((m) => m.name === 'kri_receivables')!.version;
const T0 = '2026-01-05T08:00:00.000Z';
const open: Db[] = [];

afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

/** A database as the version before overdue receivables left it: an indicator with two readings. */
function databaseBefore(): Db {
  const db = openConnection(path.join(tempDir(), 'bizops.sqlite'));
  open.push(db);
  migrate(db, { migrations: MIGRATIONS.filter((m) => m.version < RECEIVABLES_VERSION) });
  db.prepare(
    `INSERT INTO staff (id, employee_no, name, created_at, updated_at) VALUES ('s1', 'YW001', '张三', ?, ?)`,
  ).run(T0, T0);
  db.prepare(
    `INSERT INTO kris (id, code, name, direction, warning_threshold, alarm_threshold, owner_id, frequency, source,
       search_text, created_at, updated_at, version)
     VALUES ('k1', 'KRI-001', '月投诉量', 'higher_worse', 5, 10, 's1', 'monthly', 'manual', 'kri-001', ?, ?, 3)`,
  ).run(T0, T0);
  for (const [id, on, value] of [
    ['r1', '2026-01-31', 4],
    ['r2', '2026-02-28', 7],
  ] as const)
    db.prepare(
      `INSERT INTO kri_readings (id, kri_id, period_on, value, created_at, updated_at) VALUES (?, 'k1', ?, ?, ?, ?)`,
    ).run(id, on, value, T0, T0);
  return db;
}

describe('the overdue-receivables migration', () => {
  it('keeps every indicator and its readings, and accepts the new source', () => {
    const db = databaseBefore();
    const before = db.prepare('SELECT * FROM kris').all();
    expect(() => db.prepare(`UPDATE kris SET source = 'overdue_receivables' WHERE id = 'k1'`).run()).toThrow(
      /CHECK/,
    );

    migrate(db);

    expect(db.prepare('SELECT * FROM kris').all()).toEqual(before);
    expect(db.prepare('SELECT id, kri_id FROM kri_readings ORDER BY id').all()).toEqual([
      { id: 'r1', kri_id: 'k1' },
      { id: 'r2', kri_id: 'k1' },
    ]);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.prepare(`UPDATE kris SET source = 'overdue_receivables' WHERE id = 'k1'`).run();
    expect(() => db.prepare(`UPDATE kris SET source = 'guesswork' WHERE id = 'k1'`).run()).toThrow(/CHECK/);
    // A reading still needs its indicator.
    expect(() =>
      db
        .prepare(
          `INSERT INTO kri_readings (id, kri_id, period_on, value, created_at, updated_at) VALUES ('r3', 'nope', '2026-03-31', 1, ?, ?)`,
        )
        .run(T0, T0),
    ).toThrow(/FOREIGN KEY/);
    expect(
      db
        .prepare(
          `SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'kris' AND name LIKE 'kris_%'`,
        )
        .all(),
    ).toHaveLength(3);
  });
});
