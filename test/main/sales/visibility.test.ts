import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session } from '../../../src/main/core/session';
import { sessionFor, unwrap } from '../../support/core';
import { department, errorOf, fieldKeys, moveTo, newLead, staffIdOf, type Department } from './support';

let d: Department;
let marketLead: Session;
/** One opportunity per owner whose position decides who sees it. */
let o: Record<Key, { id: string; version: number }>;

const KEYS = ['a', 'b', 'c', 'salesLead', 'marketDeputy'] as const;
type Key = (typeof KEYS)[number];

beforeAll(async () => {
  d = await department();
  marketLead = await sessionFor(d.core, d.manager, 'group_lead', d.groups.market!);
  o = {
    a: await newLead(d.core, d.salesA, staffIdOf(d.salesA), { title: '甲的商机' }),
    b: await newLead(d.core, d.salesB, staffIdOf(d.salesB), { title: '乙的商机' }),
    c: await newLead(d.core, d.marketC, staffIdOf(d.marketC), { title: '丙的商机' }),
    salesLead: await newLead(d.core, d.salesLead, staffIdOf(d.salesLead), { title: '组长的商机' }),
    marketDeputy: await newLead(d.core, d.marketDeputy, staffIdOf(d.marketDeputy), { title: '副经理的商机' }),
  };
});
afterAll(async () => {
  await d.core.close();
});

/**
 * Who sees which opportunity, written from issue 11 point 7 and not from the code: staff their own, a group
 * lead their group's, a deputy the groups in their charge (marketDeputy: market), the manager all; another
 * group's lead none of sales'.
 */
const SEES: [string, () => Session, Key[]][] = [
  ['manager: all', () => d.manager, [...KEYS]],
  ['deputy in charge of market: market’s', () => d.marketDeputy, ['c', 'marketDeputy']],
  ['lead of sales: sales’', () => d.salesLead, ['a', 'b', 'salesLead']],
  // The market deputy is a member of market (sessionFor puts them there): their own is market’s.
  ['lead of market: market’s, none of sales’', () => marketLead, ['c', 'marketDeputy']],
  ['staff: their own', () => d.salesA, ['a']],
  ['another staff member: their own', () => d.salesB, ['b']],
];

const titles = (keys: readonly Key[]) => keys.map((k) => k).sort();

describe('who sees which opportunity', () => {
  it.each(SEES)('%s — list, board and detail', async (_label, who, expected) => {
    const session = who();
    const listed = unwrap(await d.core.call('sales.list', { pageSize: 500 }, session)).items.map((x) => x.id);
    const keysOf = (ids: string[]) => KEYS.filter((k) => ids.includes(o[k].id));
    expect(titles(keysOf(listed))).toEqual(titles(expected));
    const board = unwrap(await d.core.call('sales.board', {}, session));
    expect(titles(keysOf(board.columns.flatMap((c) => c.cards.map((x) => x.id))))).toEqual(titles(expected));
    for (const k of KEYS) {
      const r = await d.core.call('sales.get', { id: o[k].id }, session);
      expect(r.ok, `${k}`).toBe(expected.includes(k));
      if (!r.ok) expect(errorOf(r).code).toBe('NOT_FOUND');
    }
  });

  it('one not seen cannot be moved either (the same NOT_FOUND)', async () => {
    const r = await moveTo(d.core, marketLead, { ...o.a, stage: 'lead' } as never, 'lost', {
      lostReason: 'price',
    });
    expect(errorOf(r).code).toBe('NOT_FOUND');
  });

  it('a lead hands an opportunity to someone of their group, not of another', async () => {
    const away = await d.core.call(
      'sales.assign',
      { id: o.b.id, version: o.b.version, ownerId: staffIdOf(d.marketC) },
      d.salesLead,
    );
    expect(fieldKeys(away)).toEqual({ ownerId: 'validation.invalidChoice' });
    const handed = unwrap(
      await d.core.call(
        'sales.assign',
        { id: o.b.id, version: o.b.version, ownerId: staffIdOf(d.salesA) },
        d.salesLead,
      ),
    );
    expect(handed.ownerId).toBe(staffIdOf(d.salesA));
    o.b = handed;
    // Now salesA's: they see it, salesB no longer.
    expect((await d.core.call('sales.get', { id: o.b.id }, d.salesA)).ok).toBe(true);
    expect(errorOf(await d.core.call('sales.get', { id: o.b.id }, d.salesB)).code).toBe('NOT_FOUND');
  });

  it('scope "team" is the lead’s group; "mine" their own', async () => {
    const team = unwrap(await d.core.call('sales.list', { scope: 'team', pageSize: 500 }, d.salesLead)).items;
    expect(team.every((x) => x.groupId === d.groups.sales)).toBe(true);
    const mine = unwrap(await d.core.call('sales.list', { scope: 'mine', pageSize: 500 }, d.salesLead)).items;
    expect(mine.map((x) => x.id)).toEqual([o.salesLead.id]);
  });
});
