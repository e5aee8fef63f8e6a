import type { Approval } from '../../../shared/approvals/types';
import { diffRecords } from '../../core/auditDiff';
import type { Mutation } from '../../core/mutation';
import { getQuoteRow, setQuoteStatus } from './repository/quotes';
import { quoteAuditView } from './views';

/**
 * The manager's decision on a quote's lines below floor, applied in the decision's own mutation (the approvals
 * seam calls it): the quote becomes approved (it may be sent) or refused (the comment says why), audited. A
 * request the quote no longer waits on (withdrawn by an edit) changes nothing.
 */
export function applyFloorDecision(m: Mutation, approval: Approval): void {
  if (approval.kind !== 'priceFloor') return;
  if (approval.status !== 'approved' && approval.status !== 'refused') return;
  const row = getQuoteRow(m.db, approval.subjectId);
  if (!row || row.approvalId !== approval.id || row.status !== 'pendingApproval') return;
  m.versioned(
    'quote',
    setQuoteStatus(
      m.db,
      row.id,
      row.version,
      { status: approval.status, approvalId: row.approvalId, floorReason: row.floorReason },
      m.stamp,
    ),
  );
  const after = getQuoteRow(m.db, row.id)!;
  m.audit({
    entity: 'quote',
    entityId: row.id,
    action: approval.status === 'approved' ? 'approve' : 'refuse',
    changes: diffRecords(quoteAuditView(row), quoteAuditView(after)),
  });
}
