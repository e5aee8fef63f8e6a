import type { Approval } from '../../../shared/approvals/types';
import { diffRecords } from '../../core/auditDiff';
import type { Mutation } from '../../core/mutation';
import { incentiveAuditView } from './incentiveView';
import { getIncentiveRow, setIncentiveStatus } from './repository/incentives';

/**
 * The manager's decision on a proposed incentive, applied in the decision's own mutation (the approvals seam
 * calls it): the incentive becomes approved or refused, with an audit row. A request the incentive no longer
 * waits on (withdrawn) changes nothing.
 */
export function applyIncentiveDecision(m: Mutation, approval: Approval): void {
  if (approval.kind !== 'incentive') return;
  if (approval.status !== 'approved' && approval.status !== 'refused') return;
  const row = getIncentiveRow(m.db, approval.subjectId);
  if (!row || row.approvalId !== approval.id || row.status !== 'pending') return;
  m.versioned('incentive', setIncentiveStatus(m.db, row.id, row.version, approval.status, m.stamp));
  const after = getIncentiveRow(m.db, row.id)!;
  m.audit({
    entity: 'incentive',
    entityId: row.id,
    action: approval.status === 'approved' ? 'approve' : 'refuse',
    changes: diffRecords(incentiveAuditView(row), incentiveAuditView(after)),
  });
}
