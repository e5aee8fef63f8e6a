import type { HandlersOf } from '../../core/handlers';
import type { Services } from '../../core/services';

export const systemHandlers = (s: Services): HandlersOf<'system.status'> => ({
  'system.status': () => s.system.status(),
});
