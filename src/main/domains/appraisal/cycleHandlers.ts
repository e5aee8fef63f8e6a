import type { appraisalCycleChannels } from '../../../shared/appraisal/channels';
import { userContextOf, type Request } from '../../core/context';
import type { DomainHandlers } from '../../core/handlers';
import { advanceCycle } from './advance';
import { reassignEvaluator, removeFromCycle, updateDeadlines } from './cycleChanges';
import { getCycle, listCycles } from './cycleDetail';
import { openCycle, previewCycle } from './cycles';

/** The cycle: everyone reads the cycles holding a form they may see; the manager opens and runs them. */
export const appraisalCycleHandlers: DomainHandlers<keyof typeof appraisalCycleChannels> = (deps) => {
  const ctx = (req: Request) => userContextOf(deps, req);
  return {
    'appraisal.listCycles': (input, req) => listCycles(ctx(req), input),
    'appraisal.getCycle': (input, req) => getCycle(ctx(req), input.id),
    'appraisal.previewCycle': (input, req) => previewCycle(ctx(req), input),
    'appraisal.openCycle': (input, req) => openCycle(ctx(req), input),
    'appraisal.updateDeadlines': ({ id, version, deadlines }, req) =>
      updateDeadlines(ctx(req), id, version, deadlines),
    'appraisal.advanceCycle': ({ id, version }, req) => advanceCycle(ctx(req), id, version),
    'appraisal.reassignEvaluator': ({ id, version, evaluatorId }, req) =>
      reassignEvaluator(ctx(req), id, version, evaluatorId),
    'appraisal.removeFromCycle': ({ id, version, reason }, req) =>
      removeFromCycle(ctx(req), id, version, reason),
  };
};
