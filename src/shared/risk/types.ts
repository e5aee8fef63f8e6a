import type { RiskLevel } from './levels';

export { RISK_LEVELS, type RiskLevel } from './levels';

/**
 * The risk register (风险登记, 五(一)–(三)): each risk is identified (often in a meeting), assessed as
 * likelihood × impact, answered with a strategy and actions, monitored and reviewed, and closed.
 */
export const RISK_STATUSES = ['identified', 'assessed', 'responding', 'monitoring', 'closed'] as const;
export type RiskStatus = (typeof RISK_STATUSES)[number];
export const OPEN_RISK_STATUSES: readonly RiskStatus[] = [
  'identified',
  'assessed',
  'responding',
  'monitoring',
];

/** Legal moves of `risk.move` (assess, respond and reopen have their own channels and fields). */
export const RISK_MOVES: Record<RiskStatus, readonly RiskStatus[]> = {
  identified: ['closed'],
  assessed: ['closed'],
  responding: ['monitoring', 'closed'],
  monitoring: ['responding', 'closed'],
  closed: [],
};
/** A reopened risk is assessed again. */
export const RISK_REOPEN_TO: RiskStatus = 'assessed';

export const RISK_STRATEGIES = ['avoid', 'reduce', 'transfer', 'accept'] as const;
export type RiskStrategy = (typeof RISK_STRATEGIES)[number];

/** The manager's answer to accepting a high or critical risk (the approvals seam). */
export const ACCEPTANCE_STATES = ['pending', 'approved', 'refused'] as const;
export type AcceptanceState = (typeof ACCEPTANCE_STATES)[number];

export const RISK_ACTION_STATUSES = ['open', 'done', 'cancelled'] as const;
export type RiskActionStatus = (typeof RISK_ACTION_STATUSES)[number];

export const RISK_SCOPES = ['mine', 'group', 'all'] as const;
export type RiskScope = (typeof RISK_SCOPES)[number];

export const RISK_SORT_FIELDS = [
  'code',
  'title',
  'score',
  'identifiedOn',
  'nextReviewOn',
  'updatedAt',
] as const;
export type RiskSortField = (typeof RISK_SORT_FIELDS)[number];

export const RISK_EVENT_KINDS = [
  'identified',
  'assessed',
  'reassessed',
  'responded',
  'acceptanceRequested',
  'acceptanceApproved',
  'acceptanceRefused',
  'moved',
  'reviewed',
  'closed',
  'reopened',
] as const;
export type RiskEventKind = (typeof RISK_EVENT_KINDS)[number];

export interface Risk {
  id: string;
  /** FX-yyyy-nnn, the year it was identified. */
  code: string;
  title: string;
  /** A key of the settings list riskCategories. */
  category: string;
  description: string | null;
  cause: string | null;
  ownerId: string;
  ownerName: string;
  groupId: string | null;
  clientId: string | null;
  clientCode: string | null;
  clientName: string | null;
  identifiedOn: string;
  /** Null until the first assessment. */
  likelihood: number | null;
  impact: number | null;
  score: number | null;
  /** From the current matrix (settings); null until assessed. */
  level: RiskLevel | null;
  status: RiskStatus;
  strategy: RiskStrategy | null;
  responsePlan: string | null;
  acceptance: AcceptanceState | null;
  acceptanceReason: string | null;
  lastReviewedOn: string | null;
  /** Last review (or first assessment) + the review interval of its level; null when not assessed or closed. */
  nextReviewOn: string | null;
  reviewDue: boolean;
  openActions: number;
  overdueActions: number;
  closedAt: string | null;
  reopenCount: number;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface RiskAssessment {
  id: string;
  likelihood: number;
  impact: number;
  score: number;
  /** The level at the time, by the matrix then in force. */
  level: RiskLevel;
  reason: string | null;
  assessedAt: string;
  assessedByName: string;
}

export interface RiskAction {
  id: string;
  riskId: string;
  riskCode: string;
  riskTitle: string;
  title: string;
  ownerId: string;
  ownerName: string;
  dueOn: string;
  status: RiskActionStatus;
  doneOn: string | null;
  note: string | null;
  overdue: boolean;
  version: number;
}

export interface RiskEvent {
  id: string;
  kind: RiskEventKind;
  at: string;
  fromStatus: RiskStatus | null;
  toStatus: RiskStatus | null;
  note: string | null;
  actorName: string;
}

export interface RiskDetail {
  risk: Risk;
  assessments: RiskAssessment[];
  actions: RiskAction[];
  events: RiskEvent[];
  /** The acceptance request on the approvals seam, if any. */
  acceptanceApprovalId: string | null;
  /** What this user may do now (main refuses the rest anyway). */
  allowed: {
    edit: boolean;
    assess: boolean;
    respond: boolean;
    moves: RiskStatus[];
    reopen: boolean;
    review: boolean;
    addAction: boolean;
  };
}

export interface RiskPage {
  items: Risk[];
  total: number;
  page: number;
  pageSize: number;
}

export interface RiskActionPage {
  items: RiskAction[];
  total: number;
  page: number;
  pageSize: number;
}

/** A risk as a picker offers it (meetings, indicators, findings). */
export interface RiskOption {
  id: string;
  code: string;
  title: string;
  level: RiskLevel | null;
  status: RiskStatus;
}

export interface HeatCell {
  likelihood: number;
  impact: number;
  count: number;
}

export interface HeatMap {
  /** Open assessed risks now, one entry per non-empty cell. */
  current: HeatCell[];
  /** The same as they stood at the end of `compareTo`, when asked. */
  earlier: HeatCell[] | null;
  compareTo: string | null;
  /** Open risks not yet assessed (not on the grid). */
  unassessed: number;
}
