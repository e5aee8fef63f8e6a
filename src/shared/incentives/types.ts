/**
 * Incentives (六(四)): rewards for good results (bonus, promotion, honour title), penalties for results below
 * standard or breaches of the rules (warning, fine, demotion), and the special contribution award 特殊贡献奖.
 * Proposed by a person's supervisor, group lead or deputy, approved by the manager (the approvals seam);
 * linked to an appraisal result or standalone.
 */

export const INCENTIVE_TYPES = ['reward', 'penalty', 'special'] as const;
export type IncentiveType = (typeof INCENTIVE_TYPES)[number];

export const INCENTIVE_KINDS = [
  'bonus',
  'promotion',
  'honour',
  'warning',
  'fine',
  'demotion',
  'specialContribution',
] as const;
export type IncentiveKind = (typeof INCENTIVE_KINDS)[number];

export const TYPE_OF_KIND: Record<IncentiveKind, IncentiveType> = {
  bonus: 'reward',
  promotion: 'reward',
  honour: 'reward',
  warning: 'penalty',
  fine: 'penalty',
  demotion: 'penalty',
  specialContribution: 'special',
};

/** What each kind needs besides the reason: an amount (yuan), or a title (the honour, the new position). */
export const KIND_NEEDS: Record<IncentiveKind, 'amount' | 'title' | 'optionalAmount' | null> = {
  bonus: 'amount',
  fine: 'amount',
  promotion: 'title',
  demotion: 'title',
  honour: 'title',
  warning: null,
  specialContribution: 'optionalAmount',
};

export const INCENTIVE_STATUSES = ['pending', 'approved', 'refused', 'withdrawn'] as const;
export type IncentiveStatus = (typeof INCENTIVE_STATUSES)[number];

export interface Incentive {
  id: string;
  /** JL-yyyy-nnn */
  code: string;
  staffId: string;
  staffName: string;
  employeeNo: string;
  groupName: string | null;
  groupNameEn: string | null;
  type: IncentiveType;
  kind: IncentiveKind;
  amountFen: number | null;
  /** The honour title, or the position after a promotion or demotion. */
  title: string | null;
  reason: string;
  effectiveOn: string;
  /** The appraisal result it follows from, if any. */
  formId: string | null;
  cycleId: string | null;
  cycleCode: string | null;
  cycleNameZh: string | null;
  cycleNameEn: string | null;
  grade: string | null;
  status: IncentiveStatus;
  approvalId: string | null;
  proposedByName: string;
  proposedAt: string;
  decidedByName: string | null;
  decidedAt: string | null;
  decisionComment: string | null;
  /** Whether the reader may withdraw it now: pending, and they proposed it (or they are the manager). */
  mayWithdraw: boolean;
  version: number;
}

export interface IncentivePage {
  items: Incentive[];
  total: number;
  page: number;
  pageSize: number;
  /** Approved amounts over the filtered list: bonuses and awards, fines (fen). */
  rewardFen: number;
  fineFen: number;
}

/** Someone the reader may propose an incentive for: a person they oversee (never themselves). */
export interface IncentiveCandidate {
  staffId: string;
  staffName: string;
  employeeNo: string;
  position: string | null;
  groupName: string | null;
  groupNameEn: string | null;
}

/** A published (or closed) appraisal result of a person that an incentive may follow from. */
export interface IncentiveResultOption {
  formId: string;
  cycleId: string;
  cycleCode: string;
  cycleNameZh: string;
  cycleNameEn: string | null;
  periodFrom: string;
  periodTo: string;
  finalScore: number | null;
  grade: string | null;
}
