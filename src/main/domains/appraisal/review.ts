import { phaseReached } from '../../../shared/appraisal/cycles';
import type { AppealOutcome, AppraisalForm } from '../../../shared/appraisal/forms';
import { gradeOf } from '../../../shared/appraisal/scoring';
import { AppError } from '../../../shared/contract/errors';
import { diffRecords } from '../../core/auditDiff';
import type { UserCtx } from '../../core/context';
import { mutate, type Mutation } from '../../core/mutation';
import { conflict, fieldRefusal, notFound } from '../../core/refusals';
import { relationTo, type FormRelation } from './access';
import { appraisalBook, cycleRow, toCycle, type AppraisalBook } from './cycleView';
import { toForm } from './formView';
import * as forms from './repository/forms';
import type { FormRow, FormWrite } from './repository/forms';
import { liveResults } from './results';

/*
 * Manager review and the result (六(三)4): the manager adjusts a person's final score (always with the
 * reason, audited before → after); once published, the person acknowledges the result and may appeal 申诉
 * once inside the window with the reason; the manager resolves the appeal by upholding the result or
 * adjusting it, with a note. Each refusal is specific and changes nothing.
 */

interface Loaded {
  row: FormRow;
  relation: FormRelation;
  cycle: ReturnType<typeof toCycle>;
  book: AppraisalBook;
}

/** The form as the reader may see it; NOT_FOUND when it is missing or not theirs to see. */
function load(ctx: UserCtx, id: string, version?: number): Loaded {
  const row = forms.getFormRow(ctx.db, id);
  const relation = row ? relationTo(ctx.user, row) : null;
  if (!row || !relation) throw notFound('appraisalForm');
  if (version !== undefined && row.version !== version) throw conflict('appraisalForm');
  return { row, relation, cycle: toCycle(cycleRow(ctx, row.cycleId)), book: appraisalBook(ctx) };
}

/** The form as the caller now sees it; before publication its computed actuals and totals are live. */
export function formOut(ctx: UserCtx, row: FormRow, relation: FormRelation): AppraisalForm {
  const cycle = toCycle(cycleRow(ctx, row.cycleId));
  const book = appraisalBook(ctx);
  let shown = row;
  if (!phaseReached(cycle.phase, 'published')) {
    const r = liveResults(ctx, cycle, [row], book.settings).get(row.id)!;
    shown = { ...row, ...r };
  }
  return toForm(shown, relation, { viewer: ctx.user, cycle, today: book.today }, cycle);
}

/** An illegal move, with the translated reason under `field` (the appeal's under its reason). */
const state = (message: string, key: string, params?: Record<string, string | number>, field = 'form') =>
  new AppError('INVALID_STATE', message, { params, fields: { [field]: params ? { key, params } : { key } } });

/** Writes the form back with the changes and the audit row (changes before → after of `fields`). */
function write(
  m: Mutation<UserCtx>,
  row: FormRow,
  patch: Partial<FormWrite>,
  action: string,
  audited: Record<string, unknown>,
  auditedBefore: Record<string, unknown>,
): AppraisalForm {
  m.versioned(
    'appraisalForm',
    forms.updateForm(m.db, row.id, row.version, { ...forms.writeOf(row), ...patch }, m.stamp),
  );
  m.audit({
    entity: 'appraisalForm',
    entityId: row.id,
    action,
    changes: diffRecords(auditedBefore, audited),
  });
  const after = forms.getFormRow(m.db, row.id)!;
  return formOut(m, after, relationTo(m.user, after)!);
}

/**
 * The manager sets (or, with null, clears) the person's final score in manager review, on an evaluation
 * submitted, with the reason; the trail keeps the score before and after and the reason.
 */
export function adjustScore(
  ctx: UserCtx,
  id: string,
  version: number,
  total: number | null,
  reason: string,
): AppraisalForm {
  return mutate(ctx, (m) => {
    const { row, relation, cycle } = load(m, id, version);
    if (m.user.role !== 'manager' || relation === 'self') throw notFound('appraisalForm');
    if (row.removedAt) throw state('the form was taken out of the cycle', 'validation.appraisalFormRemoved');
    if (cycle.phase !== 'managerReview')
      throw state('scores are adjusted in manager review', 'validation.appraisalNotManagerReview');
    if (!row.evalSubmittedAt)
      throw state('the evaluation is not submitted', 'validation.appraisalNotEvaluated');
    const adjusted =
      total === null
        ? { adjustedTotal: null, adjustReason: null, adjustedBy: null, adjustedAt: null }
        : { adjustedTotal: total, adjustReason: reason, adjustedBy: m.stamp.by, adjustedAt: m.stamp.at };
    return write(
      m,
      row,
      adjusted,
      'adjust_score',
      { adjustedTotal: total, adjustReason: reason },
      { adjustedTotal: row.adjustedTotal, adjustReason: row.adjustReason },
    );
  });
}

/** The person acknowledges their published result, once. */
export function acknowledge(ctx: UserCtx, id: string, version: number): AppraisalForm {
  return mutate(ctx, (m) => {
    const { row, relation, cycle } = load(m, id, version);
    if (relation !== 'self') throw new AppError('FORBIDDEN', 'only the person acknowledges their result');
    if (row.removedAt) throw state('the form was taken out of the cycle', 'validation.appraisalFormRemoved');
    if (cycle.phase !== 'published')
      throw state('only a published result is acknowledged', 'validation.appraisalNotPublished');
    if (row.acknowledgedAt) throw state('already acknowledged', 'validation.appraisalAlreadyAcknowledged');
    return write(m, row, { acknowledgedAt: m.stamp.at }, 'acknowledge', { acknowledgedAt: m.stamp.at }, {});
  });
}

/** The person appeals their published result, once, until the window's last day, with the reason. */
export function appeal(ctx: UserCtx, id: string, version: number, reason: string): AppraisalForm {
  return mutate(ctx, (m) => {
    const { row, relation, cycle, book } = load(m, id, version);
    if (relation !== 'self') throw new AppError('FORBIDDEN', 'only the person appeals their result');
    if (row.removedAt) throw state('the form was taken out of the cycle', 'validation.appraisalFormRemoved');
    if (row.appealFiledAt) throw state('appealed already', 'validation.alreadyAppealed', undefined, 'reason');
    if (cycle.phase !== 'published' || cycle.appealUntil === null || book.today > cycle.appealUntil)
      throw state(
        'the appeal window is closed',
        'validation.appealWindowClosed',
        { date: cycle.appealUntil ?? '' },
        'reason',
      );
    const filed = {
      appealReason: reason,
      appealFiledAt: m.stamp.at,
      appealStatus: 'open' as const,
      appealScoreBefore: row.finalScore,
    };
    return write(m, row, filed, 'appeal', { appealReason: reason, appealStatus: 'open' }, {});
  });
}

/**
 * The manager resolves an open appeal: upheld (the result stands) or adjusted (the new final score is
 * required; the grade follows it), with the note either way.
 */
export function resolveAppeal(
  ctx: UserCtx,
  id: string,
  version: number,
  outcome: AppealOutcome,
  note: string,
  total: number | null,
): AppraisalForm {
  return mutate(ctx, (m) => {
    const { row, relation, cycle, book } = load(m, id, version);
    if (m.user.role !== 'manager' || relation === 'self') throw notFound('appraisalForm');
    if (cycle.phase !== 'published' || row.appealStatus !== 'open')
      throw state('no open appeal', 'validation.appraisalNoOpenAppeal');
    if (outcome === 'adjusted' && total === null)
      throw fieldRefusal('VALIDATION', 'total', 'validation.appraisalAdjustedTotal');
    const resolved: Partial<FormWrite> = {
      appealStatus: outcome,
      appealNote: note,
      appealScoreBefore: row.appealScoreBefore ?? row.finalScore,
      appealResolvedAt: m.stamp.at,
      appealResolvedBy: m.stamp.by,
    };
    if (outcome === 'adjusted' && total !== null)
      Object.assign(resolved, {
        adjustedTotal: total,
        adjustReason: note,
        adjustedBy: m.stamp.by,
        adjustedAt: m.stamp.at,
        finalScore: total,
        grade: gradeOf(total, book.settings.appraisalGradeThresholds),
      });
    return write(
      m,
      row,
      resolved,
      'resolve_appeal',
      {
        appealStatus: outcome,
        appealNote: note,
        finalScore: resolved.finalScore ?? row.finalScore,
        grade: resolved.grade ?? row.grade,
      },
      { appealStatus: row.appealStatus, appealNote: null, finalScore: row.finalScore, grade: row.grade },
    );
  });
}
