import { isOverdue } from '../../../shared/contracts/rules';
import { chinaDate } from '../../../shared/service/statsPeriod';
import type { TodoItem } from '../../../shared/todo/types';
import type { UserCtx } from '../../core/context';
import { openHandoffsFor } from './repository/handoffs';
import { openMilestonesDue } from './repository/milestones';

/** How far ahead an open milestone shows as due soon. */
const SOON_DAYS = 7;

const addDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Milestones of running contracts the user owns, overdue, due today or within a week: a delivery to follow,
 * an invoice to issue, a payment still owed (its title says which).
 */
export function milestoneTodos(ctx: UserCtx): TodoItem[] {
  const today = chinaDate(ctx.clock.now());
  return openMilestonesDue(ctx.db, ctx.user.staffId, addDays(today, SOON_DAYS)).map((m) => ({
    key: `contractMilestone:${m.id}`,
    kind: 'contractMilestone',
    urgency: isOverdue(m, today) ? 'overdue' : m.dueOn === today ? 'today' : 'soon',
    dueDate: m.dueOn,
    dueAt: null,
    title: m.title,
    subject: { code: m.contractCode, name: m.contractTitle },
    assigneeName: null,
    link: `/contracts/${m.contractId}`,
    navPath: '/contracts',
  }));
}

/**
 * Hand-offs waiting for acknowledgement: the assignee's own, and — where no one was named — the contract
 * owner's, to record the department's. Due from the signing day.
 */
export function handoffTodos(ctx: UserCtx): TodoItem[] {
  const today = chinaDate(ctx.clock.now());
  return openHandoffsFor(ctx.db, ctx.user.staffId).map((h) => ({
    key: `contractHandoff:${h.id}`,
    kind: 'contractHandoff',
    urgency: h.signedOn < today ? 'overdue' : 'today',
    dueDate: h.signedOn,
    dueAt: null,
    title: h.contractTitle,
    titleKey: 'contracts:todo.acknowledge',
    subject: { code: h.contractCode, name: h.contractTitle },
    assigneeName: null,
    link: `/contracts/${h.contractId}`,
    navPath: '/contracts',
  }));
}
