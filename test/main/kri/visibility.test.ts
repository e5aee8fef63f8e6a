import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session } from '../../../src/main/core/session';
import { unwrap } from '../../support/core';
import { department, makeKri, staffIdOf, type Department } from './support';

/*
 * Who sees which indicator, written out by hand from RISK.md (not computed from the code): its owner, the
 * owner of its risk, a group lead the indicators owned in their group, the manager and deputies all.
 */

let d: Department;
const ids: Record<string, string> = {};

type Who = 'manager' | 'marketDeputy' | 'salesLead' | 'salesA' | 'salesB' | 'marketC';
const session = (who: Who): Session => d[who];

/** The indicators: by whose they are. */
const KRIS = {
  ofSalesA: 'salesA',
  ofSalesLead: 'salesLead',
  ofMarketC: 'marketC',
  ofManager: 'manager',
  // Owned in sales, watching a risk marketC owns.
  ofSalesAOnMarketRisk: 'salesA',
} as const satisfies Record<string, Who>;

const EXPECTED: Record<Who, (keyof typeof KRIS)[]> = {
  manager: ['ofSalesA', 'ofSalesLead', 'ofMarketC', 'ofManager', 'ofSalesAOnMarketRisk'],
  // The deputy is in charge of market, and sees every indicator all the same.
  marketDeputy: ['ofSalesA', 'ofSalesLead', 'ofMarketC', 'ofManager', 'ofSalesAOnMarketRisk'],
  salesLead: ['ofSalesA', 'ofSalesLead', 'ofSalesAOnMarketRisk'],
  salesA: ['ofSalesA', 'ofSalesAOnMarketRisk'],
  salesB: [],
  marketC: ['ofMarketC', 'ofSalesAOnMarketRisk'],
};

beforeAll(async () => {
  d = await department();
  const risk = unwrap(
    await d.core.call(
      'risk.create',
      {
        title: '市场价格波动',
        category: 'market',
        ownerId: staffIdOf(d.marketC),
        identifiedOn: '2026-11-02',
      },
      d.manager,
    ),
  );
  for (const [key, owner] of Object.entries(KRIS)) {
    const k = await makeKri(d.core, d.manager, staffIdOf(session(owner)), {
      name: `可见性${key}`,
      riskId: key === 'ofSalesAOnMarketRisk' ? risk.id : null,
    });
    // A reading past the alarm, so every indicator is on Home for those who see it.
    unwrap(
      await d.core.call('kri.addReading', { kriId: k.id, periodOn: '2026-11-20', value: 50 }, d.manager),
    );
    ids[key] = k.id;
  }
});
afterAll(async () => {
  await d.core.close();
});

const names = (list: string[]) =>
  Object.entries(ids)
    .filter(([, id]) => list.includes(id))
    .map(([key]) => key)
    .sort();

describe('who sees each indicator', () => {
  it.each(Object.keys(EXPECTED) as Who[])(
    '%s: the list, each detail and the warnings on Home',
    async (who) => {
      const s = session(who);
      const expected = [...EXPECTED[who]].sort();
      const list = unwrap(await d.core.call('kri.list', { search: '可见性' }, s));
      expect(names(list.items.map((k) => k.id))).toEqual(expected);
      for (const [key, id] of Object.entries(ids)) {
        const r = await d.core.call('kri.get', { id }, s);
        if (expected.includes(key as keyof typeof KRIS)) expect(r.ok).toBe(true);
        else expect(r).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      }
      const warnings = unwrap(await d.core.call('home.summary', {}, s)).kriWarnings!;
      expect(names(warnings.map((w) => w.id))).toEqual(expected);
    },
  );

  it('one not theirs to see takes no reading from them either', async () => {
    const r = await d.core.call(
      'kri.addReading',
      { kriId: ids.ofMarketC!, periodOn: '2026-11-21', value: 1 },
      d.salesA,
    );
    expect(r).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
