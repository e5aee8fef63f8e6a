import type { EvaluationInput, PlanInput, SelfInput } from '../../../shared/appraisal/channels';
import type { CyclePhase } from '../../../shared/appraisal/cycles';
import type { AppraisalForm, FormItem } from '../../../shared/appraisal/forms';
import { evalScoreOf, evalTotalOf, formulaScore, selfTotalOf } from '../../../shared/appraisal/scoring';
import { AppError, type FieldError } from '../../../shared/contract/errors';
import { diffRecords } from '../../core/auditDiff';
import type { UserCtx } from '../../core/context';
import { mutate, type Mutation } from '../../core/mutation';
import { conflict, fieldRefusal } from '../../core/refusals';
import { isComputed, liveActuals } from './computedActuals';
import { formFor, readableForm, type ReadableForm } from './forms';
import { getFormRow, updateForm, writeOf, type FormRow, type FormWrite } from './repository/forms';

/*
 * The per-person steps (六(三)): the plan and targets agreed at goal setting, the self-assessment 自评表, the
 * evaluation 评价表. Each step is its person's alone — the plan the person's and the evaluator's until the
 * evaluator agrees it, the self-assessment the person's, the evaluation the evaluator's — in its phase, and a
 * submitted form stays as it was submitted. formView.formActions shows the same rule to the screen; here
 * every other move is refused with its reason and nothing written.
 */

type Ref = { id: string; version: number };

/** A refusal of the move itself (not of a field): its reason shown as the form's message. */
const stepRefusal = (code: 'INVALID_STATE' | 'FORBIDDEN', key: string, params?: FieldError['params']) =>
  new AppError(code, key, {
    fields: { form: params ? { key: `validation.${key}`, params } : { key: `validation.${key}` } },
  });

const fieldsRefusal = (fields: Record<string, FieldError>) =>
  new AppError('VALIDATION', 'the form has problems', { fields });

/** The form for a step: readable (else NOT_FOUND), the version read, not removed, in the step's phase. */
function formInPhase(m: Mutation<UserCtx>, ref: Ref, phase: CyclePhase): ReadableForm {
  const f = readableForm(m, ref.id);
  if (f.row.version !== ref.version) throw conflict('appraisalForm');
  if (f.row.removedAt) throw stepRefusal('INVALID_STATE', 'appraisalFormRemoved');
  if (f.cycle.phase !== phase) throw stepRefusal('INVALID_STATE', 'appraisalNotInPhase', { phase });
  return f;
}

/** Writes the form back with its audit row; returns it as the writer now sees it. */
function write(
  m: Mutation<UserCtx>,
  f: ReadableForm,
  next: FormWrite,
  action: string,
  view: (w: FormWrite) => Record<string, unknown>,
): AppraisalForm {
  m.versioned('appraisalForm', updateForm(m.db, f.row.id, f.row.version, next, m.stamp));
  m.audit({
    entity: 'appraisalForm',
    entityId: f.row.id,
    action,
    changes: diffRecords(view(writeOf(f.row)), view(next)),
  });
  return formFor(m, { ...f, row: getFormRow(m.db, f.row.id)! });
}

/** Indicators with a figure, as the trail shows a template's weights: "name figure"; the empty ones left out. */
const figures = (items: readonly FormItem[], pick: (i: FormItem) => number | null) =>
  items.flatMap((i) => {
    const v = pick(i);
    return v === null ? [] : [{ indicatorId: i.indicatorId, weight: v }];
  });

const itemOn = (items: readonly FormItem[], id: string) => items.find((i) => i.indicatorId === id);

/** The indicators of the input that are not on the form, as field errors under `prefix.<id>.<leaf>`. */
function strangers(
  items: readonly FormItem[],
  ids: readonly string[],
  path: (id: string) => string,
): Record<string, FieldError> {
  const out: Record<string, FieldError> = {};
  for (const id of ids) if (!itemOn(items, id)) out[path(id)] = { key: 'validation.appraisalNotOnForm' };
  return out;
}

// Goal setting

const planView = (w: FormWrite) => ({
  plan: w.plan,
  targets: figures(w.items, (i) => i.target),
  planAgreedAt: w.planAgreedAt,
});

/** The person or their evaluator writes the plan and targets, until the evaluator agrees it. */
export function savePlan(ctx: UserCtx, ref: Ref, input: PlanInput): AppraisalForm {
  return mutate(ctx, (m) => {
    const f = formInPhase(m, ref, 'goalSetting');
    if (f.relation !== 'self' && f.relation !== 'evaluator')
      throw fieldRefusal('FORBIDDEN', 'plan', 'validation.appraisalOnlyPersonOrEvaluator');
    if (f.row.planAgreedAt) throw stepRefusal('INVALID_STATE', 'appraisalPlanAgreed');
    const problems = strangers(
      f.row.items,
      input.targets.map((t) => t.indicatorId),
      (id) => `targets.${id}`,
    );
    for (const t of input.targets) {
      const item = itemOn(f.row.items, t.indicatorId);
      if (item && item.scoring !== 'quantitative' && t.target !== null)
        problems[`targets.${t.indicatorId}`] = { key: 'validation.appraisalNoTargetForRated' };
    }
    if (Object.keys(problems).length) throw fieldsRefusal(problems);
    const given = new Map(input.targets.map((t) => [t.indicatorId, t]));
    const items = f.row.items.map((i) => {
      const t = given.get(i.indicatorId);
      return t ? { ...i, target: t.target, planNote: t.planNote } : i;
    });
    return write(m, f, { ...writeOf(f.row), plan: input.plan, items }, 'savePlan', planView);
  });
}

/** The evaluator (or the manager) agrees the plan: every quantitative indicator needs a positive target. */
export function agreePlan(ctx: UserCtx, ref: Ref): AppraisalForm {
  return mutate(ctx, (m) => {
    const f = formInPhase(m, ref, 'goalSetting');
    const mayAgree = f.relation === 'evaluator' || (f.relation === 'manager' && m.user.role === 'manager');
    if (!mayAgree) throw fieldRefusal('FORBIDDEN', 'plan', 'validation.appraisalOnlyEvaluatorAgrees');
    if (f.row.planAgreedAt) throw stepRefusal('INVALID_STATE', 'appraisalPlanAgreed');
    const problems: Record<string, FieldError> = {};
    for (const i of f.row.items)
      if (i.scoring === 'quantitative' && !(i.target !== null && i.target > 0))
        problems[`targets.${i.indicatorId}`] = { key: 'validation.appraisalTargetRequired' };
    if (Object.keys(problems).length) throw fieldsRefusal(problems);
    return write(
      m,
      f,
      { ...writeOf(f.row), planAgreedAt: m.stamp.at, planAgreedBy: m.stamp.by },
      'agreePlan',
      planView,
    );
  });
}

// The self-assessment 自评表

const selfView = (w: FormWrite) => ({
  selfScores: figures(w.items, (i) => i.selfScore),
  achievements: w.achievements,
  shortfalls: w.shortfalls,
  nextPlan: w.nextPlan,
  selfTotal: w.selfTotal,
  selfSubmittedAt: w.selfSubmittedAt,
});

function selfStep(ctx: UserCtx, ref: Ref, input: SelfInput, submit: boolean): AppraisalForm {
  return mutate(ctx, (m) => {
    const f = formInPhase(m, ref, 'selfAssessment');
    if (f.relation !== 'self') throw fieldRefusal('FORBIDDEN', 'items', 'validation.appraisalOnlyPerson');
    if (f.row.selfSubmittedAt) throw stepRefusal('INVALID_STATE', 'appraisalAlreadySubmitted');
    const problems = strangers(
      f.row.items,
      input.items.map((i) => i.indicatorId),
      (id) => `items.${id}.score`,
    );
    if (Object.keys(problems).length) throw fieldsRefusal(problems);
    const given = new Map(input.items.map((i) => [i.indicatorId, i]));
    const items = f.row.items.map((i) => {
      const g = given.get(i.indicatorId);
      return g ? { ...i, selfScore: g.score, selfComment: g.comment } : i;
    });
    const next: FormWrite = {
      ...writeOf(f.row),
      items,
      achievements: input.achievements,
      shortfalls: input.shortfalls,
      nextPlan: input.nextPlan,
    };
    if (submit) {
      for (const i of items)
        if (i.selfScore === null)
          problems[`items.${i.indicatorId}.score`] = { key: 'validation.appraisalScoreRequired' };
      if (Object.keys(problems).length) throw fieldsRefusal(problems);
      next.selfTotal = selfTotalOf(items);
      next.selfSubmittedAt = m.stamp.at;
    }
    return write(m, f, next, submit ? 'submitSelf' : 'saveSelf', selfView);
  });
}

/** The person saves their self-assessment as a draft (anything may still be empty). */
export const saveSelf = (ctx: UserCtx, ref: Ref, input: SelfInput) => selfStep(ctx, ref, input, false);
/** The person submits it, once: every indicator scored; the self total kept. */
export const submitSelf = (ctx: UserCtx, ref: Ref, input: SelfInput) => selfStep(ctx, ref, input, true);

// The evaluation 评价表

const evaluationView = (w: FormWrite) => ({
  evalScores: figures(w.items, (i) => i.evalScore),
  actuals: figures(w.items, (i) => (i.source === 'manual' ? i.actual : null)),
  overallComment: w.overallComment,
  evalTotal: w.evalTotal,
  evalSubmittedAt: w.evalSubmittedAt,
});

/** What is wrong with one indicator of the evaluation as given (its score, its actual). */
function evaluationItemProblems(
  item: FormItem,
  given: EvaluationInput['items'][number],
  out: Record<string, FieldError>,
): void {
  const at = (leaf: string) => `items.${item.indicatorId}.${leaf}`;
  if (item.scoring === 'rated') {
    if (given.actual !== null) out[at('actual')] = { key: 'validation.appraisalNoActualForRated' };
    return;
  }
  if (isComputed(item) && given.actual !== null)
    out[at('actual')] = { key: 'validation.appraisalComputedActual' };
  // A quantitative score is the formula's; only a computed indicator with nothing measured is scored by hand.
  const byHand = isComputed(item) && item.actual === null;
  if (given.score !== null && !byHand) out[at('score')] = { key: 'validation.appraisalScoreByFormula' };
}

/** Why an indicator has no score yet, at submission. */
function missingScore(item: FormItem): [string, FieldError] | null {
  if (evalScoreOf(item) !== null) return null;
  const at = (leaf: string) => `items.${item.indicatorId}.${leaf}`;
  if (item.scoring === 'rated') return [at('score'), { key: 'validation.appraisalScoreRequired' }];
  if (item.target === null || item.target <= 0) return [at('score'), { key: 'validation.appraisalNoTarget' }];
  if (item.source === 'manual') return [at('actual'), { key: 'validation.appraisalActualRequired' }];
  return [at('score'), { key: 'validation.appraisalScoreRequired' }];
}

function evaluationStep(ctx: UserCtx, ref: Ref, input: EvaluationInput, submit: boolean): AppraisalForm {
  return mutate(ctx, (m) => {
    const f = formInPhase(m, ref, 'supervisorReview');
    if (f.relation !== 'evaluator')
      throw fieldRefusal('FORBIDDEN', 'items', 'validation.appraisalOnlyEvaluator');
    if (f.row.evalSubmittedAt) throw stepRefusal('INVALID_STATE', 'appraisalAlreadySubmitted');
    const [live] = liveActuals(m, f.cycle, [f.row]) as [FormRow];
    const problems = strangers(
      f.row.items,
      input.items.map((i) => i.indicatorId),
      (id) => `items.${id}.score`,
    );
    const given = new Map(input.items.map((i) => [i.indicatorId, i]));
    for (const item of live.items) {
      const g = given.get(item.indicatorId);
      if (g) evaluationItemProblems(item, g, problems);
    }
    if (Object.keys(problems).length) throw fieldsRefusal(problems);
    // Stored: what the evaluator wrote; a computed actual stays the records' (kept at publication).
    const stored = f.row.items.map((i, n) => {
      const g = given.get(i.indicatorId);
      const liveItem = live.items[n]!;
      const actual = i.scoring === 'quantitative' && !isComputed(i) && g ? g.actual : i.actual;
      const handScore = g ? g.score : i.evalScore;
      const evalScore =
        i.scoring === 'rated'
          ? handScore
          : isComputed(i)
            ? evalScoreOf({ ...liveItem, evalScore: handScore })
            : formulaScore({ ...i, actual });
      return { ...i, actual, evalScore, evalComment: g ? g.comment : i.evalComment };
    });
    const next: FormWrite = { ...writeOf(f.row), items: stored, overallComment: input.overallComment };
    if (submit) {
      const scored = stored.map((i, n) => (isComputed(i) ? { ...i, actual: live.items[n]!.actual } : i));
      for (const i of scored) {
        const missing = missingScore(i);
        if (missing) problems[missing[0]] = missing[1];
      }
      if (!input.overallComment)
        problems.overallComment = { key: 'validation.appraisalOverallCommentRequired' };
      if (Object.keys(problems).length) throw fieldsRefusal(problems);
      next.evalTotal = evalTotalOf(scored);
      next.evalSubmittedAt = m.stamp.at;
    }
    return write(m, f, next, submit ? 'submitEvaluation' : 'saveEvaluation', evaluationView);
  });
}

/** The evaluator saves the evaluation as a draft. */
export const saveEvaluation = (ctx: UserCtx, ref: Ref, input: EvaluationInput) =>
  evaluationStep(ctx, ref, input, false);
/** The evaluator submits it, once: every indicator scored, the overall comment written; the total kept. */
export const submitEvaluation = (ctx: UserCtx, ref: Ref, input: EvaluationInput) =>
  evaluationStep(ctx, ref, input, true);
