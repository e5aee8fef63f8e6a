import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session } from '../../../src/main/core/session';
import type { SalesPlan } from '../../../src/shared/salesPlans/types';
import { unwrap } from '../../support/core';
import { tableChecksum } from '../contract/support';
import { department, errorOf, fieldKeys, planOf, staffIdOf, type Department } from './support';

/**
 * Who sets which plan and who sees it, from an expectation table written from the rulebook (三(二)1, 二(二)):
 * the manager sets any plan; a deputy the plans of the groups in their charge and their people; a group lead
 * the split of their group's target to its people, not the group's own target; staff set none. Staff see
 * their own plan and their group's; leads their group and its people; deputies their groups'; the manager all.
 */
let d: Department;
type Who = 'manager' | 'salesDeputy' | 'marketDeputy' | 'salesLead' | 'marketLead' | 'salesA';
const session = (w: Who): Session => d[w];

beforeAll(async () => {
  d = await department();
});

afterAll(async () => {
  await d.core.close();
});

type Target = 'salesGroup' | 'marketGroup' | 'salesPerson' | 'marketPerson' | 'leadOwn';
const targetOf = (t: Target) =>
  ({
    salesGroup: { groupId: d.groups.sales! },
    marketGroup: { groupId: d.groups.market! },
    salesPerson: { staffId: staffIdOf(d.salesA) },
    marketPerson: { staffId: staffIdOf(d.marketC) },
    leadOwn: { staffId: staffIdOf(d.salesLead) },
  })[t];

// Whether each may set (create) each kind of plan. The sales lead's own plan is part of the sales split.
const MAY_SET: Record<Who, Record<Target, boolean>> = {
  manager: { salesGroup: true, marketGroup: true, salesPerson: true, marketPerson: true, leadOwn: true },
  salesDeputy: {
    salesGroup: true,
    marketGroup: false,
    salesPerson: true,
    marketPerson: false,
    leadOwn: true,
  },
  marketDeputy: {
    salesGroup: false,
    marketGroup: true,
    salesPerson: false,
    marketPerson: true,
    leadOwn: false,
  },
  salesLead: { salesGroup: false, marketGroup: false, salesPerson: true, marketPerson: false, leadOwn: true },
  marketLead: {
    salesGroup: false,
    marketGroup: false,
    salesPerson: false,
    marketPerson: true,
    leadOwn: false,
  },
  salesA: { salesGroup: false, marketGroup: false, salesPerson: false, marketPerson: false, leadOwn: false },
};

describe('who may set which plan', () => {
  let month = 0;
  const freshMonth = () => new Date(Date.UTC(2030, month++, 1)).toISOString().slice(0, 10);

  it.each(Object.keys(MAY_SET) as Who[])('%s', async (who) => {
    const got: Record<string, boolean> = {};
    for (const target of Object.keys(MAY_SET[who]) as Target[]) {
      const before = tableChecksum(d.core);
      const r = await d.core.call(
        'salesPlans.create',
        planOf(targetOf(target), { periodKind: 'month', periodFrom: freshMonth() }),
        session(who),
      );
      got[target] = r.ok;
      if (!r.ok) {
        expect(tableChecksum(d.core)).toBe(before);
        expect(errorOf(r).code).toBe('FORBIDDEN');
      }
    }
    expect(got).toEqual(MAY_SET[who]);
  });

  it("a lead changes their group plan's strategy but not its targets; a field error names the target", async () => {
    const plan = unwrap(
      await d.core.call('salesPlans.create', planOf({ groupId: d.groups.sales! }), d.manager),
    );
    const values = (p: SalesPlan) => ({
      id: p.id,
      version: p.version,
      revenueTargetFen: p.revenueTargetFen,
      profitTargetFen: p.profitTargetFen,
      newClientsTarget: p.newClientsTarget,
      strategy: p.strategy,
      actionPlan: p.actionPlan,
    });
    const before = tableChecksum(d.core);
    const raised = await d.core.call(
      'salesPlans.update',
      { ...values(plan), revenueTargetFen: 1, strategy: '改' },
      d.salesLead,
    );
    expect(fieldKeys(raised)).toEqual({ revenueTargetFen: 'validation.salesPlanGroupTarget' });
    expect(tableChecksum(d.core)).toBe(before);

    const texts = unwrap(
      await d.core.call(
        'salesPlans.update',
        { ...values(plan), strategy: '重点攻关制造业客户' },
        d.salesLead,
      ),
    );
    expect(texts.strategy).toBe('重点攻关制造业客户');
    expect(texts.mayEditTargets).toBe(false);
    expect(texts.mayEditText).toBe(true);
  });

  it("another group's plan does not exist for a lead: nothing changed", async () => {
    const plan = unwrap(
      await d.core.call('salesPlans.create', planOf({ groupId: d.groups.market! }), d.manager),
    );
    const before = tableChecksum(d.core);
    const r = await d.core.call(
      'salesPlans.update',
      { ...planOf({}), id: plan.id, version: plan.version, revenueTargetFen: 5 } as never,
      d.salesLead,
    );
    expect(r.ok).toBe(false);
    expect(tableChecksum(d.core)).toBe(before);
  });
});

describe('bad input: translated field errors, nothing changed', () => {
  const refused = async (input: ReturnType<typeof planOf>, who: Session = d.manager) => {
    const before = tableChecksum(d.core);
    const r = await d.core.call('salesPlans.create', input, who);
    expect(tableChecksum(d.core)).toBe(before);
    return fieldKeys(r);
  };

  it('a negative target', async () => {
    expect(await refused(planOf({ staffId: staffIdOf(d.salesB) }, { revenueTargetFen: -1 }))).toEqual({
      revenueTargetFen: 'validation.tooSmall',
    });
  });

  it('a period start that is not the start of its kind', async () => {
    const who = { staffId: staffIdOf(d.salesB) };
    expect(await refused(planOf(who, { periodKind: 'quarter', periodFrom: '2026-02-01' }))).toEqual({
      periodFrom: 'validation.salesPlanStartQuarter',
    });
    expect(await refused(planOf(who, { periodKind: 'month', periodFrom: '2026-02-02' }))).toEqual({
      periodFrom: 'validation.salesPlanStartMonth',
    });
    expect(await refused(planOf(who, { periodKind: 'year', periodFrom: '2026-07-01' }))).toEqual({
      periodFrom: 'validation.salesPlanStartYear',
    });
  });

  it('a second plan for the same person and period', async () => {
    const who = { staffId: staffIdOf(d.salesB) };
    unwrap(await d.core.call('salesPlans.create', planOf(who, { periodFrom: '2026-07-01' }), d.manager));
    expect(await refused(planOf(who, { periodFrom: '2026-07-01', revenueTargetFen: 7 }))).toEqual({
      periodFrom: 'validation.salesPlanDuplicate',
    });
  });

  it("a lead setting the group's own target or another group's person", async () => {
    expect(
      await refused(planOf({ groupId: d.groups.sales! }, { periodFrom: '2026-04-01' }), d.salesLead),
    ).toEqual({
      groupId: 'validation.salesPlanGroupTarget',
    });
    expect(await refused(planOf({ staffId: staffIdOf(d.marketC) }), d.salesLead)).toEqual({
      staffId: 'validation.salesPlanNotOverseen',
    });
  });
});

describe('who sees which plan', () => {
  const PERIOD = { periodKind: 'year', periodFrom: '2028-01-01' } as const;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    const make = async (key: string, who: { staffId?: string; groupId?: string }) => {
      ids[key] = unwrap(await d.core.call('salesPlans.create', planOf(who, PERIOD), d.manager)).id;
    };
    await make('salesGroup', { groupId: d.groups.sales! });
    await make('marketGroup', { groupId: d.groups.market! });
    await make('salesA', { staffId: staffIdOf(d.salesA) });
    await make('salesB', { staffId: staffIdOf(d.salesB) });
    await make('marketC', { staffId: staffIdOf(d.marketC) });
  });

  const SEES: Record<Who, string[]> = {
    manager: ['salesGroup', 'marketGroup', 'salesA', 'salesB', 'marketC'],
    salesDeputy: ['salesGroup', 'salesA', 'salesB'],
    marketDeputy: ['marketGroup', 'marketC'],
    salesLead: ['salesGroup', 'salesA', 'salesB'],
    marketLead: ['marketGroup', 'marketC'],
    salesA: ['salesGroup', 'salesA'],
  };

  it.each(Object.keys(SEES) as Who[])('%s', async (who) => {
    const page = unwrap(
      await d.core.call(
        'salesPlans.list',
        { ...PERIOD, groupId: null, staffId: null, page: 1, pageSize: 100 },
        session(who),
      ),
    );
    const seen = Object.keys(ids).filter((k) => page.items.some((p) => p.id === ids[k]));
    expect(seen.sort()).toEqual([...SEES[who]].sort());
  });

  it("staff see their own row on the group's page, not their colleagues'", async () => {
    const board = unwrap(await d.core.call('salesPlans.board', { ...PERIOD, groupId: null }, d.salesA));
    expect(board.groupPlan?.id).toBe(ids.salesGroup);
    expect(board.people.map((p) => p.staffId)).toEqual([staffIdOf(d.salesA)]);
    expect(board.mayPlanGroup).toBe(false);
  });

  it("another group's page is not there for a lead", async () => {
    const r = await d.core.call('salesPlans.board', { ...PERIOD, groupId: d.groups.market! }, d.salesLead);
    expect(errorOf(r).code).toBe('NOT_FOUND');
  });
});
