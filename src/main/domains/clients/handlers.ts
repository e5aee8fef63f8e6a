import type { clientChannels } from '../../../shared/clients/channels';
import { userContextOf, type Request } from '../../core/context';
import type { DomainHandlers } from '../../core/handlers';
import {
  completeCommunication,
  createCommunication,
  deleteCommunication,
  listCommunications,
  updateCommunication,
} from './communications';
import { createContact, deleteContact, updateContact } from './contacts';
import { checkDuplicates } from './duplicates';
import { listFollowUps } from './followups';
import { mergeClients } from './merge';
import {
  clientTags,
  createClient,
  deleteClient,
  getClient,
  listClients,
  reassignClients,
  recycleBin,
  restoreClient,
  setClientStatus,
  statusHistory,
  updateClient,
} from './service';
import { createTransaction, deleteTransaction, updateTransaction } from './transactions';

// Every client channel is behind a login: what a caller sees and changes depends on who they are.
export const clientsHandlers: DomainHandlers<keyof typeof clientChannels> = (deps) => {
  const ctx = (req: Request) => userContextOf(deps, req);
  return {
    'clients.list': (input, req) => listClients(ctx(req), input),
    'clients.get': (input, req) => getClient(ctx(req), input.id),
    'clients.tags': (_input, req) => clientTags(ctx(req)),
    'clients.checkDuplicates': (input, req) => checkDuplicates(ctx(req), input),
    'clients.create': (input, req) => createClient(ctx(req), input),
    'clients.update': ({ id, version, ...client }, req) => updateClient(ctx(req), id, version, client),
    'clients.setStatus': (input, req) =>
      setClientStatus(ctx(req), input.id, input.version, input.status, input.reason),
    'clients.delete': (input, req) => deleteClient(ctx(req), input.id, input.version),
    'clients.recycleBin': (input, req) => recycleBin(ctx(req), input),
    'clients.restore': (input, req) => restoreClient(ctx(req), input.id, input.version),
    'clients.reassign': (input, req) => reassignClients(ctx(req), input.ids, input.ownerId),
    'clients.merge': (input, req) =>
      mergeClients(ctx(req), input.keepId, input.keepVersion, input.mergeId, input.mergeVersion),
    'clients.statusHistory': (input, req) => statusHistory(ctx(req), input.id),

    'contacts.create': ({ clientId, ...contact }, req) => createContact(ctx(req), clientId, contact),
    'contacts.update': ({ id, version, ...contact }, req) => updateContact(ctx(req), id, version, contact),
    'contacts.delete': (input, req) => deleteContact(ctx(req), input.id, input.version),

    'communications.list': (input, req) =>
      listCommunications(ctx(req), input.clientId, input.page, input.pageSize),
    'communications.create': ({ clientId, ...record }, req) =>
      createCommunication(ctx(req), clientId, record),
    'communications.update': ({ id, version, ...record }, req) =>
      updateCommunication(ctx(req), id, version, record),
    'communications.delete': (input, req) => deleteCommunication(ctx(req), input.id, input.version),
    'communications.complete': (input, req) => completeCommunication(ctx(req), input.id, input.version),

    'transactions.create': ({ clientId, ...record }, req) => createTransaction(ctx(req), clientId, record),
    'transactions.update': ({ id, version, ...record }, req) =>
      updateTransaction(ctx(req), id, version, record),
    'transactions.delete': (input, req) => deleteTransaction(ctx(req), input.id, input.version),

    'followups.list': (input, req) => listFollowUps(ctx(req), input.scope, input.staffId),
  };
};
