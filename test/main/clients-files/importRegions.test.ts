import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core/createCore';
import type { Session } from '../../../src/main/core/session';
import { makeCore, setUpDepartment, unwrap } from '../../support/core';
import { xlsxBytes } from './support';

/** The region columns of the Excel import, through the channels and the clients service. */
let core: Core;
let manager: Session;

beforeAll(async () => {
  core = await makeCore();
  ({ manager } = await setUpDepartment(core));
});
afterAll(() => core.close());

const upload = async (...args: Parameters<typeof xlsxBytes>) => Uint8Array.from(await xlsxBytes(...args));

async function preview(headers: string[], rows: unknown[][]) {
  const bytes = await upload(headers, rows as never);
  return unwrap(await core.call('clients.import.preview', { fileName: 'regions.xlsx', bytes }, manager));
}

async function clientNamed(name: string) {
  const page = unwrap(await core.call('clients.list', { search: name, pageSize: 5 }, manager));
  return page.rows.find((r) => r.name === name);
}

describe('importing regions', () => {
  it('refuses a province on no list and a city outside its province, as field errors', async () => {
    const p = await preview(
      ['客户名称', '省份', '城市'],
      [
        ['火星贸易', '火星省', null],
        ['错城贸易', '江苏', '杭州'],
        ['无省贸易', null, '杭州'],
      ],
    );
    expect(p).toMatchObject({ total: 3, valid: 0, invalid: 3 });
    expect(p.rows.map((r) => r.errors)).toEqual([
      { province: { key: 'validation.regionProvince', params: { value: '火星省' } } },
      { city: { key: 'validation.regionCity', params: { value: '杭州' } } },
      { city: { key: 'validation.regionProvinceFirst' } },
    ]);
  });

  it('reads short forms as the official names, says so in the preview, and stores the official names', async () => {
    const p = await preview(
      ['客户名称', '省份', '城市'],
      [
        ['简称导入甲', '浙江', '杭州'],
        ['简称导入乙', '浙江', '宁波市'],
        ['简称导入丙', '内蒙古', null],
        ['全称导入丁', '浙江省', '杭州市'],
        ['英文导入戊', 'Shaanxi', "Xi'an"],
      ],
    );
    expect(p).toMatchObject({ total: 5, valid: 5, invalid: 0, problems: 0 });
    expect(p.normalised).toEqual([
      { column: 'province', from: '浙江', to: '浙江省', rows: 2 },
      { column: 'city', from: '杭州', to: '杭州市', rows: 1 },
      { column: 'province', from: '内蒙古', to: '内蒙古自治区', rows: 1 },
      { column: 'province', from: 'Shaanxi', to: '陕西省', rows: 1 },
      { column: 'city', from: "Xi'an", to: '西安市', rows: 1 },
    ]);
    const all = unwrap(
      await core.call(
        'clients.import.rows',
        { jobId: p.jobId, filter: 'all', page: 1, pageSize: 10 },
        manager,
      ),
    );
    expect(all.rows[0]!.normalised).toEqual([
      { column: 'province', from: '浙江', to: '浙江省' },
      { column: 'city', from: '杭州', to: '杭州市' },
    ]);
    expect(all.rows[3]!.normalised).toBeUndefined();

    unwrap(
      await core.call('clients.import.commit', { jobId: p.jobId, mode: 'skip', skipInvalid: false }, manager),
    );
    expect(await clientNamed('简称导入甲')).toMatchObject({ province: '浙江省', city: '杭州市' });
    expect(await clientNamed('简称导入丙')).toMatchObject({ province: '内蒙古自治区', city: null });
    expect(await clientNamed('英文导入戊')).toMatchObject({ province: '陕西省', city: '西安市' });
  });

  it('lists every error of a row, in the preview and in the result', async () => {
    const p = await preview(
      ['客户名称', '价值等级', '省份', '联系人', '联系人手机'],
      [
        ['', 'Z', '火星省', '钱联系', '123'],
        ['好客户', null, '浙江', null, null],
      ],
    );
    expect(p.rows[0]!.errors).toEqual({
      name: { key: 'validation.required' },
      tier: { key: 'validation.invalidChoice' },
      province: { key: 'validation.regionProvince', params: { value: '火星省' } },
      contactMobile: { key: 'validation.phone' },
    });
    const result = unwrap(
      await core.call('clients.import.commit', { jobId: p.jobId, mode: 'skip', skipInvalid: true }, manager),
    );
    expect(result).toMatchObject({ created: 1, failed: 1 });
    // In the template's column order.
    expect(result.problems[0]!.errors).toEqual([
      { column: 'name', error: { key: 'validation.required' } },
      { column: 'province', error: { key: 'validation.regionProvince', params: { value: '火星省' } } },
      { column: 'tier', error: { key: 'validation.invalidChoice' } },
      { column: 'contactMobile', error: { key: 'validation.phone' } },
    ]);
  });

  it('update mode skips a row that would leave a file’s city outside its new province, and imports the rest', async () => {
    const file = unwrap(
      await core.call(
        'clients.create',
        { name: '更新区域老客户', province: '江苏省', city: '苏州市' },
        manager,
      ),
    );
    const p = await preview(
      ['客户名称', '省份'],
      [
        ['更新区域老客户', '浙江'],
        ['更新区域新客户', '浙江'],
      ],
    );
    expect(p).toMatchObject({ valid: 2, duplicates: 1 });
    expect(p.rows[0]!.updateNote).toEqual({ reason: 'regionConflict', code: file.code });

    const result = unwrap(
      await core.call(
        'clients.import.commit',
        { jobId: p.jobId, mode: 'update', skipInvalid: false },
        manager,
      ),
    );
    expect(result).toMatchObject({ committed: true, created: 1, updated: 0, skipped: 1 });
    expect(result.problems).toEqual([
      expect.objectContaining({
        rowNumber: 2,
        outcome: 'skipped',
        reason: 'regionConflict',
        clientCode: file.code,
      }),
    ]);
    expect(await clientNamed('更新区域老客户')).toMatchObject({
      province: '江苏省',
      city: '苏州市',
      version: 1,
    });
  });
});
