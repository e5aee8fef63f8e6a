import type { SessionUser } from '../../../shared/auth/types';
import { TODO_SHOWN, type TodoItem, type TodoKind, type TodoList } from '../../../shared/todo/types';

/**
 * One workflow's contribution to My to-do: its due items for this user (their own, and — where the workflow
 * says a lead must act — their team's). A provider reads only; it sees what the user may see.
 */
export interface TodoProvider {
  kind: TodoKind;
  list(user: SessionUser): TodoItem[];
}

/** The moment an item falls due, for ordering: its exact time, or the end of its calendar day. */
const dueKey = (i: TodoItem) => i.dueAt ?? `${i.dueDate}T23:59:59.999`;

/** My to-do: every provider's items in one list, oldest due first, with the urgent ones counted per menu entry. */
export function createTodoService(providers: readonly TodoProvider[]) {
  return {
    list(user: SessionUser): TodoList {
      const items = providers
        .flatMap((p) => p.list(user))
        .sort((a, b) => dueKey(a).localeCompare(dueKey(b)) || a.key.localeCompare(b.key));
      const urgentByNavPath: Record<string, number> = {};
      for (const i of items)
        if (i.urgency !== 'soon') urgentByNavPath[i.navPath] = (urgentByNavPath[i.navPath] ?? 0) + 1;
      return { items: items.slice(0, TODO_SHOWN), total: items.length, urgentByNavPath };
    },
  };
}

export type TodoService = ReturnType<typeof createTodoService>;
