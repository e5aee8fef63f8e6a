import type { TodoItem } from '../../../shared/todo/types';
import type { Db } from '../../db/connection';
import { listFollowUps } from './followups';
import type { Viewer } from './visibility';

/**
 * The follow-up provider of My to-do: the viewer's own open next actions, overdue, due today or within the
 * follow-up window (the same list as My follow-ups, "mine"), each opening its client file.
 */
export function followUpTodos(db: Db, viewer: Viewer, today: string): TodoItem[] {
  return listFollowUps(db, viewer, { scope: 'mine', staffId: null, today }).map((f) => ({
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
