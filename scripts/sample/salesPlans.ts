/**
 * Sales plans and targets (三(二)1): for each quarter of the sample's year, each year it touches and the
 * current month, the manager sets the sales and market groups' targets (revenue, profit, new clients, with the
 * strategy and action plan) at the start of the period, and each group's lead splits them among the group's
 * people a day or two later. Targets are a little above or below what the people's signed contracts came to,
 * so some plans are beaten and some missed; the current period's are set against the year's pace.
 */
import type { PeriodKind } from '../../src/shared/salesPlans/rules';
import { periodEnd, periodStartOf, shiftPeriod } from '../../src/shared/salesPlans/rules';
import type { SampleContext, SampleDomain } from './context';
import { SETUP_DAYS_AGO } from './org';
import { ACTION_PLANS, STRATEGY } from './salesContent';
import { chinaDate, daysLater, fen, salesIds, sessionsOf } from './salesShared';

const MONTHS: Record<PeriodKind, number> = { month: 1, quarter: 3, year: 12 };
/** A person's quarterly revenue target when they signed nothing in the year (new or on other work), yuan. */
const FLOOR_TARGET_YUAN = 150_000;
/** Targets in whole ten thousands of yuan. */
const roundTarget = (f: number) => Math.max(fen(10_000), Math.round(f / fen(10_000)) * fen(10_000));

export const salesPlansSample: SampleDomain = {
  name: 'salesPlans',
  async generate(ctx: SampleContext) {
    const { rng, time } = ctx;
    const ids = salesIds(ctx, 'salesPlans');
    const org = ctx.ids.org!;
    const session = sessionsOf(ctx);
    const today = chinaDate(time.now);
    const setupDay = chinaDate(time.workMoment(rng, SETUP_DAYS_AGO));

    // The periods: each quarter since the department started, the years they fall in, the current month.
    const periods: { kind: PeriodKind; from: string }[] = [];
    for (let q = periodStartOf('quarter', setupDay); q <= today; q = shiftPeriod('quarter', q, 1))
      if (periodEnd('quarter', q) > setupDay) periods.push({ kind: 'quarter', from: q });
    for (const year of new Set(periods.map((p) => p.from.slice(0, 4))))
      periods.push({ kind: 'year', from: `${year}-01-01` });
    periods.push({ kind: 'month', from: periodStartOf('month', today) });

    const yearAgo = chinaDate(new Date(time.now.getTime() - 365 * 86_400_000));
    const revenue = (ownerId: string | null, groupId: string, from: string, to: string) =>
      ids.signed
        .filter(
          (s) =>
            (ownerId ? s.ownerId === ownerId : s.groupId === groupId) &&
            s.signedOn >= from &&
            s.signedOn <= to,
        )
        .reduce((n, s) => n + s.amountFen, 0);

    let plans = 0;
    for (const period of periods.sort(
      (a, b) => a.from.localeCompare(b.from) || a.kind.localeCompare(b.kind),
    )) {
      const to = periodEnd(period.kind, period.from);
      const months = MONTHS[period.kind];
      const current = to >= today;
      // Set on the period's first working days (the earliest ones once the department had started).
      const start = period.from > setupDay ? period.from : setupDay;
      const setAt = time.workMoment(rng, Math.max(time.daysSince(start) - rng.int(0, 2), 0));
      for (const group of ['sales', 'market'] as const) {
        const groupId = org.groups[group];
        const people = ids.sellers.filter((s) => s.group === group && (!s.hireDate || s.hireDate <= to));
        const targets = people.map((p) => {
          const pace = (revenue(p.staffId, groupId, yearAgo, today) * months) / 12;
          const actual = revenue(p.staffId, groupId, period.from, to);
          const basis = current ? pace : (actual + pace) / 2;
          return {
            staffId: p.staffId,
            revenue: roundTarget(
              Math.max(basis, fen((FLOOR_TARGET_YUAN * months) / 3)) * (0.85 + rng.next() * 0.35),
            ),
            newClients: Math.max(period.kind === 'month' ? 0 : 1, Math.round((months / 3) * rng.int(1, 3))),
          };
        });
        const sum = targets.reduce((n, t) => n + t.revenue, 0);
        // The group's target: the people's split adds up to it, or falls a little short (the page warns).
        const groupRevenue = rng.chance(0.7) ? sum : roundTarget(sum * (1.02 + rng.next() * 0.06));
        time.at(setAt);
        await ctx.call('salesPlans.create', {
          periodKind: period.kind,
          periodFrom: period.from,
          staffId: null,
          groupId,
          revenueTargetFen: groupRevenue,
          profitTargetFen: roundTarget(groupRevenue * 0.3),
          newClientsTarget: targets.reduce((n, t) => n + t.newClients, 0),
          strategy: rng.pick(STRATEGY),
          actionPlan: rng.pick(ACTION_PLANS),
        });
        plans++;
        const lead = await session(group === 'sales' ? 'lead.sales' : 'lead.market');
        let splitAt = daysLater(ctx, setAt, rng.int(1, 3)) ?? setAt;
        for (const t of targets) {
          splitAt = time.later(splitAt, rng.int(3, 12));
          time.at(splitAt);
          await ctx.call(
            'salesPlans.create',
            {
              periodKind: period.kind,
              periodFrom: period.from,
              staffId: t.staffId,
              groupId: null,
              revenueTargetFen: t.revenue,
              profitTargetFen: roundTarget(t.revenue * 0.3),
              newClientsTarget: t.newClients,
              strategy: null,
              actionPlan: rng.chance(0.3) ? rng.pick(ACTION_PLANS) : null,
            },
            lead,
          );
          plans++;
        }
      }
    }
    time.at(time.now);
    ctx.counts.salesPlans = plans;
    ctx.counts['salesPlans.periods'] = periods.length;
  },
};
