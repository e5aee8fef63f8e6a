import { addDays, chinaDateOf } from '../../../shared/improvement/rules';
import type { TodoItem } from '../../../shared/todo/types';
import type { UserCtx } from '../../core/context';
import { openMeasuresOfOwner } from './repository/measures';

/** A measure due within this many days is on its owner's to-do. */
export const IMPROVEMENT_TODO_DAYS = 7;

/**
 * The improvement provider of My to-do: the user's own open measures (planned or under way) that are
 * overdue or due within a week, each opening the measure.
 */
export function improvementTodos(ctx: UserCtx): TodoItem[] {
  const today = chinaDateOf(ctx.clock.now());
  return openMeasuresOfOwner(ctx.db, ctx.user.staffId, addDays(today, IMPROVEMENT_TODO_DAYS)).map((m) => ({
    key: `improvement:${m.id}`,
    kind: 'improvementDue',
    urgency: m.dueDate < today ? 'overdue' : m.dueDate === today ? 'today' : 'soon',
    dueDate: m.dueDate,
    dueAt: null,
    title: m.title,
    subject: null,
    assigneeName: null,
    link: `/improvements/${m.id}`,
    navPath: '/improvements',
  }));
}
