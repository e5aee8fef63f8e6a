import type { salesChannels } from '../../../shared/sales/channels';
import { userContextOf, type Request } from '../../core/context';
import type { DomainHandlers } from '../../core/handlers';
import { forecast, funnel, lostReasons } from './analysis';
import { exportOpportunities } from './exportOpportunities';
import { printSalesReport } from './reportPdf';
import { addProposalFile, deleteProposalFile, openProposalFile } from './proposalFiles';
import {
  activities,
  board,
  createOpportunity,
  getOpportunity,
  listOpportunities,
  updateOpportunity,
} from './service';
import { assignOpportunity, moveOpportunity, reopenOpportunity } from './workflow';

// Every pipeline channel is behind a login: what a caller sees and may change depends on who they are.
export const salesHandlers: DomainHandlers<keyof typeof salesChannels> = (deps) => {
  const ctx = (req: Request) => userContextOf(deps, req);
  return {
    'sales.list': (input, req) => listOpportunities(ctx(req), input),
    'sales.board': (input, req) => board(ctx(req), input),
    'sales.get': (input, req) => getOpportunity(ctx(req), input.id),
    'sales.create': (input, req) => createOpportunity(ctx(req), input),
    'sales.update': ({ id, version, ...fields }, req) => updateOpportunity(ctx(req), id, version, fields),
    'sales.move': (input, req) => moveOpportunity(ctx(req), input),
    'sales.reopen': ({ id, version }, req) => reopenOpportunity(ctx(req), id, version),
    'sales.assign': ({ id, version, ownerId }, req) => assignOpportunity(ctx(req), id, version, ownerId),
    'sales.addProposalFile': (input, req) => addProposalFile(ctx(req), input),
    'sales.deleteProposalFile': (input, req) => deleteProposalFile(ctx(req), input.id),
    'sales.openProposalFile': (input, req) => openProposalFile(ctx(req), input.id),
    'sales.funnel': (input, req) => funnel(ctx(req), input),
    'sales.forecast': (input, req) => forecast(ctx(req), input),
    'sales.lostReasons': (input, req) => lostReasons(ctx(req), input),
    'sales.export': (input, req) => exportOpportunities(ctx(req), input),
    'sales.report': (input, req) => printSalesReport(ctx(req), input),
    'sales.activities': (input, req) => activities(ctx(req), input),
  };
};
