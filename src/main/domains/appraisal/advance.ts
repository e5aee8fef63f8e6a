import { nextPhase, type AppraisalCycle } from '../../../shared/appraisal/cycles';
import { AppError } from '../../../shared/contract/errors';
import { diffRecords } from '../../core/auditDiff';
import type { UserCtx } from '../../core/context';
import { mutate } from '../../core/mutation';
import { conflict } from '../../core/refusals';
import { blockerOf } from './cycleDetail';
import { cycleWriteOf } from './cycleChanges';
import { cycleAuditView } from './cycles';
import { cycleRow, toCycle } from './cycleView';
import * as cycles from './repository/cycles';
import * as forms from './repository/forms';

/*
 * The manager moves a cycle on, one phase at a time, once every form has done the current phase's step:
 * goal setting → self-assessment when every plan is agreed, → supervisor review when every self-assessment is
 * in, → manager review when every evaluation is in. The refusal names the step and how many forms miss it.
 * Publication and closing compute and keep the results: they are not moves of this file.
 */
export function advanceCycle(ctx: UserCtx, id: string, version: number): AppraisalCycle {
  return mutate(ctx, (m) => {
    const before = cycleRow(m, id);
    if (before.version !== version) throw conflict('appraisalCycle');
    const to = nextPhase(before.phase);
    if (!to) throw new AppError('INVALID_STATE', 'the cycle is closed');
    if (before.phase === 'managerReview' || before.phase === 'published')
      throw new AppError('INVALID_STATE', 'notYet');
    const live = forms.listFormRows(m.db, { sql: 'f.cycle_id = ?', params: [id] }, null);
    const blocked = blockerOf(before, live);
    if (blocked)
      throw new AppError('INVALID_STATE', `${blocked.count} form(s) miss the step ${blocked.step}`, {
        params: { step: blocked.step, count: blocked.count },
      });
    m.versioned(
      'appraisalCycle',
      cycles.updateCycle(m.db, id, version, { ...cycleWriteOf(before), phase: to }, m.stamp),
    );
    const after = toCycle(cycles.getCycleRow(m.db, id)!);
    m.audit({
      entity: 'appraisalCycle',
      entityId: id,
      action: 'advance',
      changes: diffRecords(cycleAuditView(toCycle(before)), cycleAuditView(after)),
    });
    return after;
  });
}
