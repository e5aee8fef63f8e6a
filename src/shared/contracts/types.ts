/**
 * Contracts (三(二)4 合同评审与执行): a contract is drawn up (blank, from a won opportunity or from an accepted
 * quote), reviewed 评审 against a checklist with the reviewers' opinions, approved, signed, executed through
 * its milestones (delivery, acceptance, invoice, payments received) and completed — or terminated with a reason.
 *
 * Signed → executing: a signed contract is "in execution" from the first progress recorded on it (a milestone
 * done or money received), so "signed, nothing started yet" stays visible on the list.
 * Completed: set when the last milestone is done and the whole contract amount has been received.
 */

export const CONTRACT_STATUSES = [
  'draft',
  'review',
  'approved',
  'signed',
  'executing',
  'completed',
  'terminated',
] as const;
export type ContractStatus = (typeof CONTRACT_STATUSES)[number];

/** The steps bar's order; terminated stands apart. */
export const CONTRACT_STEPS = ['draft', 'review', 'approved', 'signed', 'executing', 'completed'] as const;

/** The review checklist 评审要点, in the order the form prints them. */
export const CHECKLIST_ITEMS = [
  'parties',
  'subject',
  'price',
  'delivery',
  'payment',
  'liability',
  'dispute',
] as const;
export type ChecklistItemKey = (typeof CHECKLIST_ITEMS)[number];

export const CHECK_RESULTS = ['pending', 'passed', 'failed'] as const;
export type CheckResult = (typeof CHECK_RESULTS)[number];

export interface ChecklistEntry {
  item: ChecklistItemKey;
  result: CheckResult;
  comment: string | null;
  /** Who recorded the result, and when (ISO). */
  checkedByName: string | null;
  checkedAt: string | null;
}

/** A reviewer's opinion 评审意见: one per reviewer, the latest kept. */
export interface ReviewOpinion {
  staffId: string;
  name: string;
  at: string;
  agree: boolean;
  comment: string | null;
}

export const MILESTONE_KINDS = ['delivery', 'acceptance', 'invoice', 'payment'] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];

/** A line as agreed: from the quote (product, discount) or typed in. */
export interface ContractLine {
  productId: string | null;
  description: string;
  unit: string | null;
  quantity: number;
  unitPriceFen: number;
  /** Percent off the unit price, 0–100. */
  discount: number;
  amountFen: number;
}

export interface Contract {
  id: string;
  /** HT-yyyy-nnnn */
  code: string;
  title: string;
  clientId: string;
  clientCode: string;
  clientName: string;
  opportunityId: string | null;
  opportunityCode: string | null;
  quoteId: string | null;
  quoteCode: string | null;
  ownerId: string;
  ownerName: string;
  groupId: string | null;
  groupName: string | null;
  status: ContractStatus;
  amountFen: number;
  costFen: number | null;
  lines: ContractLine[];
  subject: string | null;
  deliveryTerms: string | null;
  paymentTerms: string | null;
  liabilityTerms: string | null;
  disputeTerms: string | null;
  checklist: ChecklistEntry[];
  reviews: ReviewOpinion[];
  /** The day it was drawn up (China date of creation). */
  draftedOn: string;
  signedOn: string | null;
  completedOn: string | null;
  terminatedOn: string | null;
  terminatedReason: string | null;
  /** Received so far over every payment milestone. */
  receivedFen: number;
  createdByName: string | null;
  approvedByName: string | null;
  approvedAt: string | null;
  version: number;
}

export interface ContractMilestone {
  id: string;
  contractId: string;
  kind: MilestoneKind;
  title: string;
  ownerId: string;
  ownerName: string;
  dueOn: string;
  doneOn: string | null;
  /** Payments only: what is due, and what has come in. */
  amountFen: number | null;
  receivedFen: number;
  note: string | null;
  version: number;
}

export interface ContractHandoff {
  id: string;
  contractId: string;
  /** A key of the settings' hand-off departments. */
  department: string;
  assigneeId: string | null;
  assigneeName: string | null;
  note: string | null;
  acknowledgedAt: string | null;
  /** Who in the department took it over, as recorded. */
  acknowledgedBy: string | null;
  version: number;
}

export interface ContractAttachment {
  id: string;
  contractId: string;
  fileName: string;
  mime: string;
  sizeBytes: number;
  createdAt: string;
  createdByName: string | null;
}

export interface ContractDetail {
  contract: Contract;
  milestones: ContractMilestone[];
  handoffs: ContractHandoff[];
  attachments: ContractAttachment[];
}

export interface ContractPage {
  rows: Contract[];
  total: number;
  page: number;
  pageSize: number;
}

/** What a new contract may start from: a won opportunity or an accepted quote the caller sees. */
export interface ContractSource {
  kind: 'opportunity' | 'quote';
  id: string;
  code: string;
  title: string;
  clientId: string;
  clientName: string;
  amountFen: number;
}
