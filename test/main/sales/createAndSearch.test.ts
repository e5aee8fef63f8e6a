import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableChecksum } from '../contract/support';
import { unwrap } from '../../support/core';
import { makeClient } from '../clients/support';
import { department, errorOf, fieldKeys, newLead, staffIdOf, type Department } from './support';

let d: Department;
beforeAll(async () => {
  d = await department();
});
afterAll(async () => {
  await d.core.close();
});

describe('creating a lead', () => {
  it('for a new company: its client file is made with it, potential, owned by the lead’s owner', async () => {
    const o = unwrap(
      await d.core.call(
        'sales.create',
        { title: '华东扩产项目', newCompany: { name: '苏州恒远精密机械有限公司', industry: '制造业' } },
        d.salesA,
      ),
    );
    expect(o.code).toMatch(/^SJ-2026-\d{5}$/);
    expect([o.stage, o.ownerId, o.clientName]).toEqual([
      'lead',
      staffIdOf(d.salesA),
      '苏州恒远精密机械有限公司',
    ]);
    const client = unwrap(await d.core.call('clients.get', { id: o.clientId }, d.salesA));
    expect([client.client.status, client.client.ownerId]).toEqual(['potential', staffIdOf(d.salesA)]);
    const detail = unwrap(await d.core.call('sales.get', { id: o.id }, d.salesA));
    expect(detail.stageChanges.map((c) => [c.fromStage, c.toStage])).toEqual([[null, 'lead']]);
  });

  it('for a client on file the person sees; one they do not see is refused', async () => {
    const mine = await makeClient(d.core, d.salesA, { name: '无锡博达电子有限公司' });
    const o = await newLead(d.core, d.salesA, staffIdOf(d.salesA), { clientId: mine.id, newCompany: null });
    expect(o.clientId).toBe(mine.id);
    const theirs = await makeClient(d.core, d.marketC, { name: '常州某公司' });
    const before = tableChecksum(d.core);
    const r = await d.core.call('sales.create', { title: '越权', clientId: theirs.id }, d.salesA);
    expect(fieldKeys(r)).toEqual({ clientId: 'validation.notFound' });
    expect(tableChecksum(d.core)).toBe(before);
  });

  it('a client on file or a new company, one of the two: refused otherwise, nothing changed', async () => {
    const before = tableChecksum(d.core);
    expect(fieldKeys(await d.core.call('sales.create', { title: '无客户' }, d.salesA))).toEqual({
      clientId: 'validation.salesClientOrCompany',
    });
    expect(tableChecksum(d.core)).toBe(before);
  });

  it('staff cannot make a lead someone else’s', async () => {
    const r = await d.core.call(
      'sales.create',
      { title: '给别人', newCompany: { name: '某公司' }, ownerId: staffIdOf(d.salesB) },
      d.salesA,
    );
    expect(errorOf(r).code).toBe('FORBIDDEN');
  });
});

describe('searching the list', () => {
  it('one or two Chinese characters match anywhere in the title or client', async () => {
    const a = d.salesA;
    const me = staffIdOf(a);
    const x = await newLead(d.core, a, me, {
      title: '西南仓储改造',
      newCompany: { name: '成都天府物流有限公司' },
    });
    const y = await newLead(d.core, a, me, {
      title: '华北产线升级',
      newCompany: { name: '天津港机有限公司' },
    });
    const search = async (s: string) =>
      unwrap(await d.core.call('sales.list', { search: s, pageSize: 500 }, a))
        .items.map((i) => i.id)
        .filter((id) => id === x.id || id === y.id)
        .sort();
    expect(await search('仓')).toEqual([x.id]);
    expect(await search('天')).toEqual([x.id, y.id].sort());
    expect(await search('港机')).toEqual([y.id]);
    expect(await search(y.code.toLowerCase())).toEqual([y.id]);
    expect(await search('%')).toEqual([]);
  });
});
