import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core/createCore';
import type { Actor } from '../../../src/main/core/context';
import type { Session } from '../../../src/main/core/session';
import { createClientImports } from '../../../src/main/domains/clients/files/importJobs';
import { AppError } from '../../../src/shared/contract/errors';
import { tableChecksum } from '../contract/support';
import { FakeClock, makeCore, setUpDepartment } from '../../support/core';
import {
  FakeClientStore,
  loadWorkbook,
  nthCreditCode,
  recordAudit,
  sheetRows,
  sqliteLookups,
  sqliteTransaction,
  sqliteWriter,
  xlsxBytes,
} from './support';

const HEADERS = ['客户名称', '统一社会信用代码', '价值等级', '客户状态', '联系人', '联系人手机', '备注'];

/** Rows 2–7: three new, one matching an existing file by credit code, one by name, one duplicate of row 2. */
function mixedRows(existingCode: string): unknown[][] {
  return [
    ['新客户一', nthCreditCode(101), 'A', '潜在', '甲', '13800000001', null],
    ['新客户二', null, 'B', null, null, null, null],
    ['改名后的老客户', existingCode, 'A', '成交', '乙', '13800000002', '来自导入'],
    ['老客户按名称', null, null, null, null, null, null],
    ['新客户三', null, null, null, null, null, null],
    ['新客户一(重复行)', nthCreditCode(101), null, null, null, null, null],
  ];
}

async function previewed(store: FakeClientStore, rows: unknown[][], clock = new FakeClock()) {
  const imports = createClientImports({ clock });
  const preview = await imports.preview(
    { fileName: 'in.xlsx', bytes: await xlsxBytes(HEADERS, rows as never) },
    'u1',
    store,
  );
  return { imports, preview };
}

function storeWithTwoClients() {
  const store = new FakeClientStore();
  const byCode = store.addClient({ name: '老客户', creditCode: nthCreditCode(100) });
  const byName = store.addClient({ name: '老客户按名称' });
  return { store, byCode, byName };
}

describe('committing an import (in-memory store)', () => {
  it('skip mode: creates the new rows, skips matches and in-file duplicates', async () => {
    const { store } = storeWithTwoClients();
    const { imports, preview } = await previewed(store, mixedRows(nthCreditCode(100)));
    const writer = store.writer();
    const result = await imports.commit(
      preview.jobId,
      'u1',
      { mode: 'skip', skipInvalid: false },
      { writer, begin: store.begin },
    );
    expect(result).toMatchObject({
      committed: true,
      mode: 'skip',
      created: 3,
      updated: 0,
      skipped: 3,
      failed: 0,
    });
    expect(writer.calls).toEqual(['create:2', 'create:3', 'create:6']);
    expect(result.problems.map((p) => [p.rowNumber, p.outcome, p.reason])).toEqual([
      [4, 'skipped', 'duplicate'],
      [5, 'skipped', 'duplicate'],
      [7, 'skipped', 'duplicateInFile'],
    ]);
    expect(store.clients).toHaveLength(5);
  });

  it('update mode: updates the one matching file with the filled cells only, creates the rest', async () => {
    const { store, byCode, byName } = storeWithTwoClients();
    const { imports, preview } = await previewed(store, mixedRows(nthCreditCode(100)));
    const writer = store.writer();
    const result = await imports.commit(
      preview.jobId,
      'u1',
      { mode: 'update', skipInvalid: false },
      { writer, begin: store.begin },
    );
    expect(result).toMatchObject({ created: 3, updated: 2, skipped: 1, failed: 0 });
    expect(writer.calls).toEqual(['create:2', 'create:3', 'update:4', 'update:5', 'create:6']);
    const updated = store.clients.find((c) => c.clientId === byCode.clientId)!;
    expect(updated.fields).toEqual({
      name: '改名后的老客户',
      creditCode: nthCreditCode(100),
      tier: 'A',
      status: 'customer',
      notes: '来自导入',
    });
    expect(updated.contacts).toEqual([
      { name: '乙', title: null, mobile: '13800000002', email: null, birthday: null },
    ]);
    // A row with only the name changes nothing else.
    expect(store.clients.find((c) => c.clientId === byName.clientId)!.fields).toEqual({
      name: '老客户按名称',
    });
    const report = imports.progress(preview.jobId, 'u1');
    expect(report).toMatchObject({ status: 'done', total: 5, done: 5 });
  });

  it('update mode: skips rows matching several files or a file outside the user’s access', async () => {
    const store = new FakeClientStore();
    store.addClient({ name: '甲公司', creditCode: nthCreditCode(110) });
    store.addClient({ name: '乙公司' });
    store.addClient({ name: '别人的公司', visible: false });
    const { imports, preview } = await previewed(store, [
      ['乙公司', nthCreditCode(110), null, null, null, null, null],
      ['别人的公司', null, null, null, null, null, null],
    ]);
    const result = await imports.commit(
      preview.jobId,
      'u1',
      { mode: 'update', skipInvalid: false },
      { writer: store.writer(), begin: store.begin },
    );
    expect(result.problems.map((p) => [p.rowNumber, p.reason])).toEqual([
      [2, 'ambiguous'],
      [3, 'notVisible'],
    ]);
    expect(store.writes).toBe(0);
  });

  it('create mode: creates every valid row, duplicates included', async () => {
    const { store } = storeWithTwoClients();
    const { imports, preview } = await previewed(store, mixedRows(nthCreditCode(100)));
    const result = await imports.commit(
      preview.jobId,
      'u1',
      { mode: 'create', skipInvalid: false },
      { writer: store.writer(), begin: store.begin },
    );
    expect(result).toMatchObject({ created: 6, updated: 0, skipped: 0, failed: 0, problems: [] });
  });

  it('refuses a file with bad rows unless they are skipped, and writes nothing', async () => {
    const store = new FakeClientStore();
    const { imports, preview } = await previewed(store, [
      ['好客户', null, 'A', null, null, null, null],
      ['坏客户', '123', 'Z', null, null, '999', null],
      ['', null, null, null, null, null, '没有名字'],
    ]);
    expect(preview).toMatchObject({ total: 3, valid: 1, invalid: 2 });
    const writer = store.writer();
    let error: unknown;
    try {
      await imports.commit(
        preview.jobId,
        'u1',
        { mode: 'skip', skipInvalid: false },
        { writer, begin: store.begin },
      );
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).toShape()).toEqual({
      code: 'VALIDATION',
      message: expect.any(String),
      fields: { file: { key: 'validation.importHasErrors', params: { count: 2 } } },
    });
    expect(writer.calls).toEqual([]);
    expect(store.clients).toHaveLength(0);
    expect(imports.progress(preview.jobId, 'u1').status).toBe('previewed');

    const result = await imports.commit(
      preview.jobId,
      'u1',
      { mode: 'skip', skipInvalid: true },
      { writer, begin: store.begin },
    );
    expect(result).toMatchObject({ committed: true, created: 1, failed: 2 });
    // Every problem of a row, not just the first: here four cells of row 3.
    expect(result.problems).toEqual([
      {
        rowNumber: 3,
        name: '坏客户',
        outcome: 'failed',
        clientId: null,
        clientCode: null,
        reason: 'invalid',
        errors: [
          { column: 'creditCode', error: { key: 'validation.creditCode' } },
          { column: 'tier', error: { key: 'validation.invalidChoice' } },
          { column: 'contactName', error: { key: 'validation.required' } },
          { column: 'contactMobile', error: { key: 'validation.phone' } },
        ],
      },
      expect.objectContaining({
        rowNumber: 4,
        reason: 'invalid',
        errors: [{ column: 'name', error: { key: 'validation.required' } }],
      }),
    ]);
  });

  it('rolls everything back when one write fails, keeping a report that names the row', async () => {
    const store = new FakeClientStore();
    const rows = Array.from({ length: 8 }, (_, i) => [`客户${i}`, null, null, null, null, null, null]);
    const { imports, preview } = await previewed(store, rows);
    const conflict = new AppError('CONFLICT', 'stale');
    const writer = store.writer({ rowNumber: 7, error: conflict });
    let error: unknown;
    try {
      await imports.commit(
        preview.jobId,
        'u1',
        { mode: 'create', skipInvalid: false },
        { writer, begin: store.begin },
      );
    } catch (err) {
      error = err;
    }
    expect((error as AppError).code).toBe('CONFLICT');
    expect((error as AppError).params).toEqual({ row: 7 });
    expect(store.clients).toHaveLength(0);
    const state = imports.progress(preview.jobId, 'u1');
    expect(state.status).toBe('failed');
    expect(state.result).toMatchObject({
      committed: false,
      created: 0,
      updated: 0,
      failed: 8,
      error: { code: 'CONFLICT', params: { row: 7 } },
    });
    expect(state.result!.problems.find((p) => p.rowNumber === 7)).toMatchObject({ reason: 'writeFailed' });
    expect(state.result!.problems.filter((p) => p.reason === 'rolledBack')).toHaveLength(7);

    // A failed import may be committed again (here the writer no longer fails).
    const again = await imports.commit(
      preview.jobId,
      'u1',
      { mode: 'create', skipInvalid: false },
      { writer: store.writer(), begin: store.begin },
    );
    expect(again).toMatchObject({ committed: true, created: 8 });
    await expect(
      imports.commit(
        preview.jobId,
        'u1',
        { mode: 'create', skipInvalid: false },
        { writer: store.writer(), begin: store.begin },
      ),
    ).rejects.toThrow(expect.objectContaining({ code: 'INVALID_STATE' }));
  });

  it('tells the progress callback as it goes, ending at the total', async () => {
    const store = new FakeClientStore();
    const rows = Array.from({ length: 250 }, (_, i) => [`客户${i}`, null, null, null, null, null, null]);
    const { imports, preview } = await previewed(store, rows);
    const seen: [number, number][] = [];
    const states: number[] = [];
    await imports.commit(
      preview.jobId,
      'u1',
      { mode: 'create', skipInvalid: false },
      {
        writer: store.writer(),
        begin: store.begin,
        onProgress: (done, total) => {
          seen.push([done, total]);
          states.push(imports.progress(preview.jobId, 'u1').done);
        },
      },
    );
    expect(seen).toEqual([
      [0, 250],
      [100, 250],
      [200, 250],
      [250, 250],
    ]);
    // The job's state (what the progress channel reports) moves with it.
    expect(states).toEqual([0, 100, 200, 250]);
  });

  it('keeps jobs to their owner and forgets them after an hour unused', async () => {
    const clock = new FakeClock();
    const store = new FakeClientStore();
    const { imports, preview } = await previewed(store, [['甲', null, null, null, null, null, null]], clock);
    expect(() => imports.progress(preview.jobId, 'someone-else')).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND' }),
    );
    clock.advance(59 * 60_000);
    expect(imports.progress(preview.jobId, 'u1').status).toBe('previewed');
    clock.advance(61 * 60_000);
    expect(() => imports.progress(preview.jobId, 'u1')).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND' }),
    );
  });
});

describe('the import report', () => {
  it('before a commit lists the rows with problems and duplicate warnings, translated', async () => {
    const store = new FakeClientStore();
    store.addClient({ name: '老客户', creditCode: nthCreditCode(100) });
    const { imports, preview } = await previewed(store, [
      ['好客户', null, null, null, null, null, null],
      ['坏客户', '123', null, null, null, null, null],
      ['老客户', null, null, null, null, null, null],
    ]);
    const zh = await imports.report(preview.jobId, 'u1', 'zh-CN');
    expect(zh.fileName).toBe('客户导入问题.xlsx');
    const wb = await loadWorkbook(zh.bytes);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['问题行', '汇总']);
    const rows = sheetRows(wb.getWorksheet('问题行')!);
    expect(rows[0]).toEqual(['行号', '客户名称', '问题', '可能重复']);
    expect(rows[1]).toEqual([3, '坏客户', '统一社会信用代码：统一社会信用代码无效']);
    expect(rows[2]).toEqual([4, '老客户', undefined, '与客户 KH-2026-00001 老客户 重复（名称相同）']);
    expect(sheetRows(wb.getWorksheet('汇总')!)).toContainEqual(['结果', '尚未导入']);
  });

  it('after a commit lists every row with its outcome; in English too', async () => {
    const { store } = storeWithTwoClients();
    const { imports, preview } = await previewed(store, [
      ...mixedRows(nthCreditCode(100)),
      ['', null, 'Z', null, null, null, 'x'],
    ]);
    await imports.commit(
      preview.jobId,
      'u1',
      { mode: 'update', skipInvalid: true },
      { writer: store.writer(), begin: store.begin },
    );
    const en = await imports.report(preview.jobId, 'u1', 'en-US');
    expect(en.fileName).toBe('Client import result.xlsx');
    const wb = await loadWorkbook(en.bytes);
    const rows = sheetRows(wb.getWorksheet('Result')!);
    expect(rows[0]).toEqual(['Row', 'Name', 'Outcome', 'Client code', 'Column', 'Reason']);
    expect(rows.slice(1).map((r) => [r[0], r[2]])).toEqual([
      [2, 'Created'],
      [3, 'Created'],
      [4, 'Updated'],
      [5, 'Updated'],
      [6, 'Created'],
      [7, 'Skipped'],
      [8, 'Failed'],
    ]);
    expect(rows[6]![5]).toBe('Matches an earlier row of the file');
    // Every problem of the row, each on a line of its own.
    expect(rows[7]).toEqual([
      8,
      undefined,
      'Failed',
      undefined,
      'Name, Tier',
      'Invalid data\nName: Required\nTier: Please choose from the list',
    ]);
    const summary = sheetRows(wb.getWorksheet('Summary')!);
    expect(summary).toContainEqual(['Duplicates', 'Update existing files']);
    expect(summary).toContainEqual(['Created', 3]);
    expect(summary).toContainEqual(['Outcome', 'Imported']);
  });
});

describe('committing on real SQLite', () => {
  let core: Core;
  let manager: Session;
  let actor: Actor;
  beforeAll(async () => {
    core = await makeCore();
    ({ manager } = await setUpDepartment(core));
    actor = { userId: manager.user!.userId, name: manager.user!.displayName };
  });
  afterAll(() => core.close());

  const writerFor = (failAt?: { rowNumber: number; error: unknown }) =>
    sqliteWriter(core.store.db, actor, () => new Date().toISOString(), recordAudit, failAt);
  const begin = () => sqliteTransaction(core.store.db);
  const count = (table: string) =>
    (core.store.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

  it('writes nothing at all when a write fails half-way (rows, contacts, search text, audit)', async () => {
    const imports = createClientImports({ clock: new FakeClock() });
    const rows = Array.from({ length: 50 }, (_, i) => [
      `回滚客户${i}`,
      nthCreditCode(300 + i),
      null,
      null,
      `联系人${i}`,
      `1380000${String(i).padStart(4, '0')}`,
      null,
    ]);
    const preview = await imports.preview(
      { fileName: 'x.xlsx', bytes: await xlsxBytes(HEADERS, rows as never) },
      actor.userId,
      sqliteLookups(core.store.db),
    );
    const before = tableChecksum(core);
    await expect(
      imports.commit(
        preview.jobId,
        actor.userId,
        { mode: 'create', skipInvalid: false },
        { writer: writerFor({ rowNumber: 40, error: new Error('disk trouble') }), begin },
      ),
    ).rejects.toThrow('disk trouble');
    expect(tableChecksum(core)).toBe(before);
    expect(imports.progress(preview.jobId, actor.userId).result).toMatchObject({
      committed: false,
      error: { code: 'INTERNAL', params: { row: 40 } },
    });
  });

  it('update-existing mode updates the matching file in place and creates the others', async () => {
    const imports = createClientImports({ clock: new FakeClock() });
    const writer = writerFor();
    const first = await imports.preview(
      {
        fileName: 'first.xlsx',
        bytes: await xlsxBytes(HEADERS, [
          ['宁波海联有限公司', nthCreditCode(400), 'C', '潜在', '赵', '13900000001', null],
        ]),
      },
      actor.userId,
      sqliteLookups(core.store.db),
    );
    await imports.commit(first.jobId, actor.userId, { mode: 'skip', skipInvalid: false }, { writer, begin });
    const clientsBefore = count('clients');

    const second = await imports.preview(
      {
        fileName: 'second.xlsx',
        bytes: await xlsxBytes(HEADERS, [
          ['宁波海联有限责任公司', null, 'A', '重点跟进', null, null, '年度框架协议'],
          ['全新的客户', null, null, null, null, null, null],
        ]),
      },
      actor.userId,
      sqliteLookups(core.store.db),
    );
    expect(second.rows[0]!.duplicateOf!.clients[0]).toMatchObject({
      name: '宁波海联有限公司',
      reasons: ['name'],
    });
    const result = await imports.commit(
      second.jobId,
      actor.userId,
      { mode: 'update', skipInvalid: false },
      { writer, begin },
    );
    expect(result).toMatchObject({ committed: true, created: 1, updated: 1 });
    expect(count('clients')).toBe(clientsBefore + 1);
    const row = core.store.db
      .prepare(
        'SELECT name, credit_code AS creditCode, tier, status, notes, version FROM clients WHERE credit_code = ?',
      )
      .get(nthCreditCode(400));
    expect(row).toEqual({
      name: '宁波海联有限责任公司',
      creditCode: nthCreditCode(400),
      tier: 'A',
      status: 'key_follow_up',
      notes: '年度框架协议',
      version: 2,
    });
    // The version read at preview time guards the update: a file changed since then is a conflict.
    const third = await imports.preview(
      {
        fileName: 'third.xlsx',
        bytes: await xlsxBytes(HEADERS, [['宁波海联有限公司', null, 'B', null, null, null, null]]),
      },
      actor.userId,
      sqliteLookups(core.store.db),
    );
    core.store.db
      .prepare('UPDATE clients SET version = version + 1 WHERE credit_code = ?')
      .run(nthCreditCode(400));
    const before = tableChecksum(core);
    await expect(
      imports.commit(third.jobId, actor.userId, { mode: 'update', skipInvalid: false }, { writer, begin }),
    ).rejects.toThrow();
    expect(tableChecksum(core)).toBe(before);
  });
});
