import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unwrap } from '../../support/core';
import { department, newLead, readOpportunity, record, staffIdOf, type Department } from './support';

/*
 * The opportunity search through its index (migration 0023's trigram index, kept by triggers): three
 * characters or more, two anywhere (also at the very end of the text), one anywhere (also the last two); a
 * renamed opportunity is found by its new title and no longer by its old one; what was typed is text, never
 * query syntax.
 */

let d: Department;
beforeAll(async () => {
  d = await department();
});
afterAll(async () => {
  await d.core.close();
});

describe('searching opportunities through the index', () => {
  it('finds substrings of any length, follows a rename, and reads quotes and operators as text', async () => {
    const a = d.salesA;
    const me = staffIdOf(a);
    const x = await newLead(d.core, a, me, {
      title: '西南仓储改造 "一期" OR 二期',
      newCompany: { name: '成都天府物流有限公司' },
      nextStep: '约见采购总监',
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
    expect(await search('仓储改造')).toEqual([x.id]);
    expect(await search('有限公司')).toEqual([x.id, y.id].sort());
    // Two characters: inside a text, at the end of its title, and at the very end (the next step's last two).
    expect(await search('天府')).toEqual([x.id]);
    expect(await search('升级')).toEqual([y.id]);
    expect(await search('总监')).toEqual([x.id]);
    expect(await search('公司')).toEqual([x.id, y.id].sort());
    // One character: inside a text, the last but one and the very last.
    expect(await search('津')).toEqual([y.id]);
    expect(await search('总')).toEqual([x.id]);
    expect(await search('监')).toEqual([x.id]);
    expect(await search('司')).toEqual([x.id, y.id].sort());
    expect(await search(x.code.toUpperCase())).toEqual([x.id]);
    expect(await search('"一期" OR')).toEqual([x.id]);
    expect(await search('OR 三期')).toEqual([]);

    const renamed = await record(
      d.core,
      a,
      await readOpportunity(d.core, a, y.id).then((r) => r.opportunity),
      {
        title: '华北智能仓库',
      },
    );
    expect(renamed.title).toBe('华北智能仓库');
    expect(await search('产线升级')).toEqual([]);
    expect(await search('智能仓库')).toEqual([y.id]);
  });
});
