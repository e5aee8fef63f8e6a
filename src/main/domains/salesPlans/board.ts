import {
  PERIOD_START_KEY,
  isPeriodStart,
  periodEnd,
  splitState,
  type PeriodKind,
} from '../../../shared/salesPlans/rules';
import type { PlanGroupOption, PlanPersonRow, SalesPlanBoard } from '../../../shared/salesPlans/types';
import type { UserCtx } from '../../core/context';
import { fieldRefusal, notFound } from '../../core/refusals';
import { mayPlanGroup, mayPlanPerson, maySeePlan, overseenGroups, type PlanViewer } from './access';
import { EMPTY_ACTUAL, groupActual, personActuals } from './actuals';
import { toPlan, withActuals } from './planView';
import { peopleOfGroup, planGroups } from './repository/people';
import { personPlan, plansOfGroupPeriod } from './repository/plans';

/*
 * One group's plans for one period, as the Sales plans page shows them: the group's plan with what the group
 * achieved, its people (those at work, and anyone with a plan under the group for the period) each with their
 * plan and achievement, and the people's targets added up against the group's.
 */

/** The groups the reader may look at: all (manager), those in charge (deputy), their own (lead, staff). */
function boardGroups(v: PlanViewer, all: PlanGroupOption[]): PlanGroupOption[] {
  if (v.role === 'manager') return all;
  const mine = new Set([...overseenGroups(v), ...(v.groupId ? [v.groupId] : [])]);
  return all.filter((g) => mine.has(g.id));
}

export function planBoard(
  ctx: UserCtx,
  q: { periodKind: PeriodKind; periodFrom: string; groupId: string | null },
): SalesPlanBoard {
  if (!isPeriodStart(q.periodKind, q.periodFrom))
    throw fieldRefusal('VALIDATION', 'periodFrom', PERIOD_START_KEY[q.periodKind]);
  const v = ctx.user;
  const period = { from: q.periodFrom, to: periodEnd(q.periodKind, q.periodFrom) };
  const all = planGroups(ctx.db)
    .filter((g) => g.active === 1 || g.id === q.groupId)
    .map(({ id, name, nameEn }) => ({ id, name, nameEn }));
  const groups = boardGroups(v, all);
  const groupId = q.groupId ?? groups[0]?.id ?? null;
  if (groupId !== null && !groups.some((g) => g.id === groupId)) throw notFound('group');

  const rows = groupId ? plansOfGroupPeriod(ctx.db, groupId, q.periodKind, q.periodFrom) : [];
  const visible = rows.filter((r) => maySeePlan(v, r));
  // The reader's own plan is theirs to see wherever it is kept (someone who moved groups).
  if (!visible.some((r) => r.staffId === v.staffId)) {
    const own = personPlan(ctx.db, v.staffId, q.periodKind, q.periodFrom);
    if (own && (groupId === null || own.groupId === groupId)) visible.push(own);
  }
  const groupRow = visible.find((r) => r.staffId === null) ?? null;
  const personRows = visible.filter((r) => r.staffId !== null);

  // Who oversees the group sees its people; anyone else (staff, a deputy on their own group) only themselves.
  const staffOnly = groupId === null || !mayPlanPerson(v, groupId);
  const people = new Map<string, { staffId: string; staffName: string; employeeNo: string }>();
  if (groupId && !staffOnly)
    for (const p of peopleOfGroup(ctx.db, groupId)) if (p.status === 'active') people.set(p.staffId, p);
  for (const r of personRows)
    if (!people.has(r.staffId!))
      people.set(r.staffId!, { staffId: r.staffId!, staffName: r.staffName!, employeeNo: r.employeeNo! });
  if (staffOnly && !people.has(v.staffId) && groupId !== null && groupId === v.groupId) {
    const me = peopleOfGroup(ctx.db, groupId).find((p) => p.staffId === v.staffId);
    if (me) people.set(me.staffId, me);
  }

  const actuals = personActuals(ctx, period, [...people.keys()]);
  const planOf = new Map(personRows.map((r) => [r.staffId!, r]));
  const personRowsOut: PlanPersonRow[] = [...people.values()]
    .sort((a, b) => a.staffName.localeCompare(b.staffName, 'zh-CN') || a.staffId.localeCompare(b.staffId))
    .map((p) => {
      const actual = actuals.get(p.staffId) ?? EMPTY_ACTUAL;
      const plan = planOf.get(p.staffId);
      return {
        ...p,
        plan: plan ? toPlan(v, plan, actual) : null,
        actual,
        mayPlan: groupId !== null && mayPlanPerson(v, groupId),
      };
    });

  const sum = (k: 'revenueTargetFen' | 'profitTargetFen' | 'newClientsTarget') =>
    personRows.reduce((s, r) => s + r[k], 0);
  const split = {
    revenueFen: sum('revenueTargetFen'),
    profitFen: sum('profitTargetFen'),
    newClients: sum('newClientsTarget'),
  };
  return {
    periodKind: q.periodKind,
    periodFrom: period.from,
    periodTo: period.to,
    groups,
    groupId,
    groupPlan: groupRow ? withActuals(ctx, [groupRow])[0]! : null,
    groupActual: groupId ? groupActual(ctx, period, groupId) : EMPTY_ACTUAL,
    mayPlanGroup: groupId !== null && mayPlanGroup(v, groupId),
    people: personRowsOut,
    split: {
      ...split,
      revenue: splitState(groupRow?.revenueTargetFen ?? null, split.revenueFen),
      profit: splitState(groupRow?.profitTargetFen ?? null, split.profitFen),
      newClientsState: splitState(groupRow?.newClientsTarget ?? null, split.newClients),
    },
  };
}
