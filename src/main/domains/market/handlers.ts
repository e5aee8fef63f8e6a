import type { marketChannels } from '../../../shared/market/channels';
import { userContextOf, type Request } from '../../core/context';
import type { DomainHandlers } from '../../core/handlers';
import { createActivity, getActivity, listActivities, updateActivity } from './activities';
import {
  addSighting,
  createCompetitor,
  deleteSighting,
  getCompetitor,
  listCompetitors,
  updateCompetitor,
  updateSighting,
} from './competitors';
import { exportActivities, exportResearch } from './exportMarket';
import { createResearch, getResearch, listResearch, updateResearch } from './research';
import { addResearchFile, deleteResearchFile, openResearchFile } from './researchFiles';

// Every market channel is behind a login: who may change a record depends on who asks.
export const marketHandlers: DomainHandlers<keyof typeof marketChannels> = (deps) => {
  const ctx = (req: Request) => userContextOf(deps, req);
  return {
    'market.listResearch': (input, req) => listResearch(ctx(req), input),
    'market.getResearch': (input, req) => getResearch(ctx(req), input.id),
    'market.exportResearch': (input, req) => exportResearch(ctx(req), input),
    'market.openResearchFile': (input, req) => openResearchFile(ctx(req), input.id),
    'market.createResearch': (input, req) => createResearch(ctx(req), input),
    'market.updateResearch': ({ id, version, ...r }, req) => updateResearch(ctx(req), id, version, r),
    'market.addResearchFile': (input, req) => addResearchFile(ctx(req), input),
    'market.deleteResearchFile': (input, req) => deleteResearchFile(ctx(req), input.id),
    'market.listCompetitors': (input, req) => listCompetitors(ctx(req), input),
    'market.getCompetitor': (input, req) => getCompetitor(ctx(req), input.id),
    'market.createCompetitor': (input, req) => createCompetitor(ctx(req), input),
    'market.updateCompetitor': ({ id, version, ...c }, req) => updateCompetitor(ctx(req), id, version, c),
    'market.addSighting': ({ competitorId, ...s }, req) => addSighting(ctx(req), competitorId, s),
    'market.updateSighting': ({ id, version, ...s }, req) => updateSighting(ctx(req), id, version, s),
    'market.deleteSighting': (input, req) => deleteSighting(ctx(req), input.id),
    'market.listActivities': (input, req) => listActivities(ctx(req), input),
    'market.getActivity': (input, req) => getActivity(ctx(req), input.id),
    'market.exportActivities': (input, req) => exportActivities(ctx(req), input),
    'market.createActivity': (input, req) => createActivity(ctx(req), input),
    'market.updateActivity': ({ id, version, ...a }, req) => updateActivity(ctx(req), id, version, a),
  };
};
