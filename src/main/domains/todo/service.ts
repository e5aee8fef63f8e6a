import { TODO_SHOWN, type TodoItem, type TodoList } from '../../../shared/todo/types';
import type { UserCtx } from '../../core/context';
import { TODO_PROVIDERS, type TodoProvider } from './providers';

/** The moment an item falls due, for ordering: its exact time, or the end of its calendar day. */
const dueKey = (i: TodoItem) => i.dueAt ?? `${i.dueDate}T23:59:59.999`;

/** My to-do: every provider's items in one list, oldest due first, with the urgent ones counted per menu entry. */
export function listTodo(ctx: UserCtx, providers: readonly TodoProvider[] = TODO_PROVIDERS): TodoList {
  const items = providers
    .flatMap((p) => p.list(ctx))
    .sort((a, b) => dueKey(a).localeCompare(dueKey(b)) || a.key.localeCompare(b.key));
  const urgentByNavPath: Record<string, number> = {};
  for (const i of items)
    if (i.urgency !== 'soon') urgentByNavPath[i.navPath] = (urgentByNavPath[i.navPath] ?? 0) + 1;
  return { items: items.slice(0, TODO_SHOWN), total: items.length, urgentByNavPath };
}
