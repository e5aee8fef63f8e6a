import type { DatePeriod } from '../../../shared/service/stats';
import { addDays, chinaDayStart, periodInstants } from '../../../shared/service/statsPeriod';
import type { Ctx } from '../../core/context';
import { countClientsLost, countFollowUpsOverdue } from './repository/indicators';

/*
 * Figures of the department's client files for the key risk indicators (五 early warning): department-wide,
 * whoever asks, by China calendar days, the periods in order.
 */

/** Client files that became lost in each period, from the status history. */
export function clientsLost(ctx: Ctx, periods: readonly DatePeriod[]): number[] {
  return countClientsLost(
    ctx.db,
    periods.map((p) => periodInstants(p)),
  );
}

/** Follow-ups overdue on each day (due before it and still open at its end), in the order given. */
export function followUpsOverdueOn(ctx: Ctx, days: readonly string[]): number[] {
  return countFollowUpsOverdue(
    ctx.db,
    days.map((day) => ({ day, dayEnd: chinaDayStart(addDays(day, 1)) })),
  );
}
