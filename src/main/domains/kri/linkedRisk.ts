import type { UserCtx } from '../../core/context';
import { riskRef } from './repository/kris';

/** Whether an indicator may be linked to this risk: one in the register, not deleted. */
export function linkableRisk(ctx: UserCtx, riskId: string): boolean {
  return riskRef(ctx.db, riskId) !== null;
}
