import type { contractsChannels } from '../../../shared/contracts/channels';
import { userContextOf, type Request } from '../../core/context';
import type { DomainHandlers } from '../../core/handlers';
import { addAttachment, deleteAttachment, openAttachment } from './attachments';
import { exportContracts } from './exportContracts';
import { acknowledgeHandoff } from './handoffs';
import {
  addMilestone,
  completeMilestone,
  deleteMilestone,
  recordPayment,
  updateMilestone,
} from './milestones';
import { printReviewForm } from './reviewPdf';
import { contractSources, createContract, getContract, listContracts, updateContract } from './service';
import { signContract } from './signing';
import {
  approveContract,
  giveOpinion,
  recordChecklist,
  returnToDraft,
  submitForReview,
  terminateContract,
} from './workflow';

// Every contract channel is behind a login: what a caller sees and may change depends on who they are.
export const contractsHandlers: DomainHandlers<keyof typeof contractsChannels> = (deps) => {
  const ctx = (req: Request) => userContextOf(deps, req);
  return {
    'contracts.list': (input, req) => listContracts(ctx(req), input),
    'contracts.get': ({ id }, req) => getContract(ctx(req), id),
    'contracts.export': (input, req) => exportContracts(ctx(req), input),
    'contracts.printReview': ({ id, locale }, req) => printReviewForm(ctx(req), id, locale),
    'contracts.sources': ({ search }, req) => contractSources(ctx(req), search),
    'contracts.openAttachment': ({ id }, req) => openAttachment(ctx(req), id),
    'contracts.create': (input, req) => createContract(ctx(req), input),
    'contracts.update': ({ id, version, ...input }, req) => updateContract(ctx(req), id, version, input),
    'contracts.submit': ({ id, version }, req) => submitForReview(ctx(req), id, version),
    'contracts.returnToDraft': ({ id, version, comment }, req) =>
      returnToDraft(ctx(req), id, version, comment),
    'contracts.check': ({ id, version, checklist }, req) => recordChecklist(ctx(req), id, version, checklist),
    'contracts.opine': ({ id, version, agree, comment }, req) =>
      giveOpinion(ctx(req), id, version, agree, comment),
    'contracts.approve': ({ id, version }, req) => approveContract(ctx(req), id, version),
    'contracts.sign': ({ id, version, signedOn, handoffs }, req) =>
      signContract(ctx(req), id, version, signedOn, handoffs),
    'contracts.terminate': ({ id, version, reason }, req) => terminateContract(ctx(req), id, version, reason),
    'contracts.addMilestone': ({ contractId, ...input }, req) => addMilestone(ctx(req), contractId, input),
    'contracts.updateMilestone': ({ id, version, ...input }, req) =>
      updateMilestone(ctx(req), id, version, input),
    'contracts.deleteMilestone': ({ id, version }, req) => deleteMilestone(ctx(req), id, version),
    'contracts.completeMilestone': ({ id, version, doneOn }, req) =>
      completeMilestone(ctx(req), id, version, doneOn),
    'contracts.recordPayment': ({ id, version, amountFen, receivedOn }, req) =>
      recordPayment(ctx(req), id, version, amountFen, receivedOn),
    'contracts.acknowledgeHandoff': ({ id, version, acknowledgedBy }, req) =>
      acknowledgeHandoff(ctx(req), id, version, acknowledgedBy),
    'contracts.addAttachment': (input, req) => addAttachment(ctx(req), input),
    'contracts.deleteAttachment': ({ id }, req) => deleteAttachment(ctx(req), id),
  };
};
