import type { homeChannels } from '../../../shared/home/channels';
import { sessionUser } from '../../core/context';
import type { HandlersOf } from '../../core/handlers';
import type { Services } from '../../core/services';

export const homeHandlers = (s: Services): HandlersOf<keyof typeof homeChannels> => ({
  'home.summary': (_input, req) => s.home.summary(sessionUser(req)),
});
