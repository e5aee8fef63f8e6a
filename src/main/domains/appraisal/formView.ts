import type { AppraisalCycle } from '../../../shared/appraisal/cycles';
import { phaseReached } from '../../../shared/appraisal/cycles';
import type { AppraisalForm, FormAction, FormItem, FormSummary } from '../../../shared/appraisal/forms';
import { relationTo, type AppraisalViewer, type FormRelation } from './access';
import type { FormRow } from './repository/forms';

/*
 * A form as one reader may see it, and what they may do to it. Two things stay hidden even from those who may
 * read the form: the self-assessment from everyone but the person until it is submitted, and the evaluation
 * and result from the person until the cycle is published. Every appraisal read that returns a form (the
 * screens, the lists, the printables) goes through here.
 */

export interface FormContext {
  viewer: AppraisalViewer;
  cycle: Pick<AppraisalCycle, 'phase' | 'appealUntil'>;
  /** The China calendar date today. */
  today: string;
}

/** What the reader may do to the form now; the services refuse anything else (with the reason). */
export function formActions(row: FormRow, relation: FormRelation, c: FormContext): FormAction[] {
  const { phase } = c.cycle;
  const manager = c.viewer.role === 'manager';
  const self = relation === 'self';
  const evaluator = relation === 'evaluator';
  const out: FormAction[] = [];
  if (row.removedAt) return out;
  const planOpen = phase === 'goalSetting' && !row.planAgreedAt;
  if (planOpen && (self || evaluator)) out.push('editPlan');
  if (planOpen && (evaluator || (manager && !self))) out.push('agreePlan');
  if (phase === 'selfAssessment' && self && !row.selfSubmittedAt) out.push('editSelf');
  if (phase === 'supervisorReview' && evaluator && !row.evalSubmittedAt) out.push('evaluate');
  if (manager && !self) {
    if (phase === 'managerReview' && row.evalSubmittedAt) out.push('adjust');
    if (!phaseReached(phase, 'managerReview') && !row.evalSubmittedAt) out.push('reassignEvaluator');
    if (!phaseReached(phase, 'published')) out.push('remove');
    if (phase === 'published' && row.appealStatus === 'open') out.push('resolveAppeal');
  }
  if (phase === 'published' && self) {
    if (!row.acknowledgedAt) out.push('acknowledge');
    if (!row.appealStatus && c.cycle.appealUntil !== null && c.today <= c.cycle.appealUntil)
      out.push('appeal');
  }
  return out;
}

const hideSelf = (i: FormItem): FormItem => ({ ...i, selfScore: null, selfComment: null });
/** The evaluator's part of an item; a computed actual is the records' and stays. */
const hideEvaluation = (i: FormItem): FormItem => ({
  ...i,
  evalScore: null,
  evalComment: null,
  actual: i.source === 'manual' ? null : i.actual,
});

/** The form as `relation` may see it (the caller has checked there is a relation). */
export function toForm(
  row: FormRow,
  relation: FormRelation,
  c: FormContext,
  cycle: AppraisalCycle,
): AppraisalForm {
  const selfHidden = relation !== 'self' && !row.selfSubmittedAt;
  const resultHidden = relation === 'self' && !phaseReached(cycle.phase, 'published');
  let items = row.items;
  if (selfHidden) items = items.map(hideSelf);
  if (resultHidden) items = items.map(hideEvaluation);
  const appeal = row.appealFiledAt
    ? {
        reason: row.appealReason ?? '',
        filedAt: row.appealFiledAt,
        status: row.appealStatus!,
        note: row.appealNote,
        scoreBefore: row.appealScoreBefore,
        resolvedAt: row.appealResolvedAt,
        resolvedByName: row.appealResolvedByName,
      }
    : null;
  return {
    id: row.id,
    cycleId: cycle.id,
    cycleCode: cycle.code,
    cycleNameZh: cycle.nameZh,
    cycleNameEn: cycle.nameEn,
    cycleKind: cycle.kind,
    periodFrom: cycle.periodFrom,
    periodTo: cycle.periodTo,
    phase: cycle.phase,
    appealUntil: cycle.appealUntil,
    staffId: row.staffId,
    staffName: row.staffName,
    employeeNo: row.employeeNo,
    groupId: row.groupId,
    groupName: row.groupName,
    groupNameEn: row.groupNameEn,
    position: row.position,
    evaluatorId: row.evaluatorId,
    evaluatorName: row.evaluatorName,
    templateId: row.templateId,
    templateNameZh: row.templateNameZh,
    templateNameEn: row.templateNameEn,
    items,
    plan: row.plan,
    planAgreedAt: row.planAgreedAt,
    planAgreedByName: row.planAgreedByName,
    achievements: selfHidden ? null : row.achievements,
    shortfalls: selfHidden ? null : row.shortfalls,
    nextPlan: selfHidden ? null : row.nextPlan,
    selfSubmittedAt: row.selfSubmittedAt,
    selfTotal: selfHidden ? null : row.selfTotal,
    overallComment: resultHidden ? null : row.overallComment,
    evalSubmittedAt: row.evalSubmittedAt,
    evalTotal: resultHidden ? null : row.evalTotal,
    adjustedTotal: resultHidden ? null : row.adjustedTotal,
    adjustReason: resultHidden ? null : row.adjustReason,
    adjustedByName: resultHidden ? null : row.adjustedByName,
    adjustedAt: resultHidden ? null : row.adjustedAt,
    quarterMean: resultHidden ? null : row.quarterMean,
    finalScore: resultHidden ? null : row.finalScore,
    grade: resultHidden ? null : row.grade,
    acknowledgedAt: row.acknowledgedAt,
    appeal,
    removedAt: row.removedAt,
    removedReason: row.removedReason,
    allowed: formActions(row, relation, c),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    version: row.version,
  };
}

/** The form in a list, hidden the same way. */
export function toSummary(row: FormRow, relation: FormRelation, cycle: AppraisalCycle): FormSummary {
  const resultHidden = relation === 'self' && !phaseReached(cycle.phase, 'published');
  return {
    id: row.id,
    cycleId: cycle.id,
    cycleCode: cycle.code,
    cycleNameZh: cycle.nameZh,
    cycleNameEn: cycle.nameEn,
    cycleKind: cycle.kind,
    periodFrom: cycle.periodFrom,
    periodTo: cycle.periodTo,
    phase: cycle.phase,
    staffId: row.staffId,
    staffName: row.staffName,
    groupName: row.groupName,
    groupNameEn: row.groupNameEn,
    evaluatorId: row.evaluatorId,
    evaluatorName: row.evaluatorName,
    planAgreedAt: row.planAgreedAt,
    selfSubmittedAt: row.selfSubmittedAt,
    evalSubmittedAt: row.evalSubmittedAt,
    finalScore: resultHidden ? null : row.finalScore,
    grade: resultHidden ? null : row.grade,
    acknowledgedAt: row.acknowledgedAt,
    appealStatus: row.appealStatus,
  };
}

/** The reader's relation to a form row, or null when they may not see it. */
export const relationToRow = (viewer: AppraisalViewer, row: FormRow): FormRelation | null =>
  relationTo(viewer, row);
