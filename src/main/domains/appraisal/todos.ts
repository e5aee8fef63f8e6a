import type { AppraisalCycle, FormStep } from '../../../shared/appraisal/cycles';
import type { TodoItem, TodoKind, TodoUrgency } from '../../../shared/todo/types';
import type { UserCtx } from '../../core/context';
import { overseenGroups, visibleFormsClause } from './access';
import { blockerOf } from './cycleDetail';
import { actorOf, dueOf, stepOwed } from './cycleSteps';
import { appraisalBook, toCycle } from './cycleView';
import * as cycles from './repository/cycles';
import * as forms from './repository/forms';
import { managerStaffId } from './repository/people';

/*
 * The appraisal's part of My to-do. Each person: their plan to write, their self-assessment to submit, their
 * result to acknowledge; each evaluator: plans to agree and evaluations to do; a group's lead and the deputies
 * in charge: their groups' steps that are late (with whose they are); the manager: appeals to resolve and a
 * cycle whose phase deadline is near or past ("move the cycle on"). Due = the current phase's deadline.
 */

/**
 * A phase deadline within this many days reminds the manager to move the cycle on. A person's own step is on
 * their to-do for as long as its phase is open (a phase lasts a week or two: it is the form to fill now).
 */
export const APPRAISAL_TODO_DAYS = 7;

const DAY_MS = 86_400_000;
const plusDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
const urgencyOf = (due: string, today: string): TodoUrgency =>
  due < today ? 'overdue' : due === today ? 'today' : 'soon';

const KIND_OF_STEP: Record<FormStep, TodoKind> = {
  plan: 'appraisalPlan',
  self: 'appraisalSelf',
  evaluation: 'appraisalEvaluation',
  acknowledge: 'appraisalAcknowledge',
  appeal: 'appraisalAppeal',
};

const NAV = '/appraisal/cycles';

const openCycles = (ctx: UserCtx): AppraisalCycle[] =>
  cycles
    .listCycleRows(ctx.db, { kinds: [], phases: [], year: null }, visibleFormsClause(ctx.user))
    .map(toCycle)
    .filter((c) => c.phase !== 'closed');

/** The form steps the user must do, and (leads, deputies) their groups' late ones. */
export function appraisalStepTodos(ctx: UserCtx): TodoItem[] {
  const { today } = appraisalBook(ctx);
  const me = ctx.user.staffId;
  const groups = overseenGroups(ctx.user);
  const managerId = managerStaffId(ctx.db) ?? '';
  const items: TodoItem[] = [];
  for (const cycle of openCycles(ctx)) {
    const due = dueOf(cycle);
    if (!due) continue;
    const rows = forms.listFormRows(
      ctx.db,
      { sql: 'f.cycle_id = ?', params: [cycle.id] },
      visibleFormsClause(ctx.user),
    );
    for (const f of rows) {
      const step = stepOwed(cycle.phase, f);
      if (!step || step === 'appeal') continue;
      const actor = actorOf(step, f, managerId);
      const mine = actor.id === me;
      const lateInMyGroups = !mine && due < today && f.groupId !== null && groups.includes(f.groupId);
      if (!mine && !lateInMyGroups) continue;
      items.push({
        key: `appraisal:${step}:${f.id}`,
        kind: KIND_OF_STEP[step],
        urgency: urgencyOf(due, today),
        dueDate: due,
        dueAt: null,
        title: cycle.nameZh,
        subject: f.staffId === me ? null : { code: cycle.code, name: f.staffName },
        assigneeName: mine ? null : actor.name,
        link: `/appraisal/forms/${f.id}`,
        navPath: NAV,
      });
    }
  }
  return items;
}

/** The manager's: appeals to resolve, and each cycle whose phase deadline is near or past. */
export function appraisalManagerTodos(ctx: UserCtx): TodoItem[] {
  if (ctx.user.role !== 'manager') return [];
  const { today } = appraisalBook(ctx);
  const horizon = plusDays(today, APPRAISAL_TODO_DAYS);
  const items: TodoItem[] = [];
  for (const cycle of openCycles(ctx)) {
    const due = dueOf(cycle);
    const rows = forms.listFormRows(ctx.db, { sql: 'f.cycle_id = ?', params: [cycle.id] }, null);
    if (cycle.phase === 'published')
      for (const f of rows.filter((r) => r.appealStatus === 'open'))
        items.push({
          key: `appraisal:appeal:${f.id}`,
          kind: 'appraisalAppeal',
          urgency: urgencyOf(cycle.appealUntil ?? today, today),
          dueDate: cycle.appealUntil ?? today,
          dueAt: null,
          title: cycle.nameZh,
          subject: { code: cycle.code, name: f.staffName },
          assigneeName: null,
          link: `/appraisal/forms/${f.id}`,
          navPath: NAV,
        });
    // The phase's own deadline: the manager moves the cycle on (or closes it once the appeal window is over).
    if (!due || due > horizon || (cycle.phase === 'published' && blockerOf(cycle, rows))) continue;
    items.push({
      key: `appraisal:phase:${cycle.id}:${cycle.phase}`,
      kind: 'appraisalPhase',
      urgency: urgencyOf(due, today),
      dueDate: due,
      dueAt: null,
      title: cycle.nameZh,
      titleKey: `appraisal:todo.${cycle.phase === 'published' ? 'close' : 'moveOn'}`,
      subject: null,
      assigneeName: null,
      link: `/appraisal/cycles/${cycle.id}`,
      navPath: NAV,
    });
  }
  return items;
}
