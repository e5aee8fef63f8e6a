import { chinaDateOf } from '../../../shared/calendar/workingTime';
import type { TodoItem } from '../../../shared/todo/types';
import type { UserCtx } from '../../core/context';
import { pendingApprovals } from './service';

/**
 * The approvals provider of My to-do: every pending request, for the manager who decides them. A request
 * waits from the day it was made: due that day, overdue the day after (a request should not wait).
 */
export function approvalTodos(ctx: UserCtx): TodoItem[] {
  if (ctx.user.role !== 'manager') return [];
  const today = chinaDateOf(ctx.clock.now().getTime());
  return pendingApprovals(ctx).map((a) => {
    const asked = chinaDateOf(Date.parse(a.requestedAt));
    return {
      key: `approval:${a.id}`,
      kind: 'approvalPending',
      urgency: asked < today ? 'overdue' : 'today',
      dueDate: asked,
      dueAt: null,
      title: a.reason,
      subject: { code: a.subjectCode, name: a.subjectTitle },
      assigneeName: a.requestedByName,
      link: `/approvals?open=${a.id}`,
      navPath: '/approvals',
    };
  });
}
