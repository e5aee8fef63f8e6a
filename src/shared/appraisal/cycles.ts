import type { FormAction, FormSummary } from './forms';
import type { CyclePhase, CycleKind, PhaseDeadlines } from './phases';

/**
 * Appraisal cycles (六(二)(三)): the manager opens one for a period and a set of people; it moves through its
 * phases, each with a deadline, and every person in it has one appraisal form.
 */

export * from './phases';

/** Whose step each form is waiting for, per phase: the person, their evaluator, the manager. */
export const FORM_STEPS = ['plan', 'self', 'evaluation', 'acknowledge', 'appeal'] as const;
export type FormStep = (typeof FORM_STEPS)[number];

/** How the people of a cycle are chosen: everyone active, whole groups, or named people (or both). */
export interface CyclePeople {
  everyone: boolean;
  groupIds: string[];
  staffIds: string[];
}

export interface AppraisalCycle {
  id: string;
  /** JX-yyyy-nnn (绩效) */
  code: string;
  nameZh: string;
  nameEn: string | null;
  kind: CycleKind;
  periodFrom: string;
  periodTo: string;
  phase: CyclePhase;
  deadlines: PhaseDeadlines;
  /** Set at publication: the last day an appeal may be filed. */
  appealUntil: string | null;
  publishedAt: string | null;
  closedAt: string | null;
  /** Annual cycles: the weight (percent) of the period's quarterly results in the final score. */
  quarterWeight: number | null;
  /** The forms the reader may see in this cycle (the manager: all). */
  formCount: number;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** One person whose step in the current phase is not done, for the progress view and the to-dos. */
export interface PendingStep {
  formId: string;
  staffId: string;
  staffName: string;
  groupName: string | null;
  groupNameEn: string | null;
  step: FormStep;
  /** Who must act: the person, or their evaluator. */
  actorId: string;
  actorName: string;
  dueDate: string;
  late: boolean;
}

/** How far each step of the cycle has come, over the forms the reader may see. */
export interface CycleProgress {
  total: number;
  planAgreed: number;
  selfSubmitted: number;
  evaluationSubmitted: number;
  acknowledged: number;
  appealsOpen: number;
  /** The steps still due in the current phase (late ones first). */
  pending: PendingStep[];
}

export interface CycleDetail {
  cycle: AppraisalCycle;
  progress: CycleProgress;
  /** What the reader may do to the cycle now (main refuses the rest). */
  allowed: CycleAction[];
  /** Why the next phase cannot be entered yet: the number of forms still missing their step. */
  blockedBy: { step: FormStep; count: number } | null;
  /** The cycle's forms the reader may see, the removed ones last (they count nowhere). */
  forms: CycleForm[];
}

/** A form in its cycle's table: what the manager needs to hand it to another evaluator or take it out. */
export interface CycleForm extends FormSummary {
  version: number;
  removedAt: string | null;
  removedReason: string | null;
  /** What the reader may do to the form now. */
  allowed: FormAction[];
}

export const CYCLE_ACTIONS = ['advance', 'editDeadlines', 'close'] as const;
export type CycleAction = (typeof CYCLE_ACTIONS)[number];

/** Who a new cycle would take in, with their template and evaluator, before it is opened. */
export interface CyclePreviewRow {
  staffId: string;
  staffName: string;
  employeeNo: string;
  groupName: string | null;
  groupNameEn: string | null;
  position: string | null;
  templateId: string | null;
  templateName: string | null;
  evaluatorId: string | null;
  evaluatorName: string | null;
}
