import { TYPE_OF_KIND, type Incentive } from '../../../shared/incentives/types';
import type { IncentiveRow } from './repository/incentives';
import { mayWithdraw, type IncentiveViewer } from './visibility';

/** An incentive as the reader sees it: the stored row, its type, and whether they may withdraw it now. */
export function toIncentive(v: IncentiveViewer, r: IncentiveRow): Incentive {
  const { groupId: _g, createdBy: _c, ...rest } = r;
  return { ...rest, type: TYPE_OF_KIND[r.kind], mayWithdraw: mayWithdraw(v, r) };
}

/** What the audit trail records of an incentive: the person by id (shown by name), the cycle by its code. */
export function incentiveAuditView(r: IncentiveRow) {
  return {
    staffId: r.staffId,
    groupId: r.groupId,
    kind: r.kind,
    amountFen: r.amountFen,
    title: r.title,
    reason: r.reason,
    effectiveOn: r.effectiveOn,
    cycle: r.cycleCode,
    grade: r.grade,
    status: r.status,
  };
}
