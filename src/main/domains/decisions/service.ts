import type { Approval, ApprovalDecision } from '../../../shared/approvals/types';
import { AppError } from '../../../shared/contract/errors';
import type { UserCtx } from '../../core/context';
import { mutate } from '../../core/mutation';
import { conflict, fieldRefusal } from '../../core/refusals';
import { approvalRow, closeRequest } from '../approvals/service';
import { APPLY_DECISION } from './subjects';

/*
 * The manager's decision on an approval request (the approvals seam). It lives apart from the approvals
 * domain because it calls back into every asking domain, which itself calls the approvals domain to ask.
 */

/** Approves or refuses a pending request; a refusal says why. The asking domain applies it in the same transaction. */
export function decideApproval(
  ctx: UserCtx,
  input: { id: string; version: number; decision: ApprovalDecision; comment: string | null },
): Approval {
  return mutate(ctx, (m) => {
    const before = approvalRow(m, input.id);
    if (before.version !== input.version) throw conflict('approval');
    if (before.status !== 'pending') throw new AppError('INVALID_STATE', `approval is ${before.status}`);
    if (input.decision === 'refused' && input.comment === null)
      throw fieldRefusal('VALIDATION', 'comment', 'validation.refusalComment');
    const decided = closeRequest(m, before, input.decision, input.comment);
    APPLY_DECISION[decided.kind](m, decided);
    return decided;
  });
}
