import { create } from 'zustand';
import type { AppErrorShape } from '../../../shared/contract/errors';
import { ENTITIES } from '../../../shared/contract/entities';
import type { TodoList } from '../../../shared/todo/types';
import { onChange } from '../api/changes';
import { call } from '../api/client';

interface TodoState {
  /** My to-do from every workflow (todo.list): Home's card and the counts beside the menu. */
  list: TodoList | null;
  error: AppErrorShape | null;
  load(): Promise<void>;
}

let latest = 0;

export const useTodo = create<TodoState>((set) => ({
  list: null,
  error: null,

  async load() {
    const seq = ++latest;
    const r = await call('todo.list', {});
    if (seq !== latest) return;
    set(r.ok ? { list: r.data, error: null } : { error: r.error });
  },
}));

// Due items come from every workflow, so any change may add, move or settle one.
onChange(
  ENTITIES.filter((e) => e !== 'session'),
  async () => {
    if (useTodo.getState().list) await useTodo.getState().load();
  },
);
