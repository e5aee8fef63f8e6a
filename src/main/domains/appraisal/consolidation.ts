import { phaseReached } from '../../../shared/appraisal/cycles';
import type { ConsolidatedRow, ConsolidatedTable } from '../../../shared/appraisal/forms';
import { distributionOf, selfTotalOf } from '../../../shared/appraisal/scoring';
import { AppError } from '../../../shared/contract/errors';
import type { UserCtx } from '../../core/context';
import { notFound } from '../../core/refusals';
import { overseenGroups, type AppraisalViewer } from './access';
import { appraisalBook, cycleRow, toCycle } from './cycleView';
import * as forms from './repository/forms';
import type { FormRow } from './repository/forms';
import { liveResults } from './results';

/*
 * The manager review's consolidated table 汇总表 (六(三)4): everyone in the cycle with self / supervisor /
 * quarterly mean / adjusted / final score and grade, and the grade distribution against the guideline (a
 * warning, never a block). The manager sees every row; a group lead or a deputy the rows of the groups they
 * oversee — never their own (their evaluation stays hidden from them until published, like anyone's).
 * Staff oversee no group: the table is not theirs at all (FORBIDDEN), whereas a lead or deputy with nobody
 * of theirs in the cycle gets NOT_FOUND, as for a cycle that does not exist.
 * Before publication the supervisor's total is worked out live from the records (computed actuals), in one
 * batch for the whole cycle.
 */

/** The forms of the cycle in the reader's scope (the manager: all). */
function scopedRows(ctx: UserCtx, cycleId: string): FormRow[] {
  const v: AppraisalViewer = ctx.user;
  if (v.role === 'manager')
    return forms.listFormRows(ctx.db, { sql: 'f.cycle_id = ?', params: [cycleId] }, null);
  const groups = overseenGroups(v);
  if (!groups.length)
    throw new AppError('FORBIDDEN', 'the consolidated table is for those who oversee a group');
  return forms.listFormRows(
    ctx.db,
    {
      sql: `f.cycle_id = ? AND f.staff_id <> ? AND f.group_id IN (SELECT value FROM json_each(?))`,
      params: [cycleId, v.staffId, JSON.stringify(groups)],
    },
    null,
  );
}

export function consolidated(ctx: UserCtx, cycleId: string): ConsolidatedTable {
  const cycle = toCycle(cycleRow(ctx, cycleId));
  const rows = scopedRows(ctx, cycleId);
  if (ctx.user.role !== 'manager' && rows.length === 0) throw notFound('appraisalCycle');
  const { settings } = appraisalBook(ctx);
  const published = phaseReached(cycle.phase, 'published');
  const live = published ? null : liveResults(ctx, cycle, rows, settings);
  const out: ConsolidatedRow[] = rows.map((r) => {
    const result = live?.get(r.id) ?? r;
    return {
      formId: r.id,
      staffId: r.staffId,
      staffName: r.staffName,
      employeeNo: r.employeeNo,
      groupId: r.groupId,
      groupName: r.groupName,
      groupNameEn: r.groupNameEn,
      position: r.position,
      evaluatorName: r.evaluatorName,
      selfTotal: r.selfSubmittedAt ? (r.selfTotal ?? selfTotalOf(r.items)) : null,
      evalTotal: result.evalTotal,
      quarterMean: result.quarterMean,
      adjustedTotal: r.adjustedTotal,
      adjustReason: r.adjustReason,
      finalScore: result.finalScore,
      grade: result.grade,
      acknowledgedAt: r.acknowledgedAt,
      appealStatus: r.appealStatus,
    };
  });
  return {
    cycleId,
    phase: cycle.phase,
    rows: out,
    distribution: distributionOf(
      out.map((r) => r.grade),
      settings.appraisalGuideline,
    ),
  };
}
