/**
 * Approvals (审批): one shape for every decision the manager must take on someone's request — accepting a
 * high or critical risk now; price floors, incentives and score adjustments later. A request carries a
 * reason; the manager approves or refuses it with a comment; both are audited, and the subject's domain
 * applies the decision in the same transaction.
 */
export const APPROVAL_KINDS = ['riskAcceptance', 'incentive', 'priceFloor'] as const;
export type ApprovalKind = (typeof APPROVAL_KINDS)[number];

export const APPROVAL_STATUSES = ['pending', 'approved', 'refused', 'withdrawn'] as const;
export type ApprovalStatus = (typeof APPROVAL_STATUSES)[number];

export const APPROVAL_DECISIONS = ['approved', 'refused'] as const;
export type ApprovalDecision = (typeof APPROVAL_DECISIONS)[number];

export interface Approval {
  id: string;
  kind: ApprovalKind;
  /** The record the request is about, as its screen shows it. */
  subjectId: string;
  subjectCode: string;
  subjectTitle: string;
  /** A hash-router path that opens the subject. */
  subjectLink: string;
  /** A short line on what exactly is asked (e.g. the risk's level and score), in the requester's words. */
  summary: string | null;
  reason: string;
  status: ApprovalStatus;
  requestedById: string;
  requestedByName: string;
  requestedAt: string;
  decidedByName: string | null;
  decidedAt: string | null;
  comment: string | null;
  version: number;
}

export interface ApprovalPage {
  items: Approval[];
  total: number;
  page: number;
  pageSize: number;
}
