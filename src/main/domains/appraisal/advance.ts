import {
  nextPhase,
  type AppraisalCycle,
  type CyclePhase,
  type FormStep,
} from '../../../shared/appraisal/cycles';
import { AppError, type FieldError } from '../../../shared/contract/errors';
import { dayOfIsoDate, isoDateOfDay } from '../../../shared/calendar/workingTime';
import { diffRecords } from '../../core/auditDiff';
import type { UserCtx } from '../../core/context';
import { mutate, type Mutation } from '../../core/mutation';
import { conflict } from '../../core/refusals';
import { appraisalBook, cycleRow, toCycle, type AppraisalBook } from './cycleView';
import { cycleAuditView } from './cycles';
import * as cycles from './repository/cycles';
import type { CycleRow, CycleWrite } from './repository/cycles';
import * as forms from './repository/forms';
import type { FormRow } from './repository/forms';
import { liveResults } from './results';

/*
 * Moving a cycle on (六(二)): one phase at a time, by the manager. A phase is left only when every form (those
 * taken out of the cycle aside) has done its step — plans agreed, self-assessments submitted, evaluations
 * submitted (and still all in when publishing); otherwise the move is refused naming the step and how many
 * forms miss it, nothing changed. Publishing works out and keeps every result and opens the appeal window;
 * closing needs the window over and every appeal resolved.
 */

/** What each phase needs of every form before the cycle leaves it. */
const STEP_OF: Partial<Record<CyclePhase, { step: FormStep; done: (f: FormRow) => boolean }>> = {
  goalSetting: { step: 'plan', done: (f) => f.planAgreedAt !== null },
  selfAssessment: { step: 'self', done: (f) => f.selfSubmittedAt !== null },
  supervisorReview: { step: 'evaluation', done: (f) => f.evalSubmittedAt !== null },
  managerReview: { step: 'evaluation', done: (f) => f.evalSubmittedAt !== null },
  published: { step: 'appeal', done: (f) => f.appealStatus !== 'open' },
};

const MISSING_KEY: Record<FormStep, string> = {
  plan: 'validation.appraisalMissingPlan',
  self: 'validation.appraisalMissingSelf',
  evaluation: 'validation.appraisalMissingEvaluation',
  acknowledge: 'validation.appraisalMissingEvaluation',
  appeal: 'validation.appraisalOpenAppeals',
};

/** The forms still missing the current phase's step (removed ones do not count); null when none is. */
export function blockedBy(
  phase: CyclePhase,
  rows: readonly FormRow[],
): { step: FormStep; count: number } | null {
  const need = STEP_OF[phase];
  if (!need) return null;
  const count = rows.filter((f) => !f.removedAt && !need.done(f)).length;
  return count ? { step: need.step, count } : null;
}

/** The last day an appeal may be filed: `days` calendar days after the day of publication. */
export const appealUntilOf = (publishedOn: string, days: number): string =>
  isoDateOfDay(dayOfIsoDate(publishedOn) + days);

const refused = (message: string, field: FieldError, params?: Record<string, string | number>) =>
  new AppError('INVALID_STATE', message, { params, fields: { phase: field } });

const cycleWrite = (r: CycleRow): CycleWrite => {
  const { id: _i, code: _c, formCount: _f, createdAt: _ca, updatedAt: _u, version: _v, ...write } = r;
  return write;
};

/** Publication: every form's result as worked out now, kept in the form (computed actuals frozen in its items). */
function publishResults(
  m: Mutation<UserCtx>,
  cycle: CycleRow,
  rows: readonly FormRow[],
  book: AppraisalBook,
) {
  const results = liveResults(m, cycle, rows, book.settings);
  for (const row of rows) {
    const r = results.get(row.id)!;
    const before = {
      evalTotal: row.evalTotal,
      quarterMean: row.quarterMean,
      finalScore: row.finalScore,
      grade: row.grade,
    };
    const after = {
      evalTotal: r.evalTotal,
      quarterMean: r.quarterMean,
      finalScore: r.finalScore,
      grade: r.grade,
    };
    m.versioned(
      'appraisalForm',
      forms.updateForm(
        m.db,
        row.id,
        row.version,
        { ...forms.writeOf(row), items: r.items, ...after },
        m.stamp,
      ),
    );
    m.audit({
      entity: 'appraisalForm',
      entityId: row.id,
      action: 'publish',
      changes: diffRecords(before, after),
    });
  }
}

/**
 * Moves the cycle to its next phase. Refused (INVALID_STATE, nothing changed) for a closed cycle, while forms
 * miss the phase's step (params and the field error name the step and the count), and before the appeal
 * window is over when closing.
 */
export function advanceCycle(ctx: UserCtx, id: string, version: number): AppraisalCycle {
  return mutate(ctx, (m) => {
    const row = cycleRow(m, id);
    if (row.version !== version) throw conflict('appraisalCycle');
    const to = nextPhase(row.phase);
    if (!to) throw refused('a closed cycle stays closed', { key: 'validation.appraisalCycleClosed' });
    const book = appraisalBook(m);
    const rows = forms.listFormRows(m.db, { sql: 'f.cycle_id = ?', params: [id] }, null);
    if (to === 'closed' && row.appealUntil !== null && book.today <= row.appealUntil)
      throw refused(
        'the appeal window is still open',
        { key: 'validation.appraisalAppealWindowOpen', params: { date: row.appealUntil } },
        { date: row.appealUntil },
      );
    const blocked = blockedBy(row.phase, rows);
    if (blocked)
      throw refused(
        `${blocked.count} form(s) miss the step ${blocked.step}`,
        { key: MISSING_KEY[blocked.step], params: { count: blocked.count } },
        blocked,
      );
    const before = toCycle(row);
    const write: CycleWrite = { ...cycleWrite(row), phase: to };
    if (to === 'published') {
      publishResults(m, row, rows, book);
      write.publishedAt = m.stamp.at;
      write.appealUntil = appealUntilOf(book.today, book.settings.appraisalAppealDays);
    }
    if (to === 'closed') write.closedAt = m.stamp.at;
    m.versioned('appraisalCycle', cycles.updateCycle(m.db, id, version, write, m.stamp));
    const after = toCycle(cycles.getCycleRow(m.db, id)!);
    m.audit({
      entity: 'appraisalCycle',
      entityId: id,
      action: to === 'published' ? 'publish' : to === 'closed' ? 'close' : 'advance',
      changes: diffRecords(cycleAuditView(before), {
        ...cycleAuditView(after),
        publishedAt: after.publishedAt,
        closedAt: after.closedAt,
      }),
    });
    return after;
  });
}
