import type { incentivesChannels } from '../../../shared/incentives/channels';
import { userContextOf, type Request } from '../../core/context';
import type { DomainHandlers } from '../../core/handlers';
import { exportIncentives } from './exportIncentives';
import {
  getIncentive,
  incentiveCandidates,
  incentiveResults,
  listIncentives,
  proposeIncentive,
  withdrawIncentive,
} from './service';

// Every incentive channel is behind a login: what a caller sees and may propose depends on who they are.
export const incentivesHandlers: DomainHandlers<keyof typeof incentivesChannels> = (deps) => {
  const ctx = (req: Request) => userContextOf(deps, req);
  return {
    'incentives.list': (input, req) => listIncentives(ctx(req), input),
    'incentives.get': (input, req) => getIncentive(ctx(req), input.id),
    'incentives.propose': (input, req) => proposeIncentive(ctx(req), input),
    'incentives.withdraw': ({ id, version }, req) => withdrawIncentive(ctx(req), id, version),
    'incentives.export': (input, req) => exportIncentives(ctx(req), input),
    'incentives.candidates': (_input, req) => incentiveCandidates(ctx(req)),
    'incentives.results': ({ staffId }, req) => incentiveResults(ctx(req), staffId),
  };
};
