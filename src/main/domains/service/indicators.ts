import type { DatePeriod } from '../../../shared/service/stats';
import { addDays, chinaDayStart, periodInstants } from '../../../shared/service/statsPeriod';
import type { Ctx } from '../../core/context';
import { countMissedDeadlines } from './repository/indicators';
import { countReceived } from './repository/stats';

/*
 * Figures of the department's complaints for the key risk indicators (五 early warning): department-wide,
 * whoever asks, per period of China calendar days, the periods in order.
 */

/**
 * How long before a deadline a complaint may have been received: the longest deadline is 720 working hours
 * (settings), some 90 working days — with holidays, well within this.
 */
const LONGEST_DEADLINE_DAYS = 200;

/** Complaints received in each period. */
export function complaintsReceived(ctx: Ctx, periods: readonly DatePeriod[]): number[] {
  return periods.map((p) => countReceived(ctx.db, { kind: 'complaint', ...periodInstants(p) }));
}

/**
 * Complaint deadlines that fell due in each period and were missed: first responses and resolutions met
 * late, or not met at all once past.
 */
export function complaintDeadlinesMissed(ctx: Ctx, periods: readonly DatePeriod[]): number[] {
  if (periods.length === 0) return [];
  const receivedFrom = chinaDayStart(addDays(periods[0]!.from, -LONGEST_DEADLINE_DAYS));
  return countMissedDeadlines(
    ctx.db,
    receivedFrom,
    periods.map((p) => periodInstants(p)),
    ctx.clock.now().toISOString(),
  );
}
