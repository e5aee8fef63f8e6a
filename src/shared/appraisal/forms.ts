import type { CycleKind, CyclePhase } from './phases';
import type { IndicatorCategory, IndicatorSource, RatingBand, ScoringMethod } from './indicators';

/**
 * One person's appraisal in one cycle (六(三)): the work plan and targets agreed at goal setting, the
 * self-assessment form 自评表, the evaluator's evaluation form 评价表, the manager's adjustment, the result, the
 * acknowledgement and an appeal 申诉.
 */

export const GRADES = ['S', 'A', 'B', 'C', 'D'] as const;
export type Grade = (typeof GRADES)[number];

export const APPEAL_STATUSES = ['open', 'upheld', 'adjusted'] as const;
export type AppealStatus = (typeof APPEAL_STATUSES)[number];
export const APPEAL_OUTCOMES = ['upheld', 'adjusted'] as const;
export type AppealOutcome = (typeof APPEAL_OUTCOMES)[number];

/**
 * An indicator as the cycle took it from the template (name, method, bands and weight are kept as they were
 * when the cycle opened), with what the person and the evaluator wrote against it.
 */
export interface FormItem {
  indicatorId: string;
  category: IndicatorCategory;
  nameZh: string;
  nameEn: string;
  descriptionZh: string | null;
  descriptionEn: string | null;
  scoring: ScoringMethod;
  source: IndicatorSource;
  cap: number | null;
  bands: RatingBand[];
  unit: string | null;
  weight: number;
  /** Quantitative: the target agreed at goal setting. */
  target: number | null;
  /**
   * Quantitative: the actual — computed from the department's records for a computed source (live until
   * publication, then kept), typed in by the evaluator for a manual one.
   */
  actual: number | null;
  planNote: string | null;
  selfScore: number | null;
  selfComment: string | null;
  /** Rated: the evaluator's score. Quantitative: the formula's score from actual and target. */
  evalScore: number | null;
  evalComment: string | null;
}

export interface FormAppeal {
  reason: string;
  filedAt: string;
  status: AppealStatus;
  note: string | null;
  /** The final score when the appeal was filed. */
  scoreBefore: number | null;
  resolvedAt: string | null;
  resolvedByName: string | null;
}

export const FORM_ACTIONS = [
  'editPlan',
  'agreePlan',
  'editSelf',
  'evaluate',
  'adjust',
  'reassignEvaluator',
  'remove',
  'acknowledge',
  'appeal',
  'resolveAppeal',
] as const;
export type FormAction = (typeof FORM_ACTIONS)[number];

export interface AppraisalForm {
  id: string;
  cycleId: string;
  cycleCode: string;
  cycleNameZh: string;
  cycleNameEn: string | null;
  cycleKind: CycleKind;
  periodFrom: string;
  periodTo: string;
  phase: CyclePhase;
  appealUntil: string | null;
  staffId: string;
  staffName: string;
  employeeNo: string;
  groupId: string | null;
  groupName: string | null;
  groupNameEn: string | null;
  position: string | null;
  evaluatorId: string;
  evaluatorName: string;
  templateId: string;
  templateNameZh: string;
  templateNameEn: string | null;
  /** By category, as the template arranged them. */
  items: FormItem[];
  plan: string | null;
  planAgreedAt: string | null;
  planAgreedByName: string | null;
  achievements: string | null;
  shortfalls: string | null;
  nextPlan: string | null;
  /** The self-assessment is shown to others only once submitted: before that its fields are null for them. */
  selfSubmittedAt: string | null;
  selfTotal: number | null;
  overallComment: string | null;
  /** The evaluation is shown to the person only once the cycle is published. */
  evalSubmittedAt: string | null;
  evalTotal: number | null;
  adjustedTotal: number | null;
  adjustReason: string | null;
  adjustedByName: string | null;
  adjustedAt: string | null;
  /** Annual cycles: the mean final score of the person's quarterly results in the period. */
  quarterMean: number | null;
  finalScore: number | null;
  grade: Grade | null;
  acknowledgedAt: string | null;
  appeal: FormAppeal | null;
  removedAt: string | null;
  removedReason: string | null;
  /** What the reader may do to it now (main refuses the rest). */
  allowed: FormAction[];
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** A form in a list (my appraisals, forms I evaluate, my team's, a person's history). */
export interface FormSummary {
  id: string;
  cycleId: string;
  cycleCode: string;
  cycleNameZh: string;
  cycleNameEn: string | null;
  cycleKind: CycleKind;
  periodFrom: string;
  periodTo: string;
  phase: CyclePhase;
  staffId: string;
  staffName: string;
  groupName: string | null;
  groupNameEn: string | null;
  evaluatorId: string;
  evaluatorName: string;
  planAgreedAt: string | null;
  selfSubmittedAt: string | null;
  evalSubmittedAt: string | null;
  /** Null for the person until published. */
  finalScore: number | null;
  grade: Grade | null;
  acknowledgedAt: string | null;
  appealStatus: AppealStatus | null;
}

export const FORM_SCOPES = ['mine', 'toEvaluate', 'team'] as const;
export type FormScope = (typeof FORM_SCOPES)[number];

/** One row of the manager review's consolidated table 汇总表. */
export interface ConsolidatedRow {
  formId: string;
  staffId: string;
  staffName: string;
  employeeNo: string;
  groupId: string | null;
  groupName: string | null;
  groupNameEn: string | null;
  position: string | null;
  evaluatorName: string;
  selfTotal: number | null;
  evalTotal: number | null;
  quarterMean: number | null;
  adjustedTotal: number | null;
  adjustReason: string | null;
  finalScore: number | null;
  grade: Grade | null;
  acknowledgedAt: string | null;
  appealStatus: AppealStatus | null;
}

/** How many people got each grade, against the guideline's ceilings (a warning, never a block). */
export interface GradeDistribution {
  counts: Record<Grade, number>;
  /** Of the rows with a grade. */
  graded: number;
  /** Grades whose share is above the guideline's ceiling, with the share and the ceiling (percent). */
  overGuideline: { grade: Grade; share: number; ceiling: number }[];
}

export interface ConsolidatedTable {
  cycleId: string;
  phase: CyclePhase;
  rows: ConsolidatedRow[];
  distribution: GradeDistribution;
}

/** A person's appraisal history: their published results, oldest first. */
export interface AppraisalHistory {
  staffId: string;
  staffName: string;
  employeeNo: string;
  groupName: string | null;
  groupNameEn: string | null;
  rows: FormSummary[];
}
