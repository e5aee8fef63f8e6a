/**
 * Improvement measures (改进措施): one domain for every source — complaint statistics and single complaints
 * now, satisfaction surveys, audits and the manager's review later (DESIGN.md "Across modules"). Each
 * measure names the cause category it addresses, so its effect can be checked against that category's
 * complaints before and after it.
 */
export const IMPROVEMENT_SOURCES = ['statistics', 'complaint', 'survey', 'audit', 'review'] as const;
export type ImprovementSource = (typeof IMPROVEMENT_SOURCES)[number];

export const IMPROVEMENT_STATUSES = ['planned', 'in_progress', 'done', 'cancelled'] as const;
export type ImprovementStatus = (typeof IMPROVEMENT_STATUSES)[number];

/** Legal status moves; 'done' and 'cancelled' are final (a new measure is opened instead). */
export const IMPROVEMENT_MOVES: Record<ImprovementStatus, readonly ImprovementStatus[]> = {
  planned: ['in_progress', 'done', 'cancelled'],
  in_progress: ['done', 'cancelled'],
  done: [],
  cancelled: [],
};

export const EFFECT_VERDICTS = ['better', 'no_change', 'worse', 'pending'] as const;
export type EffectVerdict = (typeof EFFECT_VERDICTS)[number];

/** One window of the effect check. */
export interface EffectWindow {
  from: string;
  to: string;
  days: number;
  /** Complaints of the measure's category received in the window. */
  complaints: number;
  /** Distinct clients served in the window (with a ticket or a transaction). */
  clientsServed: number;
  perMonth: number;
  /** Complaints per 100 clients served; null when no client was served. */
  per100Clients: number | null;
}

/**
 * Did the category's complaints fall after the measure took effect? Equal windows before and after the
 * effective date; 'pending' until the after-window has run long enough to say.
 */
export interface EffectCheck {
  effectiveFrom: string;
  before: EffectWindow;
  after: EffectWindow;
  /**
   * Change of the monthly rate, percent (negative: fewer complaints); null while pending and when the rate
   * before was zero (no percentage expresses a rise from nothing: the verdict says it).
   */
  changePct: number | null;
  verdict: EffectVerdict;
}

export interface ImprovementMeasure {
  id: string;
  code: string;
  title: string;
  description: string | null;
  source: ImprovementSource;
  sourceTicketId: string | null;
  sourceTicketCode: string | null;
  /** A customer service category key (settings list). */
  causeCategory: string;
  ownerId: string | null;
  ownerName: string | null;
  groupId: string | null;
  dueDate: string;
  status: ImprovementStatus;
  /** When the measure took effect (set when it is done, or by hand); the effect check starts here. */
  effectiveFrom: string | null;
  resultNote: string | null;
  completedAt: string | null;
  effect: EffectCheck | null;
  overdue: boolean;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface ImprovementPage {
  rows: ImprovementMeasure[];
  total: number;
}
