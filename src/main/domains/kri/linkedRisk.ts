import type { RiskOption } from '../../../shared/risk/types';
import type { UserCtx } from '../../core/context';
import { riskSummaryOf, visibleRiskRef } from '../risk/service';

/** Whether an indicator may be linked to this risk: one in the register that the user sees. */
export function linkableRisk(ctx: UserCtx, riskId: string): boolean {
  return visibleRiskRef(ctx, riskId) !== null;
}

/** The risk an indicator watches, as the indicator's page shows it (with its level), whoever reads it. */
export function linkedRiskOf(ctx: UserCtx, riskId: string | null): RiskOption | null {
  if (riskId === null) return null;
  const r = riskSummaryOf(ctx, [riskId]).get(riskId);
  return r ? { id: r.id, code: r.code, title: r.title, level: r.level, status: r.status } : null;
}
