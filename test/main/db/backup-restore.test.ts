import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core/createCore';
import { integrityProblems } from '../../../src/main/db/connection';
import { makeCore, MANAGER, setUpDepartment, tempDir, unwrap } from '../../support/core';
import { dumpDb, dumpFile, integrityOfFile, maxAuditId, withAuditUpTo } from './dump';
import { autoBackup, backupIdle } from '../../../src/main/domains/backup/service';

const backupFiles = (core: Core) => fs.readdirSync(core.store.paths.backupDir).sort();

async function login(core: Core) {
  const session = core.sessions.create();
  unwrap(await core.call('auth.login', MANAGER, session));
  return session;
}

describe('manual backup and restore', () => {
  it('round-trips every table, keeps an undo copy, signs everyone out, and the undo brings the changes back', async () => {
    const core = await makeCore();
    const { manager, groups } = await setUpDepartment(core);
    const zhang = unwrap(
      await core.call(
        'org.staff.create',
        { employeeNo: 'S001', name: '张三', groupId: groups.sales!, chargeGroupIds: [] },
        manager,
      ),
    );
    unwrap(
      await core.call(
        'org.staff.create',
        { employeeNo: 'S002', name: '李四', groupId: groups.service!, chargeGroupIds: [] },
        manager,
      ),
    );

    // The moment of the backup.
    const atBackup = dumpDb(core.store.db);
    const backup = unwrap(await core.call('backup.create', {}, manager));
    expect(backup.kind).toBe('manual');
    const backupFile = path.join(core.store.paths.backupDir, backup.fileName);
    expect(fs.statSync(backupFile).size).toBe(backup.sizeBytes);
    expect(integrityOfFile(backupFile)).toEqual(['ok']);
    expect(unwrap(await core.call('backup.list', {}, manager)).map((b) => b.fileName)).toContain(
      backup.fileName,
    );

    // Life goes on: a new person, an edit.
    unwrap(
      await core.call('org.staff.create', { employeeNo: 'S003', name: '王五', chargeGroupIds: [] }, manager),
    );
    unwrap(
      await core.call(
        'org.staff.update',
        {
          id: zhang.id,
          version: zhang.version,
          employeeNo: 'S001',
          name: '张三丰',
          groupId: groups.market!,
          chargeGroupIds: [],
        },
        manager,
      ),
    );
    const other = await login(core); // a second window, also logged in
    const changed = dumpDb(core.store.db);
    expect(changed.tables.staff).not.toEqual(atBackup.tables.staff);
    const managerUserId = manager.user!.userId;

    const { undo } = unwrap(await core.call('backup.restore', { fileName: backup.fileName }, manager));

    // Exactly the data of the backup moment; the audit log only gains the restore's row.
    expect(integrityProblems(core.store.db)).toEqual([]);
    const restored = dumpDb(core.store.db);
    const upTo = maxAuditId(atBackup);
    expect(withAuditUpTo(restored, upTo)).toEqual(withAuditUpTo(atBackup, upTo));
    const restoreRows = core.store.db
      .prepare('SELECT entity, entity_id, action, actor_user_id, changes FROM audit_log WHERE id > ?')
      .all(upTo);
    expect(restoreRows).toEqual([
      {
        entity: 'backup',
        entity_id: backup.fileName,
        action: 'restore',
        actor_user_id: managerUserId,
        changes: JSON.stringify([{ field: 'undo', before: null, after: undo.fileName }]),
      },
    ]);

    // The undo copy is the data just before the restore.
    expect(undo.kind).toBe('pre-restore');
    expect(backupFiles(core)).toEqual([backup.fileName, undo.fileName].sort()); // nothing else (no -wal, -shm, .partial)
    expect(dumpFile(path.join(core.store.paths.backupDir, undo.fileName))).toEqual(changed);

    // Accounts may have changed with the data: every session must log in again.
    for (const session of [manager, other]) {
      const r = await core.call('org.staff.list', {}, session);
      expect(r.ok ? 'ok' : r.error.code).toBe('UNAUTHENTICATED');
    }

    // Undoing the restore brings the changed data back.
    const again = await login(core);
    const beforeUndo = dumpDb(core.store.db);
    unwrap(await core.call('backup.restore', { fileName: undo.fileName }, again));
    const undone = dumpDb(core.store.db);
    const changedUpTo = maxAuditId(changed);
    expect(withAuditUpTo(undone, changedUpTo)).toEqual(withAuditUpTo(changed, changedUpTo));
    expect(beforeUndo.tables.staff).toEqual(restored.tables.staff);
    const third = await login(core);
    expect(
      unwrap(await core.call('org.staff.list', {}, third))
        .map((s) => s.name)
        .sort(),
    ).toEqual(['张三丰', '李四', '王五', '王经理'].sort());
    await core.close();
  });

  it('answers NOT_FOUND for a backup that does not exist, and changes nothing', async () => {
    const core = await makeCore();
    const { manager } = await setUpDepartment(core);
    const before = dumpDb(core.store.db);
    const r = await core.call(
      'backup.restore',
      { fileName: 'bizops-20200101-000000-000-manual.sqlite' },
      manager,
    );
    expect(r.ok ? 'ok' : r.error.code).toBe('NOT_FOUND');
    expect(dumpDb(core.store.db)).toEqual(before);
    expect(backupFiles(core)).toEqual([]);
    unwrap(await core.call('org.staff.list', {}, manager)); // still logged in
    await core.close();
  });

  it('refuses a garbage backup with DB_CORRUPT and leaves the live data and sessions alone', async () => {
    const core = await makeCore();
    const { manager } = await setUpDepartment(core);
    unwrap(
      await core.call('org.staff.create', { employeeNo: 'S001', name: '张三', chargeGroupIds: [] }, manager),
    );
    const garbage = 'bizops-20200101-000000-000-manual.sqlite';
    fs.writeFileSync(path.join(core.store.paths.backupDir, garbage), crypto.randomBytes(16 * 1024));
    const before = dumpDb(core.store.db);

    const r = await core.call('backup.restore', { fileName: garbage }, manager);

    expect(r.ok ? 'ok' : r.error.code).toBe('DB_CORRUPT');
    expect(core.store.state).toBe('ready');
    expect(dumpDb(core.store.db)).toEqual(before);
    expect(backupFiles(core)).toEqual([garbage]); // no undo copy for a restore that never started
    expect(unwrap(await core.call('org.staff.list', {}, manager)).map((s) => s.name)).toContain('张三');
    await core.close();
  });

  it('refuses a backup whose pages are damaged', async () => {
    const core = await makeCore();
    const { manager } = await setUpDepartment(core);
    for (let i = 0; i < 150; i++) {
      unwrap(
        await core.call(
          'org.staff.create',
          { employeeNo: `E${i}`, name: `员工${i}`, chargeGroupIds: [] },
          manager,
        ),
      );
    }
    const backup = unwrap(await core.call('backup.create', {}, manager));
    const file = path.join(core.store.paths.backupDir, backup.fileName);
    const pages = fs.statSync(file).size / 4096;
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, Buffer.alloc(2 * 4096), 0, 2 * 4096, Math.floor(pages / 2) * 4096);
    fs.closeSync(fd);
    const before = dumpDb(core.store.db);

    const r = await core.call('backup.restore', { fileName: backup.fileName }, manager);

    expect(r.ok ? 'ok' : r.error.code).toBe('DB_CORRUPT');
    expect(dumpDb(core.store.db)).toEqual(before);
    unwrap(await core.call('org.staff.list', {}, manager));
    await core.close();
  });
});

describe('automatic backups', () => {
  it('back up on start, skip a run with no changes, and back up again after a change', async () => {
    const dir = tempDir();
    const setup = await makeCore({ dataDir: dir });
    const { manager } = await setUpDepartment(setup);
    unwrap(
      await setup.call('org.staff.create', { employeeNo: 'S001', name: '张三', chargeGroupIds: [] }, manager),
    );
    await setup.close();
    const data = dumpFile(path.join(dir, 'bizops.sqlite'));

    const core = await makeCore({ dataDir: dir, autoBackup: true });
    await backupIdle(core.deps);
    const first = backupFiles(core);
    expect(first).toHaveLength(1);
    expect(first[0]).toMatch(/-auto\.sqlite$/);
    expect(dumpFile(path.join(core.store.paths.backupDir, first[0]!))).toEqual(data);

    expect(await autoBackup(core.context())).toBeNull();
    expect(backupFiles(core)).toEqual(first);

    const session = await login(core);
    unwrap(
      await core.call('org.staff.create', { employeeNo: 'S002', name: '李四', chargeGroupIds: [] }, session),
    );
    const second = await autoBackup(core.context());
    expect(second?.kind).toBe('auto');
    expect(backupFiles(core)).toHaveLength(2);
    await core.close();
  });
});
