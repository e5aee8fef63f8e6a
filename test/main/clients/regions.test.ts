import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../../src/shared/clients/types';
import { unwrap } from '../../support/core';
import { department, listIds, makeClient, updateInput, type Department } from './support';

let d: Department;

beforeAll(async () => {
  d = await department();
});
afterAll(() => d.core.close());

async function refusal(channel: 'clients.create' | 'clients.update', input: object) {
  const r = await d.core.call(channel, input as never, d.manager);
  if (r.ok) throw new Error(`${channel} was accepted`);
  return r.error;
}

describe('a client file’s region', () => {
  it('is stored with the official names when written in a short form', async () => {
    const c = await makeClient(d.core, d.manager, { name: '区域简称客户', province: '浙江', city: '杭州' });
    expect(c).toMatchObject({ province: '浙江省', city: '杭州市' });
    const m = await makeClient(d.core, d.manager, {
      name: '自治区客户',
      province: '内蒙古',
      city: '呼和浩特',
    });
    expect(m).toMatchObject({ province: '内蒙古自治区', city: '呼和浩特市' });
  });

  it('refuses a province on no list, a city outside its province, and a city without a province', async () => {
    expect(await refusal('clients.create', { name: '火星客户', province: '火星省' })).toMatchObject({
      code: 'VALIDATION',
      fields: { province: { key: 'validation.regionProvince', params: { value: '火星省' } } },
    });
    expect(
      await refusal('clients.create', { name: '错城客户', province: '江苏省', city: '杭州市' }),
    ).toMatchObject({
      code: 'VALIDATION',
      fields: { city: { key: 'validation.regionCity', params: { value: '杭州市' } } },
    });
    expect(await refusal('clients.create', { name: '无省客户', city: '杭州' })).toMatchObject({
      fields: { city: { key: 'validation.regionProvinceFirst' } },
    });
    expect(await listIds(d.core, d.manager, { search: '火星客户' })).toEqual([]);
  });

  it('refuses an update that moves the city outside the province, and changes nothing', async () => {
    const c = await makeClient(d.core, d.manager, { name: '改区域客户', province: '江苏省', city: '苏州市' });
    const error = await refusal('clients.update', { ...updateInput(c), city: '杭州市' });
    expect(error.fields).toEqual({ city: { key: 'validation.regionCity', params: { value: '杭州市' } } });
    const moved = await refusal('clients.update', { ...updateInput(c), province: '浙江省' });
    expect(moved.fields).toEqual({ city: { key: 'validation.regionCity', params: { value: '苏州市' } } });
    const now = unwrap(await d.core.call('clients.get', { id: c.id }, d.manager)).client;
    expect(now).toMatchObject({ province: '江苏省', city: '苏州市', version: c.version });
  });

  it('keeps a region from before the lists while the file is edited otherwise; a change must be valid', async () => {
    const c = await makeClient(d.core, d.manager, { name: '旧区域客户', province: '上海市', city: '上海市' });
    // As a database from before the region lists holds it.
    d.core.store.db.prepare('UPDATE clients SET city = ? WHERE id = ?').run('浦东新区', c.id);
    const legacy = unwrap(await d.core.call('clients.get', { id: c.id }, d.manager)).client;
    expect(legacy.city).toBe('浦东新区');

    const edited = unwrap(
      await d.core.call('clients.update', { ...updateInput(legacy), notes: '只改备注' }, d.manager),
    );
    expect(edited).toMatchObject({ province: '上海市', city: '浦东新区', notes: '只改备注' });

    const error = await refusal('clients.update', { ...updateInput(edited), province: '浙江省' });
    expect(error.fields).toEqual({ city: { key: 'validation.regionCity', params: { value: '浦东新区' } } });
    const fixed = unwrap(
      await d.core.call('clients.update', { ...updateInput(edited), city: '上海市' }, d.manager),
    );
    expect(fixed.city).toBe('上海市');
  });

  it('comes over in a merge as a pair, never as a city of another province', async () => {
    const keep = await makeClient(d.core, d.manager, { name: '合并省份保留', province: '江苏省' });
    const merged = await makeClient(d.core, d.manager, {
      name: '合并省份并入',
      province: '浙江省',
      city: '杭州市',
    });
    const kept = unwrap(
      await d.core.call(
        'clients.merge',
        { keepId: keep.id, keepVersion: keep.version, mergeId: merged.id, mergeVersion: merged.version },
        d.manager,
      ),
    );
    expect(kept).toMatchObject({ province: '江苏省', city: null });

    const bare = await makeClient(d.core, d.manager, { name: '合并无区域保留' });
    const other = await makeClient(d.core, d.manager, {
      name: '合并有区域并入',
      province: '广东',
      city: '深圳',
    });
    const filled = unwrap(
      await d.core.call(
        'clients.merge',
        { keepId: bare.id, keepVersion: bare.version, mergeId: other.id, mergeVersion: other.version },
        d.manager,
      ),
    );
    expect(filled).toMatchObject({ province: '广东省', city: '深圳市' });
  });
});

describe('the client list’s city filter', () => {
  let suzhou: Client;
  let nanjing: Client;
  let hangzhou: Client;

  beforeAll(async () => {
    suzhou = await makeClient(d.core, d.manager, {
      name: '城市筛选苏州',
      province: '江苏省',
      city: '苏州市',
    });
    nanjing = await makeClient(d.core, d.manager, {
      name: '城市筛选南京',
      province: '江苏省',
      city: '南京市',
    });
    hangzhou = await makeClient(d.core, d.manager, {
      name: '城市筛选杭州',
      province: '浙江省',
      city: '杭州市',
    });
  });

  it('keeps the files of that city within the province', async () => {
    const search = '城市筛选';
    expect((await listIds(d.core, d.manager, { search, province: '江苏省' })).sort()).toEqual(
      [suzhou.id, nanjing.id].sort(),
    );
    expect(await listIds(d.core, d.manager, { search, province: '江苏省', city: '苏州市' })).toEqual([
      suzhou.id,
    ]);
    expect(await listIds(d.core, d.manager, { search, province: '浙江省', city: '杭州市' })).toEqual([
      hangzhou.id,
    ]);
    expect(await listIds(d.core, d.manager, { search, province: '浙江省', city: '苏州市' })).toEqual([]);
  });

  it('reads short forms as the official names', async () => {
    expect(await listIds(d.core, d.manager, { search: '城市筛选', province: '江苏', city: '苏州' })).toEqual([
      suzhou.id,
    ]);
  });
});
