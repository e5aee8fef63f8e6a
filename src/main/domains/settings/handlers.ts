import type { settingsChannels } from '../../../shared/settings/channels';
import type { HandlersOf } from '../../core/handlers';
import type { Services } from '../../core/services';

export const settingsHandlers = (s: Services): HandlersOf<keyof typeof settingsChannels> => ({
  'settings.get': () => s.settings.get(),
  'settings.update': (input, req) => s.settings.update(input.settings, input.version, req.actor),
});
