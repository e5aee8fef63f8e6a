import { kriPeriods, type KriPeriod } from '../../../shared/kri/periods';
import type { ComputedKriSource, KriFrequency } from '../../../shared/kri/types';
import { chinaDate } from '../../../shared/service/statsPeriod';
import type { Ctx } from '../../core/context';
import { clientsLost, followUpsOverdueOn } from '../clients/indicators';
import { paymentsOverdueOn } from '../contracts/indicators';
import { complaintDeadlinesMissed, complaintsReceived } from '../service/indicators';

/**
 * The computed indicators' figures, read from the department's own data through the owning domains'
 * services (never their tables): department-wide, the same whoever asks.
 */
const FIGURES: Record<ComputedKriSource, (ctx: Ctx, periods: readonly KriPeriod[]) => number[]> = {
  complaints_per_month: complaintsReceived,
  clients_lost: clientsLost,
  // The follow-ups overdue as the period ends (the running one: today).
  overdue_follow_ups: (ctx, periods) =>
    followUpsOverdueOn(
      ctx,
      periods.map((p) => p.to),
    ),
  overdue_complaint_deadlines: complaintDeadlinesMissed,
  // The payments overdue as the period ends (the running one: today).
  overdue_receivables: (ctx, periods) =>
    paymentsOverdueOn(
      ctx,
      periods.map((p) => p.to),
    ),
};

export interface ComputedSeries {
  periods: KriPeriod[];
  values: number[];
}

/**
 * The figures of one call, each source and frequency computed once however many indicators share it (a
 * list of indicators reads each source once).
 */
export function computedSeriesCache(ctx: Ctx) {
  const today = chinaDate(ctx.clock.now());
  const cache = new Map<string, ComputedSeries>();
  return (source: ComputedKriSource, frequency: KriFrequency, count: number): ComputedSeries => {
    const key = `${source}:${frequency}:${count}`;
    let series = cache.get(key);
    if (!series) {
      const periods = kriPeriods(frequency, today, count);
      series = { periods, values: FIGURES[source](ctx, periods) };
      cache.set(key, series);
    }
    return series;
  };
}
