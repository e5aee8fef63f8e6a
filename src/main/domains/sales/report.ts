import type { PeriodKind } from '../../../shared/salesPlans/rules';
import { PERIOD_START_KEY, isPeriodStart, periodEnd } from '../../../shared/salesPlans/rules';
import type { PlanGroupOption, SalesPlanBoard } from '../../../shared/salesPlans/types';
import type { ForecastMonth, Funnel, LostReasonRow } from '../../../shared/sales/types';
import type { UserCtx } from '../../core/context';
import { fieldRefusal } from '../../core/refusals';
import { planBoard } from '../salesPlans/board';
import { forecast, funnel, lostReasons } from './analysis';

/*
 * What the sales report of a period holds (issue 11 point 6), gathered from the functions the screens use —
 * the Sales plans page's board for each group the reader may look at, and the Funnel & forecast page's funnel,
 * forecast and lost reasons — so the paper shows exactly what those screens would show this reader: the
 * manager everything, a deputy the groups in their charge, a lead their group, staff themselves.
 */

export interface SalesReportData {
  periodKind: PeriodKind;
  from: string;
  to: string;
  /** The groups the reader may look at (all for the manager). */
  groups: PlanGroupOption[];
  /** Each of those groups' plans and achievements, where there is a plan or an achievement to show. */
  boards: SalesPlanBoard[];
  funnel: Funnel;
  forecast: ForecastMonth[];
  lostReasons: LostReasonRow[];
}

const MONTHS: Record<PeriodKind, number> = { month: 1, quarter: 3, year: 12 };

/** Whether a group's board has anything to report: a plan (the group's or a person's) or an achievement. */
const hasFigures = (b: SalesPlanBoard): boolean =>
  b.groupPlan !== null ||
  b.groupActual.contracts > 0 ||
  b.groupActual.newClients > 0 ||
  b.people.some((p) => p.plan !== null || p.actual.contracts > 0 || p.actual.newClients > 0);

export function salesReportData(
  ctx: UserCtx,
  q: { periodKind: PeriodKind; periodFrom: string },
): SalesReportData {
  if (!isPeriodStart(q.periodKind, q.periodFrom))
    throw fieldRefusal('VALIDATION', 'periodFrom', PERIOD_START_KEY[q.periodKind]);
  const to = periodEnd(q.periodKind, q.periodFrom);
  const first = planBoard(ctx, { ...q, groupId: null });
  const boards = first.groups.map((g) =>
    g.id === first.groupId ? first : planBoard(ctx, { ...q, groupId: g.id }),
  );
  // Someone in no group still has their own plan on the board without a group.
  if (first.groupId === null) boards.push(first);
  const period = { from: q.periodFrom, to, scope: 'all' as const };
  return {
    periodKind: q.periodKind,
    from: q.periodFrom,
    to,
    groups: first.groups,
    boards: boards.filter(hasFigures),
    funnel: funnel(ctx, period),
    forecast: forecast(ctx, {
      from: q.periodFrom.slice(0, 7),
      months: MONTHS[q.periodKind],
      scope: 'all',
    }),
    lostReasons: lostReasons(ctx, period),
  };
}
