import type { appraisalReviewChannels } from '../../../shared/appraisal/channels';
import { userContextOf, type Request } from '../../core/context';
import type { DomainHandlers } from '../../core/handlers';
import { consolidated } from './consolidation';
import { exportConsolidated } from './consolidatedExport';
import { history } from './history';
import { acknowledge, adjustScore, appeal, resolveAppeal } from './review';

/** Manager review, the result and its appeal, a person's history; each service scopes by who asks. */
export const appraisalReviewHandlers: DomainHandlers<keyof typeof appraisalReviewChannels> = (deps) => {
  const ctx = (req: Request) => userContextOf(deps, req);
  return {
    'appraisal.consolidated': ({ cycleId }, req) => consolidated(ctx(req), cycleId),
    'appraisal.exportConsolidated': ({ cycleId, locale }, req) =>
      exportConsolidated(ctx(req), cycleId, locale),
    'appraisal.adjustScore': ({ id, version, total, reason }, req) =>
      adjustScore(ctx(req), id, version, total, reason),
    'appraisal.acknowledge': ({ id, version }, req) => acknowledge(ctx(req), id, version),
    'appraisal.appeal': ({ id, version, reason }, req) => appeal(ctx(req), id, version, reason),
    'appraisal.resolveAppeal': ({ id, version, outcome, note, total }, req) =>
      resolveAppeal(ctx(req), id, version, outcome, note, total),
    'appraisal.history': ({ staffId }, req) => history(ctx(req), staffId),
  };
};
