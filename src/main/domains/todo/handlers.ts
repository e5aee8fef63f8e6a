import type { todoChannels } from '../../../shared/todo/channels';
import { userContextOf } from '../../core/context';
import type { DomainHandlers } from '../../core/handlers';
import { listTodo } from './service';

export const todoHandlers: DomainHandlers<keyof typeof todoChannels> = (deps) => ({
  'todo.list': (_input, req) => listTodo(userContextOf(deps, req)),
});
