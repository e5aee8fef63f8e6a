import type { homeChannels } from '../../../shared/home/channels';
import { userContextOf } from '../../core/context';
import type { DomainHandlers } from '../../core/handlers';
import { homeSummary } from './service';

export const homeHandlers: DomainHandlers<keyof typeof homeChannels> = (deps) => ({
  'home.summary': (_input, req) => homeSummary(userContextOf(deps, req)),
});
