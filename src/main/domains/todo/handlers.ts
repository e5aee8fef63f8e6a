import type { todoChannels } from '../../../shared/todo/channels';
import { sessionUser } from '../../core/context';
import type { HandlersOf } from '../../core/handlers';
import type { Services } from '../../core/services';

export const todoHandlers = (s: Services): HandlersOf<keyof typeof todoChannels> => ({
  'todo.list': (_input, req) => s.todo.list(sessionUser(req)),
});
