import type { ControlFinding } from '../../../shared/control/types';
import type { UserCtx } from '../../core/context';
import { fieldRefusal } from '../../core/refusals';
import { riskSummaryOf, visibleRiskRef } from '../risk/service';
import type { FindingRow } from './repository/findings';

/** Findings with their related risk's code, title and level (read through the risk domain). */
export function withRisks(ctx: UserCtx, rows: readonly FindingRow[]): ControlFinding[] {
  const risks = riskSummaryOf(
    ctx,
    rows.flatMap((r) => (r.riskId ? [r.riskId] : [])),
  );
  return rows.map((r) => {
    const risk = r.riskId ? risks.get(r.riskId) : undefined;
    return {
      ...r,
      riskCode: risk?.code ?? null,
      riskTitle: risk?.title ?? null,
      riskLevel: risk?.level ?? null,
    };
  });
}

/** A risk newly linked to a finding must be one the recording auditor can see (as the picker offers them). */
export function checkRiskLink(ctx: UserCtx, riskId: string | null, before: string | null): void {
  if (riskId !== null && riskId !== before && !visibleRiskRef(ctx, riskId))
    throw fieldRefusal('VALIDATION', 'riskId', 'validation.notFound');
}
