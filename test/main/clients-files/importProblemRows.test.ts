import { describe, expect, it } from 'vitest';
import { createClientImports } from '../../../src/main/domains/clients/files/importJobs';
import type { ImportMode } from '../../../src/shared/clients/fileTypes';
import { FakeClock } from '../../support/core';
import { FakeClientStore, loadWorkbook, nthCreditCode, sheetRows, xlsxBytes } from './support';

/** Paging through every problem row of a large preview, and owner changes in update mode. */
const HEADERS = ['客户名称', '统一社会信用代码', '联系人', '联系人手机', '负责人工号'];

async function previewed(store: FakeClientStore, rows: unknown[][]) {
  const imports = createClientImports({ clock: new FakeClock() });
  const preview = await imports.preview(
    { fileName: 'in.xlsx', bytes: await xlsxBytes(HEADERS, rows as never) },
    'u1',
    store,
  );
  return { imports, preview };
}

describe('the problem rows of a preview', () => {
  /** 150 rows with a bad mobile, 100 rows matching an existing file by name, 50 good rows, interleaved. */
  async function largePreview() {
    const store = new FakeClientStore();
    const rows: unknown[][] = [];
    for (let i = 0; i < 300; i++) {
      const kind = i % 6;
      if (kind < 3) rows.push([`坏手机客户${i}`, null, '联系人', '123', null]);
      else if (kind < 5) rows.push([store.addClient({ name: `已有客户${i}` }).name, null, null, null, null]);
      else rows.push([`好客户${i}`, null, null, null, null]);
    }
    return previewed(store, rows);
  }

  it("sends the first hundred with the preview and pages through all 250 under 'problems'", async () => {
    const { imports, preview } = await largePreview();
    expect(preview).toMatchObject({ total: 300, invalid: 150, duplicates: 100, problems: 250 });
    expect(preview.rows).toHaveLength(100);

    const pages = [1, 2, 3].map((page) => imports.rows(preview.jobId, 'u1', 'problems', page, 100));
    expect(pages.map((p) => [p.rows.length, p.total])).toEqual([
      [100, 250],
      [100, 250],
      [50, 250],
    ]);
    expect(pages[0]!.rows).toEqual(preview.rows);
    const numbers = pages.flatMap((p) => p.rows.map((r) => r.rowNumber));
    expect(new Set(numbers).size).toBe(250);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(imports.rows(preview.jobId, 'u1', 'problems', 4, 100).rows).toEqual([]);
  });

  it("counts and pages the 'invalid', 'duplicates' and 'all' filters", async () => {
    const { imports, preview } = await largePreview();
    const invalid = imports.rows(preview.jobId, 'u1', 'invalid', 2, 100);
    expect([invalid.total, invalid.rows.length]).toEqual([150, 50]);
    expect(invalid.rows.every((r) => r.errors.contactMobile)).toBe(true);
    const duplicates = imports.rows(preview.jobId, 'u1', 'duplicates', 1, 60);
    expect([duplicates.total, duplicates.rows.length]).toEqual([100, 60]);
    expect(duplicates.rows.every((r) => r.duplicateOf?.clients.length === 1)).toBe(true);
    expect(imports.rows(preview.jobId, 'u1', 'all', 1, 20).total).toBe(300);
  });
});

describe('an owner change in update mode', () => {
  /**
   * Two files owned by 甲 (E001); rows: one names 乙 (E002) as the first file's owner, one updates the
   * second file naming its own owner again, one is new.
   */
  function setUp(mayReassign: boolean) {
    const store = new FakeClientStore();
    store.mayReassign = mayReassign;
    const jia = store.addStaff('E001', '甲');
    const yi = store.addStaff('E002', '乙');
    const moved = store.addClient({
      name: '转交测试有限公司',
      creditCode: nthCreditCode(201),
      ownerName: '甲',
      fields: { ownerId: jia.id, industry: '制造业' },
    });
    const kept = store.addClient({
      name: '同一负责人有限公司',
      ownerName: '甲',
      fields: { ownerId: jia.id },
    });
    const rows = [
      ['转交测试有限公司', nthCreditCode(201), '王', '13800000001', 'E002'],
      ['同一负责人有限公司', null, '李', '13800000002', 'E001'],
      ['全新客户有限公司', null, null, null, 'E002'],
    ];
    return { store, jia, yi, moved, kept, rows };
  }

  const commit = (
    imports: Awaited<ReturnType<typeof previewed>>['imports'],
    jobId: string,
    store: FakeClientStore,
    mode: ImportMode,
  ) =>
    imports.commit(jobId, 'u1', { mode, skipInvalid: false }, { writer: store.writer(), begin: store.begin });

  it('without reassign permission is flagged in the preview and skipped; the other rows are written', async () => {
    const { store, jia, moved, kept, rows } = setUp(false);
    const { imports, preview } = await previewed(store, rows);
    expect(preview).toMatchObject({ total: 3, valid: 3, invalid: 0, duplicates: 2, problems: 2 });
    expect(preview.rows.map((r) => [r.rowNumber, r.updateNote])).toEqual([
      [2, { reason: 'ownerChangeRefused', code: moved.code }],
      [3, undefined],
    ]);

    const result = await commit(imports, preview.jobId, store, 'update');
    expect(result).toMatchObject({ committed: true, created: 1, updated: 1, skipped: 1, failed: 0 });
    expect(result.problems).toEqual([
      expect.objectContaining({
        rowNumber: 2,
        outcome: 'skipped',
        reason: 'ownerChangeRefused',
        clientCode: moved.code,
      }),
    ]);
    expect(moved.fields.ownerId).toBe(jia.id);
    expect(moved.contacts).toEqual([]);
    expect(kept.contacts).toEqual([expect.objectContaining({ name: '李' })]);

    const zh = await loadWorkbook((await imports.report(preview.jobId, 'u1', 'zh-CN')).bytes);
    expect(sheetRows(zh.worksheets[0]!)[1]![5]).toBe('会更改负责人，需要经理或副经理转交');
    const en = await loadWorkbook((await imports.report(preview.jobId, 'u1', 'en-US')).bytes);
    expect(sheetRows(en.worksheets[0]!)[1]![5]).toBe(
      'Would change the owner, which needs a manager or deputy',
    );
  });

  it('is named in the preview report, in both languages', async () => {
    const { store, moved, rows } = setUp(false);
    const { imports, preview } = await previewed(store, rows);
    const zh = sheetRows(
      (await loadWorkbook((await imports.report(preview.jobId, 'u1', 'zh-CN')).bytes)).worksheets[0]!,
    );
    expect(zh[1]![3]).toContain(`更新模式下将跳过此行：会更改 ${moved.code} 的负责人`);
    const en = sheetRows(
      (await loadWorkbook((await imports.report(preview.jobId, 'u1', 'en-US')).bytes)).worksheets[0]!,
    );
    expect(en[1]![3]).toContain(`Skipped in update mode: it would change the owner of ${moved.code}`);
  });

  it('with reassign permission changes the owner, unflagged', async () => {
    const { store, yi, moved, rows } = setUp(true);
    const { imports, preview } = await previewed(store, rows);
    expect(preview.rows.every((r) => r.updateNote === undefined)).toBe(true);
    const result = await commit(imports, preview.jobId, store, 'update');
    expect(result).toMatchObject({ committed: true, created: 1, updated: 2, skipped: 0 });
    expect(moved.fields.ownerId).toBe(yi.id);
  });

  it("changes nothing in 'create' and 'skip' mode", async () => {
    for (const [mode, expected] of [
      ['create', { created: 3, skipped: 0 }],
      ['skip', { created: 1, skipped: 2 }],
    ] as const) {
      const { store, jia, moved, rows } = setUp(false);
      const { imports, preview } = await previewed(store, rows);
      const result = await commit(imports, preview.jobId, store, mode);
      expect(result, mode).toMatchObject({ committed: true, updated: 0, ...expected });
      expect(result.problems.map((p) => p.reason)).not.toContain('ownerChangeRefused');
      expect(moved.fields.ownerId).toBe(jia.id);
    }
  });
});
