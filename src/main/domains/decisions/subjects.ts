import type { Approval, ApprovalKind } from '../../../shared/approvals/types';
import type { Mutation } from '../../core/mutation';
import { applyIncentiveDecision } from '../incentives/decision';
import { applyFloorDecision } from '../pricing/floorDecision';
import { applyAcceptanceDecision } from '../risk/acceptanceDecision';

/**
 * What each kind of request does once the manager has decided: the asking domain applies the outcome to its
 * record, in the decision's transaction. A new kind of approval adds its domain's function here.
 */
export const APPLY_DECISION: Record<ApprovalKind, (m: Mutation, approval: Approval) => void> = {
  riskAcceptance: applyAcceptanceDecision,
  incentive: applyIncentiveDecision,
  priceFloor: applyFloorDecision,
};
