import Database from 'better-sqlite3';
import fs from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Core } from '../../../src/main/core/createCore';
import { integrityProblems } from '../../../src/main/db/connection';
import { makeCore, setUpDepartment, unwrap } from '../../support/core';
import { dumpDb } from './dump';
import { autoBackup } from '../../../src/main/domains/backup/service';

/** The backup API fails the way SQLite reports a full disk — after half a copy has reached the folder. */
function fillTheDisk() {
  return vi.spyOn(Database.prototype, 'backup').mockImplementation(async (destination: string) => {
    fs.writeFileSync(destination, Buffer.alloc(8192, 1));
    throw Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
  });
}

const backupFiles = (core: Core) => fs.readdirSync(core.store.paths.backupDir).sort();

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a full disk', () => {
  it('makes a manual backup fail with DISK_FULL, leaves no partial file, and the app keeps working', async () => {
    const core = await makeCore();
    const { manager } = await setUpDepartment(core);
    const before = backupFiles(core);
    const spy = fillTheDisk();

    const r = await core.call('backup.create', {}, manager);

    expect(spy).toHaveBeenCalledTimes(1);
    expect(r.ok ? 'ok' : r.error.code).toBe('DISK_FULL');
    expect(backupFiles(core)).toEqual(before);
    expect(integrityProblems(core.store.db)).toEqual([]);
    expect(core.store.state).toBe('ready');
    unwrap(
      await core.call('org.staff.create', { employeeNo: 'S001', name: '张三', chargeGroupIds: [] }, manager),
    );

    // Space is freed: the next backup works (a failed one does not jam the queue).
    spy.mockRestore();
    const backup = unwrap(await core.call('backup.create', {}, manager));
    expect(backupFiles(core)).toEqual([...before, backup.fileName].sort());
    await core.close();
  });

  it('makes an automatic backup fail quietly without leaving files', async () => {
    const core = await makeCore();
    const { manager } = await setUpDepartment(core);
    fillTheDisk();
    await expect(autoBackup(core.context())).rejects.toMatchObject({ code: 'DISK_FULL' });
    expect(backupFiles(core)).toEqual([]);
    unwrap(await core.call('org.staff.list', {}, manager));
    await core.close();
  });

  it('makes a restore fail with DISK_FULL when there is no room for the undo copy, and the live data stays', async () => {
    const core = await makeCore();
    const { manager } = await setUpDepartment(core);
    const backup = unwrap(await core.call('backup.create', {}, manager));
    unwrap(
      await core.call('org.staff.create', { employeeNo: 'S001', name: '张三', chargeGroupIds: [] }, manager),
    );
    const live = dumpDb(core.store.db);
    const files = backupFiles(core);
    fillTheDisk();

    const r = await core.call('backup.restore', { fileName: backup.fileName }, manager);

    expect(r.ok ? 'ok' : r.error.code).toBe('DISK_FULL');
    expect(core.store.state).toBe('ready');
    expect(dumpDb(core.store.db)).toEqual(live);
    expect(integrityProblems(core.store.db)).toEqual([]);
    expect(backupFiles(core)).toEqual(files);
    // Nobody was signed out for a restore that did not happen.
    expect(unwrap(await core.call('org.staff.list', {}, manager)).map((s) => s.name)).toContain('张三');
    await core.close();
  });
});
