import type { PhaseDeadlines } from '../../../shared/appraisal/cycles';
import { DEADLINE_PHASES, phaseReached } from '../../../shared/appraisal/cycles';
import type { AppraisalForm } from '../../../shared/appraisal/forms';
import { AppError, fieldError, type FieldError } from '../../../shared/contract/errors';
import { diffRecords } from '../../core/auditDiff';
import type { UserCtx } from '../../core/context';
import { mutate } from '../../core/mutation';
import { conflict, notFound } from '../../core/refusals';
import { relationTo } from './access';
import { cycleAuditView } from './cycles';
import { appraisalBook, cycleRow, toCycle } from './cycleView';
import { toForm } from './formView';
import * as cycles from './repository/cycles';
import type { CycleRow } from './repository/cycles';
import * as forms from './repository/forms';
import type { FormRow } from './repository/forms';
import { isActiveStaff } from './repository/people';
import type { Db } from '../../db/connection';

/*
 * The manager arranging a running cycle: its deadlines (in phase order, until it is closed), who evaluates a
 * form (until the evaluation is in and before manager review), who is in it (until publication; a removed form
 * stays, with the reason, and counts nowhere).
 */

/** The write-side of a cycle row, to change a few fields and write it back. */
export function cycleWriteOf(r: CycleRow): cycles.CycleWrite {
  return {
    nameZh: r.nameZh,
    nameEn: r.nameEn,
    kind: r.kind,
    periodFrom: r.periodFrom,
    periodTo: r.periodTo,
    phase: r.phase,
    goalSettingDue: r.goalSettingDue,
    selfAssessmentDue: r.selfAssessmentDue,
    supervisorReviewDue: r.supervisorReviewDue,
    managerReviewDue: r.managerReviewDue,
    quarterWeight: r.quarterWeight,
    appealUntil: r.appealUntil,
    publishedAt: r.publishedAt,
    closedAt: r.closedAt,
  };
}

/** Each deadline on or after the one before it, by field. */
export function deadlineProblems(d: PhaseDeadlines): Record<string, FieldError> {
  const fields: Record<string, FieldError> = {};
  DEADLINE_PHASES.forEach((phase, i) => {
    const before = DEADLINE_PHASES[i - 1];
    if (before && d[phase] < d[before])
      fields[`deadlines.${phase}`] = { key: 'validation.appraisalDeadlineOrder' };
  });
  return fields;
}

export function updateDeadlines(ctx: UserCtx, id: string, version: number, deadlines: PhaseDeadlines) {
  return mutate(ctx, (m) => {
    const before = cycleRow(m, id);
    if (before.version !== version) throw conflict('appraisalCycle');
    if (before.phase === 'closed') throw new AppError('INVALID_STATE', 'a closed cycle keeps its deadlines');
    const problems = deadlineProblems(deadlines);
    if (Object.keys(problems).length)
      throw new AppError('VALIDATION', 'deadlines out of order', { fields: problems });
    m.versioned(
      'appraisalCycle',
      cycles.updateCycle(
        m.db,
        id,
        version,
        {
          ...cycleWriteOf(before),
          goalSettingDue: deadlines.goalSetting,
          selfAssessmentDue: deadlines.selfAssessment,
          supervisorReviewDue: deadlines.supervisorReview,
          managerReviewDue: deadlines.managerReview,
        },
        m.stamp,
      ),
    );
    const after = toCycle(cycles.getCycleRow(m.db, id)!);
    m.audit({
      entity: 'appraisalCycle',
      entityId: id,
      action: 'deadlines',
      changes: diffRecords(cycleAuditView(toCycle(before)), cycleAuditView(after)),
    });
    return after;
  });
}

/** The form for the manager's change: it exists, the version is current, it is still in the cycle. */
function formForChange(db: Db, id: string, version: number): FormRow {
  const row = forms.getFormRow(db, id);
  if (!row) throw notFound('appraisalForm');
  if (row.version !== version) throw conflict('appraisalForm');
  if (row.removedAt) throw new AppError('INVALID_STATE', 'the form was taken out of its cycle');
  return row;
}

/** The form as the manager now sees it. */
function formAfter(ctx: UserCtx, db: Db, id: string): AppraisalForm {
  const row = forms.getFormRow(db, id)!;
  const cycle = toCycle(cycles.getCycleRow(db, row.cycleId)!);
  const relation = relationTo(ctx.user, row) ?? 'manager';
  return toForm(row, relation, { viewer: ctx.user, cycle, today: appraisalBook(ctx).today }, cycle);
}

export function reassignEvaluator(ctx: UserCtx, id: string, version: number, evaluatorId: string) {
  return mutate(ctx, (m) => {
    const before = formForChange(m.db, id, version);
    const cycle = cycleRow(m, before.cycleId);
    if (before.evalSubmittedAt || phaseReached(cycle.phase, 'managerReview'))
      throw new AppError('INVALID_STATE', 'the evaluation is in: the evaluator stays');
    if (evaluatorId === before.staffId) throw fieldError('evaluatorId', 'validation.appraisalEvaluatorSelf');
    if (evaluatorId === before.evaluatorId)
      throw fieldError('evaluatorId', 'validation.appraisalEvaluatorSame');
    if (!isActiveStaff(m.db, evaluatorId))
      throw fieldError('evaluatorId', 'validation.appraisalEvaluatorInactive');
    m.versioned(
      'appraisalForm',
      forms.updateForm(m.db, id, version, { ...forms.writeOf(before), evaluatorId }, m.stamp),
    );
    m.audit({
      entity: 'appraisalForm',
      entityId: id,
      action: 'reassignEvaluator',
      changes: diffRecords({ evaluatorId: before.evaluatorId }, { evaluatorId }),
    });
    return formAfter(ctx, m.db, id);
  });
}

export function removeFromCycle(ctx: UserCtx, id: string, version: number, reason: string) {
  return mutate(ctx, (m) => {
    const before = formForChange(m.db, id, version);
    const cycle = cycleRow(m, before.cycleId);
    if (phaseReached(cycle.phase, 'published'))
      throw new AppError('INVALID_STATE', 'results are published: everyone in the cycle stays');
    m.versioned(
      'appraisalForm',
      forms.updateForm(
        m.db,
        id,
        version,
        { ...forms.writeOf(before), removedAt: m.stamp.at, removedBy: m.stamp.by, removedReason: reason },
        m.stamp,
      ),
    );
    m.audit({
      entity: 'appraisalForm',
      entityId: id,
      action: 'remove',
      changes: diffRecords({ removedReason: null }, { removedReason: reason }),
    });
    return formAfter(ctx, m.db, id);
  });
}
