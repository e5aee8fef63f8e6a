import type { CycleFilter } from '../../../shared/appraisal/channels';
import {
  type AppraisalCycle,
  type CycleAction,
  type CycleDetail,
  type CycleForm,
  type CycleProgress,
  type PendingStep,
} from '../../../shared/appraisal/cycles';
import type { UserCtx } from '../../core/context';
import { notFound } from '../../core/refusals';
import { relationTo, visibleFormsClause } from './access';
import { blockedBy } from './advance';
import { actorOf, dueOf, stepOwed } from './cycleSteps';
import { appraisalBook, cycleRow, toCycle } from './cycleView';
import { formActions, toSummary } from './formView';
import * as cycles from './repository/cycles';
import * as forms from './repository/forms';
import type { FormRow } from './repository/forms';
import { managerStaffId, staffNames } from './repository/people';

/*
 * The cycles as each reader may see them (issue 10 §5): the manager every cycle and form; anyone else only
 * the cycles holding a form they may read (their own, one they evaluate, one of a group they oversee), and of
 * those cycles only those forms — the counts, the progress and the late list are over them alone.
 */

export function listCycles(ctx: UserCtx, filter: CycleFilter): AppraisalCycle[] {
  return cycles.listCycleRows(ctx.db, filter, visibleFormsClause(ctx.user)).map(toCycle);
}

/** The cycle's forms the reader may see, the removed ones included. */
function visibleForms(ctx: UserCtx, cycleId: string): FormRow[] {
  return forms.listFormRows(
    ctx.db,
    { sql: 'f.cycle_id = ?', params: [cycleId] },
    visibleFormsClause(ctx.user),
    true,
  );
}

function progressOf(ctx: UserCtx, cycle: AppraisalCycle, rows: FormRow[], today: string): CycleProgress {
  const live = rows.filter((f) => !f.removedAt);
  const due = dueOf(cycle);
  const managerId = managerStaffId(ctx.db) ?? '';
  const pending: PendingStep[] = [];
  const names = staffNames(ctx.db, [managerId]);
  for (const f of live) {
    const step = stepOwed(cycle.phase, f);
    if (!step || !due) continue;
    const actor = actorOf(step, f, managerId);
    pending.push({
      formId: f.id,
      staffId: f.staffId,
      staffName: f.staffName,
      groupName: f.groupName,
      groupNameEn: f.groupNameEn,
      step,
      actorId: actor.id,
      actorName: actor.name ?? names.get(actor.id) ?? '',
      dueDate: due,
      late: today > due,
    });
  }
  // Late ones first; otherwise in the forms' order (by group, then name).
  pending.sort((a, b) => Number(b.late) - Number(a.late));
  return {
    total: live.length,
    planAgreed: live.filter((f) => f.planAgreedAt).length,
    selfSubmitted: live.filter((f) => f.selfSubmittedAt).length,
    evaluationSubmitted: live.filter((f) => f.evalSubmittedAt).length,
    acknowledged: live.filter((f) => f.acknowledgedAt).length,
    appealsOpen: live.filter((f) => f.appealStatus === 'open').length,
    pending,
  };
}

/** How many forms still owe the step the current phase waits for (null: the phase waits for none). */
// The same rule that refuses the move (manager review too waits for every evaluation before publishing), so
// the page holds the move back and names the count before main would refuse it.
export function blockerOf(cycle: Pick<AppraisalCycle, 'phase'>, rows: FormRow[]): CycleDetail['blockedBy'] {
  return blockedBy(cycle.phase, rows);
}

/** What the manager may do to the cycle now; nobody else moves a cycle. */
function cycleActions(
  ctx: UserCtx,
  cycle: AppraisalCycle,
  blockedBy: CycleDetail['blockedBy'],
  today: string,
): CycleAction[] {
  if (ctx.user.role !== 'manager' || cycle.phase === 'closed') return [];
  const out: CycleAction[] = ['editDeadlines'];
  if (cycle.phase === 'published') {
    if (!blockedBy && cycle.appealUntil !== null && today > cycle.appealUntil) out.push('close');
  } else if (!blockedBy) out.push('advance');
  return out;
}

export function getCycle(ctx: UserCtx, id: string): CycleDetail {
  const row = cycleRow(ctx, id);
  const rows = visibleForms(ctx, id);
  const live = rows.filter((f) => !f.removedAt);
  if (ctx.user.role !== 'manager' && !live.length) throw notFound('appraisalCycle');
  const { today } = appraisalBook(ctx);
  const cycle = toCycle({ ...row, formCount: live.length });
  const blockedBy = blockerOf(cycle, live);
  const formContext = { viewer: ctx.user, cycle, today };
  const cycleForms: CycleForm[] = [];
  for (const f of [...live, ...rows.filter((r) => r.removedAt)]) {
    const relation = relationTo(ctx.user, f);
    if (!relation) continue;
    cycleForms.push({
      ...toSummary(f, relation, cycle),
      version: f.version,
      removedAt: f.removedAt,
      removedReason: f.removedReason,
      allowed: formActions(f, relation, formContext),
    });
  }
  return {
    cycle,
    progress: progressOf(ctx, cycle, live, today),
    allowed: cycleActions(ctx, cycle, blockedBy, today),
    blockedBy,
    forms: cycleForms,
  };
}
