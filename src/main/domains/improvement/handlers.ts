import type { improvementChannels } from '../../../shared/improvement/channels';
import { contextOf, userContextOf, type Request } from '../../core/context';
import type { DomainHandlers } from '../../core/handlers';
import { createMeasure, getMeasure, listMeasures, setMeasureStatus, updateMeasure } from './service';

export const improvementHandlers: DomainHandlers<keyof typeof improvementChannels> = (deps) => {
  const ctx = (req: Request) => userContextOf(deps, req);
  return {
    // Everyone in the department reads every measure (service.ts says why): no scope to apply.
    'improvement.list': (input, req) => listMeasures(contextOf(deps, req), input),
    'improvement.get': (input, req) => getMeasure(contextOf(deps, req), input.id),
    'improvement.create': (input, req) => createMeasure(ctx(req), input),
    'improvement.update': ({ id, version, ...measure }, req) => updateMeasure(ctx(req), id, version, measure),
    'improvement.setStatus': ({ id, version, ...move }, req) => setMeasureStatus(ctx(req), id, version, move),
  };
};
