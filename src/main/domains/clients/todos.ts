import type { TodoItem } from '../../../shared/todo/types';
import type { UserCtx } from '../../core/context';
import { listFollowUps } from './followups';

/**
 * The follow-up provider of My to-do: the user's own open next actions, overdue, due today or within the
 * follow-up window (the same list as My follow-ups, "mine"), each opening its client file.
 */
export function followUpTodos(ctx: UserCtx): TodoItem[] {
  return listFollowUps(ctx, 'mine', null).map((f) => ({
    key: `followup:${f.communicationId}`,
    kind: 'followup',
    urgency: f.due === 'week' ? 'soon' : f.due,
    dueDate: f.nextActionDate,
    dueAt: null,
    title: f.nextAction,
    subject: { code: f.clientCode, name: f.clientName },
    assigneeName: null,
    link: `/clients/${f.clientId}`,
    navPath: '/followups',
  }));
}
