import { chinaDateOf } from '../../../shared/calendar/workingTime';
import type { TodoItem } from '../../../shared/todo/types';
import type { UserCtx } from '../../core/context';
import { clockOf, deadlineBook } from './deadlines';
import { deadlineCandidates } from './repository/deadlineTodos';
import { summaryOf } from './ticketView';

/**
 * The ticket-deadline provider of My to-do: open tickets whose running deadline is near (within the warn
 * window, in the deadline's own hours) or past — for their handler, and for the handler's group lead (named,
 * so the lead sees whose it is). Deputies and the manager are not flooded: their leads act.
 */
export function ticketDeadlineTodos(ctx: UserCtx): TodoItem[] {
  const book = deadlineBook(ctx);
  const now = ctx.clock.now();
  const nowIso = now.toISOString();
  const warn = book.settings.serviceWarnHours;
  // Anything due later than both of these has more than the warn window left in either kind of hours.
  const horizon = [
    book.calendar.dueAt(nowIso, { hours: warn, mode: 'calendar' }),
    book.calendar.dueAt(nowIso, { hours: warn, mode: 'working' }),
  ].sort()[1]!;
  const lead = ctx.user.role === 'group_lead' ? ctx.user.groupId : null;
  const today = chinaDateOf(now.getTime());
  const items: TodoItem[] = [];
  for (const t of deadlineCandidates(ctx.db, { staffId: ctx.user.staffId, groupId: lead, horizon })) {
    const clock = clockOf(book, nowIso, t);
    if (!clock?.near) continue;
    const dueDate = chinaDateOf(Date.parse(clock.dueAt));
    items.push({
      key: `ticketDeadline:${t.id}`,
      kind: 'ticketDeadline',
      urgency: clock.overdue ? 'overdue' : dueDate === today ? 'today' : 'soon',
      dueDate,
      dueAt: clock.dueAt,
      title: summaryOf(t.contentHead),
      subject: { code: t.code, name: t.clientName ?? '' },
      assigneeName: t.handlerId === ctx.user.staffId ? null : t.handlerName,
      link: `/service/${t.id}`,
      navPath: '/service',
    });
  }
  return items;
}
