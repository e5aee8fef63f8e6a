import type { systemChannels } from '../../../shared/system/channels';
import { contextOf } from '../../core/context';
import type { DomainHandlers } from '../../core/handlers';
import { systemStatus } from './service';

export const systemHandlers: DomainHandlers<keyof typeof systemChannels> = (deps) => ({
  'system.status': (_input, req) => systemStatus(contextOf(deps, req)),
});
