import type { clientChannels } from '../../../shared/clients/channels';
import { sessionUser, type Request } from '../../core/context';
import type { HandlersOf } from '../../core/handlers';
import type { Services } from '../../core/services';
import type { Caller } from './service';

const callerOf = (req: Request): Caller => ({ actor: req.actor, user: sessionUser(req) });

export const clientsHandlers = (s: Services): HandlersOf<keyof typeof clientChannels> => ({
  'clients.list': (input, req) => s.clients.list(input, callerOf(req)),
  'clients.get': (input, req) => s.clients.get(input.id, callerOf(req)),
  'clients.tags': (_input, req) => s.clients.tags(callerOf(req)),
  'clients.checkDuplicates': (input, req) => s.clients.checkDuplicates(input, callerOf(req)),
  'clients.create': (input, req) => s.clients.create(input, callerOf(req)),
  'clients.update': ({ id, version, ...client }, req) => s.clients.update(id, version, client, callerOf(req)),
  'clients.setStatus': (input, req) =>
    s.clients.setStatus(input.id, input.version, input.status, input.reason, callerOf(req)),
  'clients.delete': (input, req) => s.clients.remove(input.id, input.version, callerOf(req)),
  'clients.recycleBin': (input, req) => s.clients.recycleBin(input, callerOf(req)),
  'clients.restore': (input, req) => s.clients.restore(input.id, input.version, callerOf(req)),
  'clients.reassign': (input, req) => s.clients.reassign(input.ids, input.ownerId, callerOf(req)),
  'clients.merge': (input, req) =>
    s.clients.merge(input.keepId, input.keepVersion, input.mergeId, input.mergeVersion, callerOf(req)),
  'clients.statusHistory': (input, req) => s.clients.statusHistory(input.id, callerOf(req)),

  'contacts.create': ({ clientId, ...contact }, req) =>
    s.clients.createContact(clientId, contact, callerOf(req)),
  'contacts.update': ({ id, version, ...contact }, req) =>
    s.clients.updateContact(id, version, contact, callerOf(req)),
  'contacts.delete': (input, req) => s.clients.deleteContact(input.id, input.version, callerOf(req)),

  'communications.list': (input, req) =>
    s.clients.listCommunications(input.clientId, input.page, input.pageSize, callerOf(req)),
  'communications.create': ({ clientId, ...record }, req) =>
    s.clients.createCommunication(clientId, record, callerOf(req)),
  'communications.update': ({ id, version, ...record }, req) =>
    s.clients.updateCommunication(id, version, record, callerOf(req)),
  'communications.delete': (input, req) =>
    s.clients.deleteCommunication(input.id, input.version, callerOf(req)),
  'communications.complete': (input, req) =>
    s.clients.completeCommunication(input.id, input.version, callerOf(req)),

  'transactions.create': ({ clientId, ...record }, req) =>
    s.clients.createTransaction(clientId, record, callerOf(req)),
  'transactions.update': ({ id, version, ...record }, req) =>
    s.clients.updateTransaction(id, version, record, callerOf(req)),
  'transactions.delete': (input, req) => s.clients.deleteTransaction(input.id, input.version, callerOf(req)),

  'followups.list': (input, req) => s.clients.followUps(input.scope, input.staffId, callerOf(req)),
});
