import { z } from 'zod';
import { channel, type ParsedInputOf } from '../contract/channel';
import {
  type FieldsOutput,
  type FilePayload,
  calendarDate,
  id,
  locale,
  optionalText,
  requiredText,
  version,
} from '../contract/fields';
import { LIMITS } from '../contract/limits';
import type { NewCustomerRecord, RevenueRecord } from '../clients/appraisalSources';
import type { ProfitRecord } from '../contracts/appraisalSources';
import type { SatisfactionRecord } from '../service/appraisalSources';
import {
  CYCLE_KINDS,
  CYCLE_PHASES,
  type AppraisalCycle,
  type CycleDetail,
  type CyclePreviewRow,
} from './cycles';
import {
  APPEAL_OUTCOMES,
  FORM_SCOPES,
  type AppraisalForm,
  type AppraisalHistory,
  type ConsolidatedTable,
  type FormSummary,
} from './forms';
import { SCORE_RANGE } from './indicators';

/*
 * The appraisal's cycles and forms, in four maps by who writes their handlers: the cycle (manager), the forms
 * (person and evaluator), the review and result (manager review, publication, appeal), the printables.
 */

const wholeScore = () => z.number().int().min(SCORE_RANGE.min).max(SCORE_RANGE.max);
/** A final score as adjusted by the manager: 0–100, two decimals at most. */
const finalScore = () =>
  z
    .number()
    .min(SCORE_RANGE.min)
    .max(SCORE_RANGE.max)
    .refine((n) => Number.isInteger(Math.round(n * 100 * 1e6) / 1e6), { message: 'twoDecimals' });
/** A target or an actual: a non-negative figure in the indicator's unit (yuan, clients, points). */
const figure = () => z.number().min(0).max(1e12);

export const cyclePeopleFields = {
  everyone: z.boolean().default(false),
  groupIds: z.array(id()).max(50).default([]),
  staffIds: z.array(id()).max(2000).default([]),
};

export const deadlineFields = {
  goalSetting: calendarDate(),
  selfAssessment: calendarDate(),
  supervisorReview: calendarDate(),
  managerReview: calendarDate(),
};

/** What the manager's "open a cycle" form writes. */
export const cycleFields = {
  nameZh: requiredText(LIMITS.name),
  nameEn: optionalText(LIMITS.name),
  kind: z.enum(CYCLE_KINDS),
  periodFrom: calendarDate(),
  periodTo: calendarDate(),
  ...cyclePeopleFields,
  deadlines: z.strictObject(deadlineFields),
};
export type CycleInput = FieldsOutput<typeof cycleFields>;

export const cycleFilter = {
  kinds: z.array(z.enum(CYCLE_KINDS)).max(3).default([]),
  phases: z.array(z.enum(CYCLE_PHASES)).max(6).default([]),
  /** Cycles whose period touches this year. */
  year: z.number().int().min(2000).max(2100).nullable().default(null),
};

const formRef = { id: id(), version: version() };

/** The person's or the evaluator's plan: the plan text and a target (and a note) per quantitative indicator. */
export const planFields = {
  plan: optionalText(LIMITS.text),
  targets: z
    .array(
      z.strictObject({
        indicatorId: id(),
        target: figure().nullable(),
        planNote: optionalText(LIMITS.shortText),
      }),
    )
    .max(40)
    .default([]),
};

/** The self-assessment form 自评表: a score and a comment per indicator, and the three summaries. */
export const selfFields = {
  items: z
    .array(
      z.strictObject({
        indicatorId: id(),
        score: wholeScore().nullable(),
        comment: optionalText(LIMITS.text),
      }),
    )
    .max(40),
  achievements: optionalText(LIMITS.text),
  shortfalls: optionalText(LIMITS.text),
  nextPlan: optionalText(LIMITS.text),
};
export type SelfInput = FieldsOutput<typeof selfFields>;

/**
 * The evaluation form 评价表: per indicator a score (rated) or the actual (a manual quantitative indicator —
 * a computed one's actual comes from the records and cannot be typed over) and a comment; the overall comment.
 */
export const evaluationFields = {
  items: z
    .array(
      z.strictObject({
        indicatorId: id(),
        score: wholeScore().nullable().default(null),
        actual: figure().nullable().default(null),
        comment: optionalText(LIMITS.text),
      }),
    )
    .max(40),
  overallComment: optionalText(LIMITS.text),
};
export type EvaluationInput = FieldsOutput<typeof evaluationFields>;

/** The cycle itself: the manager opens it, sets its deadlines, moves its phases, arranges its people. */
export const appraisalCycleChannels = {
  'appraisal.listCycles': channel<AppraisalCycle[]>()({
    input: z.strictObject(cycleFilter),
    access: 'appraisal.read',
    kind: 'query',
  }),
  'appraisal.getCycle': channel<CycleDetail>()({
    input: z.strictObject({ id: id() }),
    access: 'appraisal.read',
    kind: 'query',
  }),
  /** Who a cycle with these people would take in, with each one's template and evaluator. */
  'appraisal.previewCycle': channel<CyclePreviewRow[]>()({
    input: z.strictObject(cyclePeopleFields),
    access: 'appraisal.cycles',
    kind: 'query',
  }),
  /** Opens a cycle in goal setting with one form per person (template and evaluator fixed now). */
  'appraisal.openCycle': channel<AppraisalCycle>()({
    input: z.strictObject(cycleFields),
    access: 'appraisal.cycles',
    kind: 'mutation',
    changes: ['appraisalCycle', 'appraisalForm'],
  }),
  'appraisal.updateDeadlines': channel<AppraisalCycle>()({
    input: z.strictObject({ id: id(), version: version(), deadlines: z.strictObject(deadlineFields) }),
    access: 'appraisal.cycles',
    kind: 'mutation',
    changes: ['appraisalCycle'],
  }),
  /**
   * Moves the cycle to its next phase; refused while a form is missing the current phase's step (the count is
   * named). Publishing computes and keeps every result and opens the appeal window; closing needs the window
   * over and every appeal resolved.
   */
  'appraisal.advanceCycle': channel<AppraisalCycle>()({
    input: z.strictObject({ id: id(), version: version() }),
    access: 'appraisal.cycles',
    kind: 'mutation',
    changes: ['appraisalCycle', 'appraisalForm'],
  }),
  /** The manager hands a form not yet evaluated to another evaluator. */
  'appraisal.reassignEvaluator': channel<AppraisalForm>()({
    input: z.strictObject({ ...formRef, evaluatorId: id() }),
    access: 'appraisal.cycles',
    kind: 'mutation',
    changes: ['appraisalForm'],
  }),
  /** The manager takes a person out of a cycle before publication (left, long leave), with the reason. */
  'appraisal.removeFromCycle': channel<AppraisalForm>()({
    input: z.strictObject({ ...formRef, reason: requiredText(LIMITS.text) }),
    access: 'appraisal.cycles',
    kind: 'mutation',
    changes: ['appraisalForm', 'appraisalCycle'],
  }),
};

/** The forms: the plan, the self-assessment, the evaluation, by the person and their evaluator. */
export const appraisalFormChannels = {
  'appraisal.listForms': channel<FormSummary[]>()({
    input: z.strictObject({
      scope: z.enum(FORM_SCOPES).default('mine'),
      cycleId: id().nullable().default(null),
    }),
    access: 'appraisal.read',
    kind: 'query',
  }),
  'appraisal.getForm': channel<AppraisalForm>()({
    input: z.strictObject({ id: id() }),
    access: 'appraisal.read',
    kind: 'query',
  }),
  /** The records a computed indicator's actual counts (its drill-down). */
  'appraisal.sourceRecords': channel<SourceRecords>()({
    input: z.strictObject({ formId: id(), indicatorId: id() }),
    access: 'appraisal.read',
    kind: 'query',
  }),
  /** Goal setting: the person or their evaluator writes the plan and targets, until the evaluator agrees it. */
  'appraisal.savePlan': channel<AppraisalForm>()({
    input: z.strictObject({ ...formRef, ...planFields }),
    access: 'appraisal.read',
    kind: 'mutation',
    changes: ['appraisalForm'],
  }),
  /** The evaluator agrees the plan (every quantitative indicator needs a target). */
  'appraisal.agreePlan': channel<AppraisalForm>()({
    input: z.strictObject(formRef),
    access: 'appraisal.read',
    kind: 'mutation',
    changes: ['appraisalForm'],
  }),
  /** The person saves their self-assessment as a draft (any field may be empty). */
  'appraisal.saveSelf': channel<AppraisalForm>()({
    input: z.strictObject({ ...formRef, ...selfFields }),
    access: 'appraisal.read',
    kind: 'mutation',
    changes: ['appraisalForm'],
  }),
  /** The person saves and submits it, once: every indicator scored; no edits after. */
  'appraisal.submitSelf': channel<AppraisalForm>()({
    input: z.strictObject({ ...formRef, ...selfFields }),
    access: 'appraisal.read',
    kind: 'mutation',
    changes: ['appraisalForm'],
  }),
  /** The evaluator saves the evaluation as a draft. */
  'appraisal.saveEvaluation': channel<AppraisalForm>()({
    input: z.strictObject({ ...formRef, ...evaluationFields }),
    access: 'appraisal.read',
    kind: 'mutation',
    changes: ['appraisalForm'],
  }),
  /** The evaluator saves and submits it, once: every indicator scored, the overall comment written. */
  'appraisal.submitEvaluation': channel<AppraisalForm>()({
    input: z.strictObject({ ...formRef, ...evaluationFields }),
    access: 'appraisal.read',
    kind: 'mutation',
    changes: ['appraisalForm'],
  }),
};

/** Manager review, publication and appeal; a person's history. */
export const appraisalReviewChannels = {
  /** The consolidated table (the manager: everyone; leads and deputies: their groups' rows). */
  'appraisal.consolidated': channel<ConsolidatedTable>()({
    input: z.strictObject({ cycleId: id() }),
    access: 'appraisal.review',
    kind: 'query',
  }),
  'appraisal.exportConsolidated': channel<FilePayload>()({
    input: z.strictObject({ cycleId: id(), locale: locale() }),
    access: 'appraisal.review',
    kind: 'query',
  }),
  /** Manager review: sets (or, with null, clears) a person's final score, always with the reason. */
  'appraisal.adjustScore': channel<AppraisalForm>()({
    input: z.strictObject({ ...formRef, total: finalScore().nullable(), reason: requiredText(LIMITS.text) }),
    access: 'appraisal.cycles',
    kind: 'mutation',
    changes: ['appraisalForm'],
  }),
  /** The person acknowledges their published result. */
  'appraisal.acknowledge': channel<AppraisalForm>()({
    input: z.strictObject(formRef),
    access: 'appraisal.read',
    kind: 'mutation',
    changes: ['appraisalForm'],
  }),
  /** The person appeals 申诉 their result, once, inside the appeal window, with the reason. */
  'appraisal.appeal': channel<AppraisalForm>()({
    input: z.strictObject({ ...formRef, reason: requiredText(LIMITS.text) }),
    access: 'appraisal.read',
    kind: 'mutation',
    changes: ['appraisalForm'],
  }),
  /** The manager resolves an appeal: upholds the result, or adjusts the final score; the note is required. */
  'appraisal.resolveAppeal': channel<AppraisalForm>()({
    input: z.strictObject({
      ...formRef,
      outcome: z.enum(APPEAL_OUTCOMES),
      note: requiredText(LIMITS.text),
      total: finalScore().nullable().default(null),
    }),
    access: 'appraisal.cycles',
    kind: 'mutation',
    changes: ['appraisalForm'],
  }),
  /** A person's published results over the cycles (the person and those who oversee them). */
  'appraisal.history': channel<AppraisalHistory>()({
    input: z.strictObject({ staffId: id() }),
    access: 'appraisal.read',
    kind: 'query',
  }),
};

/** The printables, A4 PDF in the chosen language. */
export const appraisalPrintChannels = {
  /** The self-assessment form 自评表 as filled in, with signature and date lines. */
  'appraisal.printSelf': channel<FilePayload>()({
    input: z.strictObject({ id: id(), locale: locale() }),
    access: 'appraisal.read',
    kind: 'query',
  }),
  /** The evaluation form 评价表 as filled in, with signature and date lines. */
  'appraisal.printEvaluation': channel<FilePayload>()({
    input: z.strictObject({ id: id(), locale: locale() }),
    access: 'appraisal.read',
    kind: 'query',
  }),
  /** The cycle result summary: the grade distribution chart and the results by group. */
  'appraisal.printSummary': channel<FilePayload>()({
    input: z.strictObject({ cycleId: id(), locale: locale() }),
    access: 'appraisal.review',
    kind: 'query',
  }),
  /** A person's appraisal history. */
  'appraisal.printHistory': channel<FilePayload>()({
    input: z.strictObject({ staffId: id(), locale: locale() }),
    access: 'appraisal.read',
    kind: 'query',
  }),
};

/** A computed indicator's drill-down: the records its actual counts, by source. */
export type SourceRecords =
  | { source: 'revenue'; periodFrom: string; periodTo: string; records: RevenueRecord[] }
  | { source: 'newClients'; periodFrom: string; periodTo: string; records: NewCustomerRecord[] }
  | { source: 'satisfaction'; periodFrom: string; periodTo: string; records: SatisfactionRecord[] }
  /** Every signed contract of the period; those whose cost is not recorded (profitFen null) are not counted. */
  | { source: 'profit'; periodFrom: string; periodTo: string; records: ProfitRecord[] };

type AllChannels = typeof appraisalCycleChannels &
  typeof appraisalFormChannels &
  typeof appraisalReviewChannels &
  typeof appraisalPrintChannels;
type Parsed<C extends keyof AllChannels> = ParsedInputOf<AllChannels[C]>;
export type CycleFilter = Parsed<'appraisal.listCycles'>;
export type PlanInput = Omit<Parsed<'appraisal.savePlan'>, 'id' | 'version'>;
