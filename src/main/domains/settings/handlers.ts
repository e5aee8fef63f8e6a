import type { settingsChannels } from '../../../shared/settings/channels';
import { contextOf } from '../../core/context';
import type { DomainHandlers } from '../../core/handlers';
import { getSettings, updateSettings } from './service';

export const settingsHandlers: DomainHandlers<keyof typeof settingsChannels> = (deps) => ({
  'settings.get': (_input, req) => getSettings(contextOf(deps, req)),
  'settings.update': (input, req) => updateSettings(contextOf(deps, req), input.settings, input.version),
});
