import type { serviceChannels } from '../../../shared/service/channels';
import { userContextOf, type Request } from '../../core/context';
import type { DomainHandlers } from '../../core/handlers';
import { findByPhone, findForDesk } from '../clients/desk';
import { exportTickets } from './exportTickets';
import { assignTicket, createTicket, updateTicket } from './intake';
import {
  addTicketAction,
  completeTicketAction,
  deleteTicketAction,
  updateTicketAction,
} from './ticketActions';
import { clientTicketFigures, getTicket, listTickets } from './tickets';
import {
  answerTicket,
  closeTicket,
  convertTicket,
  reopenTicket,
  resolveTicket,
  saveInvestigation,
  startInvestigation,
  startResolving,
} from './workflow';

// Every ticket channel is behind a login: what a caller sees and may move depends on who they are.
export const serviceHandlers: DomainHandlers<keyof typeof serviceChannels> = (deps) => {
  const ctx = (req: Request) => userContextOf(deps, req);
  return {
    'service.lookupCaller': (input, req) => findByPhone(ctx(req), input.phone),
    'service.findClients': (input, req) => findForDesk(ctx(req), input.search),
    'service.list': (input, req) => listTickets(ctx(req), input),
    'service.get': (input, req) => getTicket(ctx(req), input.id),
    'service.clientFigures': (input, req) => clientTicketFigures(ctx(req), input.clientId),
    'service.create': (input, req) => createTicket(ctx(req), input),
    'service.update': ({ id, version, ...ticket }, req) => updateTicket(ctx(req), id, version, ticket),
    'service.assign': (input, req) => assignTicket(ctx(req), input.id, input.version, input.handlerId),
    'service.startInvestigation': ({ id, version, ...step }, req) =>
      startInvestigation(ctx(req), { id, version }, step),
    'service.saveInvestigation': ({ id, version, ...found }, req) =>
      saveInvestigation(ctx(req), { id, version }, found),
    'service.startResolving': ({ id, version, ...step }, req) =>
      startResolving(ctx(req), { id, version }, step),
    'service.addAction': ({ ticketId, ...action }, req) => addTicketAction(ctx(req), ticketId, action),
    'service.updateAction': ({ id, version, ...action }, req) =>
      updateTicketAction(ctx(req), id, version, action),
    'service.completeAction': ({ id, version, ...done }, req) =>
      completeTicketAction(ctx(req), id, version, done),
    'service.deleteAction': (input, req) => deleteTicketAction(ctx(req), input.id, input.version),
    'service.resolve': ({ id, version, ...step }, req) => resolveTicket(ctx(req), { id, version }, step),
    'service.answer': ({ id, version, ...step }, req) => answerTicket(ctx(req), { id, version }, step),
    'service.close': ({ id, version, ...step }, req) => closeTicket(ctx(req), { id, version }, step),
    'service.reopen': (input, req) =>
      reopenTicket(ctx(req), { id: input.id, version: input.version }, input.reason),
    'service.convert': ({ id, version, ...to }, req) => convertTicket(ctx(req), { id, version }, to),
    'service.export': (input, req) => exportTickets(ctx(req), input),
  };
};
