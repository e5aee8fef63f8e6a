import type { Stage } from './stages';

/** Whose opportunities a list shows: the caller's own, their team's (a lead's group, a deputy's charge), or all they see. */
export const SALES_SCOPES = ['mine', 'team', 'all'] as const;
export type SalesScope = (typeof SALES_SCOPES)[number];

export const OPPORTUNITY_SORT_FIELDS = [
  'code',
  'title',
  'stage',
  'expectedAmountFen',
  'expectedCloseOn',
  'updatedAt',
] as const;
export type OpportunitySortField = (typeof OPPORTUNITY_SORT_FIELDS)[number];

/** One criterion of the screening scorecard as rated (0–100). */
export interface ScreeningRating {
  key: string;
  rating: number;
}

/** An opportunity as the screens show it. */
export interface Opportunity {
  id: string;
  code: string;
  title: string;
  clientId: string;
  clientCode: string;
  clientName: string;
  ownerId: string;
  ownerName: string;
  groupId: string | null;
  stage: Stage;
  /** Expected amount in fen. */
  expectedAmountFen: number | null;
  /** The owner's own estimate; null: the stage's probability from the settings. */
  probabilityOverride: number | null;
  /** The probability in force (percent). */
  probability: number;
  /** Expected amount × probability, in fen. */
  weightedFen: number;
  expectedCloseOn: string | null;
  nextStep: string | null;
  nextStepOn: string | null;
  sourceActivityId: string | null;
  sourceActivityCode: string | null;
  sourceActivityTitle: string | null;
  screening: ScreeningRating[];
  screeningScore: number | null;
  needs: string | null;
  proposal: string | null;
  visitInvitedOn: string | null;
  visitHeldOn: string | null;
  visitNotes: string | null;
  negotiationNotes: string | null;
  lostReason: string | null;
  lostNote: string | null;
  closedOn: string | null;
  stageEnteredAt: string;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface OpportunityPage {
  items: Opportunity[];
  total: number;
  page: number;
  pageSize: number;
}

export interface StageChange {
  id: string;
  fromStage: Stage | null;
  toStage: Stage;
  changedAt: string;
  changedByName: string | null;
}

/** A proposal's file (the bytes in the files store). */
export interface SalesFile {
  id: string;
  fileName: string;
  mime: string;
  sizeBytes: number;
  createdAt: string;
  createdByName: string | null;
}

export interface OpportunityDetail {
  opportunity: Opportunity;
  stageChanges: StageChange[];
  proposalFiles: SalesFile[];
  allowed: {
    /** Edit, record, move: the owner and those whose groups cover it. */
    work: boolean;
    /** Hand it to someone else ('sales.assign' and the groups). */
    assign: boolean;
    reopen: boolean;
  };
}

/** One column of the board: a stage, its opportunities (the first of them) and their totals. */
export interface BoardColumn {
  stage: Stage;
  count: number;
  amountFen: number;
  weightedFen: number;
  cards: Opportunity[];
}

export interface Board {
  columns: BoardColumn[];
}

/** One step of the funnel over a period. */
export interface FunnelStep {
  stage: Stage;
  /** Opportunities of the period that reached this stage (or a later one). */
  reached: number;
  /** reached(next stage) / reached(this stage), percent; null at the last step or when none reached it. */
  conversionToNext: number | null;
  /** Average days spent in the stage, over the stays that ended; null when none ended. */
  averageDays: number | null;
  /** How many stays that average is over. */
  stays: number;
}

export interface Funnel {
  from: string;
  to: string;
  /** Opportunities created in the period. */
  created: number;
  won: number;
  lost: number;
  steps: FunnelStep[];
}

export interface ForecastMonth {
  /** YYYY-MM */
  month: string;
  /** Open opportunities expected to close in the month. */
  open: number;
  amountFen: number;
  weightedFen: number;
  /** Won in the month (closed on). */
  wonFen: number;
}

export interface LostReasonRow {
  reason: string;
  count: number;
  amountFen: number;
}

/** A promotion activity a lead may come from (the select on the lead form). */
export interface ActivityOption {
  id: string;
  code: string;
  title: string;
  heldOn: string;
}
