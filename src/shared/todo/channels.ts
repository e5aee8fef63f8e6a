import { channel } from '../contract/channel';
import { empty } from '../contract/fields';
import type { TodoList } from './types';

export const todoChannels = {
  /** The caller's due items from every workflow, by due time, with counts per navigation entry. */
  'todo.list': channel<TodoList>()({ input: empty(), access: 'authenticated', kind: 'query' }),
};
