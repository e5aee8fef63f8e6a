import type { riskChannels } from '../../../shared/risk/channels';
import { userContextOf, type Request } from '../../core/context';
import type { DomainHandlers } from '../../core/handlers';
import { addRiskAction, listRiskActions, setRiskActionStatus, updateRiskAction } from './actions';
import { exportRiskActions, exportRisks } from './exportRisks';
import { riskHeatmap, riskHeatmapCell } from './heatmap';
import { createRisk, getRisk, listRisks, pickRisks, updateRisk } from './service';
import { assessRisk, moveRisk, reopenRisk, respondToRisk, reviewRisk } from './workflow';

// Every risk channel is behind a login: what a caller sees and may change depends on who they are.
export const riskHandlers: DomainHandlers<keyof typeof riskChannels> = (deps) => {
  const ctx = (req: Request) => userContextOf(deps, req);
  return {
    'risk.list': (input, req) => listRisks(ctx(req), input),
    'risk.get': (input, req) => getRisk(ctx(req), input.id),
    'risk.pick': (input, req) => pickRisks(ctx(req), input),
    'risk.create': (input, req) => createRisk(ctx(req), input),
    'risk.update': ({ id, version, ...fields }, req) => updateRisk(ctx(req), id, version, fields),
    'risk.assess': ({ id, version, ...cell }, req) => assessRisk(ctx(req), { id, version }, cell),
    'risk.respond': ({ id, version, ...response }, req) => respondToRisk(ctx(req), { id, version }, response),
    'risk.move': ({ id, version, ...to }, req) => moveRisk(ctx(req), { id, version }, to),
    'risk.reopen': ({ id, version, reason }, req) => reopenRisk(ctx(req), { id, version }, reason),
    'risk.review': ({ id, version, note }, req) => reviewRisk(ctx(req), { id, version }, note),
    'risk.addAction': ({ riskId, ...action }, req) => addRiskAction(ctx(req), riskId, action),
    'risk.updateAction': ({ id, version, ...action }, req) => updateRiskAction(ctx(req), id, version, action),
    'risk.setActionStatus': ({ id, version, ...status }, req) =>
      setRiskActionStatus(ctx(req), id, version, status),
    'risk.listActions': (input, req) => listRiskActions(ctx(req), input),
    'risk.heatmap': (input, req) => riskHeatmap(ctx(req), input),
    'risk.heatmapCell': (input, req) => riskHeatmapCell(ctx(req), input),
    'risk.export': (input, req) => exportRisks(ctx(req), input),
    'risk.exportActions': (input, req) => exportRiskActions(ctx(req), input),
  };
};
