import type { salesPlansChannels } from '../../../shared/salesPlans/channels';
import { userContextOf, type Request } from '../../core/context';
import type { DomainHandlers } from '../../core/handlers';
import { planBoard } from './board';
import { exportPlans } from './exportPlans';
import { createPlan, listPlans, updatePlan } from './service';

// Every sales plan channel is behind a login: what a caller sees and may set depends on who they are.
export const salesPlansHandlers: DomainHandlers<keyof typeof salesPlansChannels> = (deps) => {
  const ctx = (req: Request) => userContextOf(deps, req);
  return {
    'salesPlans.board': (input, req) => planBoard(ctx(req), input),
    'salesPlans.list': (input, req) => listPlans(ctx(req), input),
    'salesPlans.export': (input, req) => exportPlans(ctx(req), input),
    'salesPlans.create': (input, req) => createPlan(ctx(req), input),
    'salesPlans.update': ({ id, version, ...values }, req) => updatePlan(ctx(req), id, version, values),
  };
};
