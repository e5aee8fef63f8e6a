import type { Ctx } from '../../core/context';
import { countPaymentsOverdue } from './repository/indicators';

/*
 * Figures of the contracts for the key risk indicators (五 early warning): department-wide, whoever asks,
 * by China calendar days, in the order given.
 */

/** Payments of the payment plans overdue as each day ends (overdue receivables 逾期应收). */
export function paymentsOverdueOn(ctx: Ctx, days: readonly string[]): number[] {
  return countPaymentsOverdue(ctx.db, days);
}
