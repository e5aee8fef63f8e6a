import type { PlanActual, SalesPlan } from '../../../shared/salesPlans/types';
import type { Ctx } from '../../core/context';
import { mayEditTargets, mayEditText, type PlanViewer } from './access';
import { EMPTY_ACTUAL, groupActual, personActuals, progressOf } from './actuals';
import type { PlanRow } from './repository/plans';

/** A plan as the reader sees it: the stored row, what its period achieved, and what the reader may change. */
export function toPlan(v: PlanViewer, r: PlanRow, actual: PlanActual): SalesPlan {
  return {
    ...r,
    actual,
    progress: progressOf(actual, r),
    mayEditTargets: mayEditTargets(v, r),
    mayEditText: mayEditText(v, r),
  };
}

/** The plans with their actuals: people's plans of one period in one batch, each group plan on its own. */
export function withActuals(ctx: Ctx & { user: PlanViewer }, rows: readonly PlanRow[]): SalesPlan[] {
  const byPeriod = new Map<string, PlanRow[]>();
  for (const r of rows)
    if (r.staffId !== null) {
      const key = `${r.periodFrom}|${r.periodTo}`;
      byPeriod.set(key, [...(byPeriod.get(key) ?? []), r]);
    }
  const people = new Map<string, PlanActual>();
  for (const [key, list] of byPeriod) {
    const [from, to] = key.split('|') as [string, string];
    const found = personActuals(ctx, { from, to }, [...new Set(list.map((r) => r.staffId!))]);
    for (const r of list) people.set(r.id, found.get(r.staffId!) ?? EMPTY_ACTUAL);
  }
  return rows.map((r) => {
    const actual =
      r.staffId !== null
        ? people.get(r.id)!
        : r.groupId !== null
          ? groupActual(ctx, { from: r.periodFrom, to: r.periodTo }, r.groupId)
          : EMPTY_ACTUAL;
    return toPlan(ctx.user, r, actual);
  });
}

/** What the audit trail records of a plan: whose (by name), the period, the targets and the texts. */
export function planAuditView(r: PlanRow) {
  return {
    staffId: r.staffId,
    groupId: r.groupId,
    periodKind: r.periodKind,
    periodFrom: r.periodFrom,
    periodTo: r.periodTo,
    revenueTargetFen: r.revenueTargetFen,
    profitTargetFen: r.profitTargetFen,
    newClientsTarget: r.newClientsTarget,
    strategy: r.strategy,
    actionPlan: r.actionPlan,
  };
}
