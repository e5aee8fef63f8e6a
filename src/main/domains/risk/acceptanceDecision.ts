import type { Approval } from '../../../shared/approvals/types';
import type { Mutation } from '../../core/mutation';
import { getRiskRow } from './repository/risks';
import { writeOf, writeRisk } from './riskAccess';
import { riskBook } from './riskView';

/**
 * The manager's decision on accepting a risk, applied in the decision's own mutation (the approvals seam
 * calls it): the risk's acceptance becomes approved or refused, with a step on its timeline and an audit
 * row. A request the risk no longer waits on (withdrawn, superseded by a newer one) changes nothing.
 */
export function applyAcceptanceDecision(m: Mutation, approval: Approval): void {
  if (approval.kind !== 'riskAcceptance') return;
  if (approval.status !== 'approved' && approval.status !== 'refused') return;
  const book = riskBook(m);
  const row = getRiskRow(m.db, approval.subjectId, book.today);
  if (!row || row.acceptanceApprovalId !== approval.id || row.acceptance !== 'pending') return;
  const approved = approval.status === 'approved';
  writeRisk(
    m,
    book,
    row,
    { ...writeOf(row), acceptance: approved ? 'approved' : 'refused' },
    {
      action: approved ? 'acceptance_approved' : 'acceptance_refused',
      steps: [{ kind: approved ? 'acceptanceApproved' : 'acceptanceRefused', note: approval.comment }],
    },
  );
}
