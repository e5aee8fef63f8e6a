import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openConnection, type Db } from '../../../src/main/db/connection';
import { writeBackupSync, listBackupFiles } from '../../../src/main/db/backupFiles';
import { migrate, schemaVersion } from '../../../src/main/db/migrate';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, type Migration } from '../../../src/main/db/migrations';
import { silentLogger } from '../../../src/main/core/logger';
import { makeCore, setUpDepartment, tempDir, unwrap } from '../../support/core';
import { dumpDb, dumpFile } from './dump';

const FOUNDATION_TABLES = [
  'app_meta',
  'settings',
  'groups',
  'staff',
  'staff_charge_groups',
  'users',
  'audit_log',
];

const tableNames = (db: Db): string[] =>
  (
    db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as {
      name: string;
    }[]
  ).map((r) => r.name);

const open: Db[] = [];
function freshDb(): { db: Db; dir: string; file: string } {
  const dir = tempDir();
  const file = path.join(dir, 'bizops.sqlite');
  const db = openConnection(file);
  open.push(db);
  return { db, dir, file };
}

afterEach(() => {
  for (const db of open.splice(0)) if (db.open) db.close();
  vi.doUnmock('../../../src/main/db/migrations');
  vi.resetModules();
});

const foundation = MIGRATIONS[0]!;
const addNotes: Migration = {
  version: 2,
  name: 'notes',
  sql: `CREATE TABLE notes (id TEXT PRIMARY KEY, body TEXT NOT NULL) STRICT;
        ALTER TABLE staff ADD COLUMN nickname TEXT;`,
};

describe('migrations from an empty database', () => {
  it('creates every foundation table and records each migration', () => {
    const { db } = freshDb();
    expect(schemaVersion(db)).toBe(0);

    const applied = migrate(db);

    expect(applied).toEqual(MIGRATIONS.map((m) => m.version));
    const tables = tableNames(db);
    for (const t of FOUNDATION_TABLES) expect(tables).toContain(t);
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    const recorded = db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all();
    expect(recorded).toEqual(MIGRATIONS.map((m) => ({ version: m.version, name: m.name })));
  });

  it('opens every connection with WAL, synchronous=FULL and foreign keys on', () => {
    const { db } = freshDb();
    migrate(db);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    // Foreign keys are enforced, not just switched on: a staff row pointing at a missing group is refused.
    expect(() =>
      db
        .prepare(
          "INSERT INTO staff (id, employee_no, name, group_id, created_at, updated_at) VALUES ('s1', 'E1', 'x', 'nope', 't', 't')",
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
  });

  it('applies nothing when reopened at the latest version', () => {
    const { db, file } = freshDb();
    migrate(db);
    const before = dumpDb(db);
    db.close();

    const again = openConnection(file);
    open.push(again);
    const beforeMigrating = vi.fn();
    expect(migrate(again, { beforeMigrating })).toEqual([]);
    expect(beforeMigrating).not.toHaveBeenCalled();
    expect(dumpDb(again)).toEqual(before);
    expect(again.prepare('SELECT count(*) AS n FROM schema_migrations').get()).toEqual({
      n: MIGRATIONS.length,
    });
  });

  it('takes no pre-migration backup when the core creates or reopens a database', async () => {
    const dir = tempDir();
    const first = await makeCore({ dataDir: dir, fromTemplate: false });
    expect(first.store.state).toBe('ready');
    await first.close();
    const second = await makeCore({ dataDir: dir });
    expect(second.store.state).toBe('ready');
    await second.close();
    expect(listBackupFiles(path.join(dir, 'backups'))).toEqual([]);
  });
});

describe('a failing migration', () => {
  const broken: Migration = {
    version: 2,
    name: 'broken',
    // The first statement is fine and would run; the second is not SQL.
    sql: `CREATE TABLE half_done (x INTEGER) STRICT; INSERT INTO app_meta (key, value) VALUES ('half', 'done'); CREAT TABEL oops;`,
  };

  it('leaves an empty database exactly as it was', () => {
    const { db } = freshDb();
    const before = dumpDb(db);
    expect(() => migrate(db, { migrations: [foundation, broken] })).toThrow();
    expect(dumpDb(db)).toEqual(before);
    expect(schemaVersion(db)).toBe(0);
    expect(tableNames(db)).toEqual([]);
  });

  it('leaves a populated database exactly as it was', () => {
    const { db } = freshDb();
    migrate(db, { migrations: [foundation] });
    db.prepare("INSERT INTO app_meta (key, value) VALUES ('k', 'v')").run();
    const before = dumpDb(db);

    expect(() => migrate(db, { migrations: [foundation, addNotes, { ...broken, version: 3 }] })).toThrow();

    // Not even the good migration 2 stays: all pending migrations are one transaction.
    expect(dumpDb(db)).toEqual(before);
    expect(schemaVersion(db)).toBe(1);
    expect(tableNames(db)).not.toContain('notes');
    expect(tableNames(db)).not.toContain('half_done');
  });
});

describe('migrating a populated database', () => {
  it('calls beforeMigrating while the database is still at the old version, then migrates', () => {
    const { db, dir } = freshDb();
    migrate(db, { migrations: [foundation] });
    db.prepare("INSERT INTO app_meta (key, value) VALUES ('owner', '业务部')").run();
    const before = dumpDb(db);
    const backupDir = path.join(dir, 'backups');
    const seen: number[] = [];

    const applied = migrate(db, {
      migrations: [foundation, addNotes],
      beforeMigrating: (from) => {
        seen.push(from, schemaVersion(db));
        writeBackupSync(db, backupDir, 'pre-migration', new Date('2026-11-27T02:00:00Z'));
      },
    });

    expect(applied).toEqual([2]);
    expect(seen).toEqual([1, 1]);
    const backups = listBackupFiles(backupDir);
    expect(backups.map((b) => b.kind)).toEqual(['pre-migration']);
    expect(dumpFile(path.join(backupDir, backups[0]!.fileName))).toEqual(before);
    expect(tableNames(db)).toContain('notes');
    expect(db.prepare("SELECT value FROM app_meta WHERE key = 'owner'").get()).toEqual({ value: '业务部' });
  });

  it('the store writes a pre-migration backup equal to the old data before upgrading (app with a newer schema)', async () => {
    // A department using the current app …
    const dir = tempDir();
    const core = await makeCore({ dataDir: dir });
    const { manager } = await setUpDepartment(core);
    for (let i = 0; i < 5; i++) {
      unwrap(
        await core.call(
          'org.staff.create',
          { employeeNo: `E${i}`, name: `员工${i}`, chargeGroupIds: [] },
          manager,
        ),
      );
    }
    await core.close();
    const databaseFile = path.join(dir, 'bizops.sqlite');
    const before = dumpFile(databaseFile);
    expect(before.userVersion).toBe(LATEST_SCHEMA_VERSION);

    // … opens it with an app whose migration list has one more entry.
    const next: Migration = { ...addNotes, version: LATEST_SCHEMA_VERSION + 1 };
    vi.resetModules();
    vi.doMock('../../../src/main/db/migrations', () => ({
      MIGRATIONS: [...MIGRATIONS, next],
      LATEST_SCHEMA_VERSION: next.version,
    }));
    const { Store, dataPaths } = await import('../../../src/main/db/store');
    const store = new Store({
      paths: dataPaths(dir),
      logger: silentLogger,
      now: () => new Date('2026-12-01T08:00:00Z'),
    });

    expect(store.open()).toBe('ready');
    const after = dumpDb(store.db);
    store.closeConnection();

    const backups = listBackupFiles(path.join(dir, 'backups'));
    expect(backups.map((b) => b.kind)).toEqual(['pre-migration']);
    expect(dumpFile(path.join(dir, 'backups', backups[0]!.fileName))).toEqual(before);
    expect(after.userVersion).toBe(next.version);
    expect(Object.keys(after.tables)).toContain('notes');
    for (const t of ['staff', 'users', 'groups', 'audit_log'])
      expect(after.tables[t]!.length).toBe(before.tables[t]!.length);
    expect(fs.existsSync(path.join(dir, 'backups', `${backups[0]!.fileName}.partial`))).toBe(false);
  });
});
