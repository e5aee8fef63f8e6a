import { normalisePhoneDigits } from '../../../shared/clients/rules';
import type { Communication, Contact, FollowUp, Transaction } from '../../../shared/clients/types';
import { AppError } from '../../../shared/contract/errors';
import type { Actor, CoreDeps } from '../../core/context';
import { newId } from '../../core/ids';
import type { Db } from '../../db/connection';
import type { AuditService } from '../audit/service';
import { diffRecords } from '../audit/diff';
import { conflict, fieldRefusal, type Caller, type ClientAccess } from './clientAccess';
import { listFollowUps, localDate } from './followups';
import * as repo from './repository';
import type { CommunicationWrite, Stamp, TransactionWrite } from './repository';

/** A contact as a form or an import row writes it: the contract's contact without its identity. */
export type ContactInput = Omit<Contact, 'id' | 'clientId' | 'version'>;

const contactAuditView = ({ id: _i, version: _v, ...rest }: Contact) => rest;
const communicationAuditView = ({
  id: _i,
  version: _v,
  contactName: _c,
  staffName: _s,
  ...rest
}: Communication) => rest;
const transactionAuditView = ({ id: _i, version: _v, ...rest }: Transaction) => rest;

/** What every record kept inside a client file has: contacts, communication records, transaction records. */
interface ChildRow {
  clientId: string;
  version: number;
  deletedAt: string | null;
}

/**
 * Such records share one shape of change: the file must be live and visible, the record's version current;
 * the file counts as touched; a trail row records what changed. `afterChange` is what else follows (a
 * contact is what a file is searched by).
 */
interface ChildKind<T extends ChildRow> {
  entity: 'contact' | 'communication' | 'transaction';
  read: (d: Db, id: string) => T | null;
  view: (record: Omit<T, 'deletedAt'>) => object;
  afterChange?: (d: Db, clientId: string) => void;
}

/**
 * The records kept inside client files — contacts, communication records, transaction records — and the
 * follow-ups their next actions make (DOMAIN §1). Its methods are part of the clients service (service.ts).
 */
export function createClientRecords(deps: CoreDeps, audit: AuditService, access: ClientAccess) {
  const { db, stamp, liveClient, childForWrite, refreshSearch, touched } = access;

  const CONTACTS: ChildKind<repo.ContactRow> = {
    entity: 'contact',
    read: repo.getContact,
    view: contactAuditView,
    afterChange: (d, clientId) => refreshSearch(d, clientId),
  };
  const COMMUNICATIONS: ChildKind<repo.CommunicationRow> = {
    entity: 'communication',
    read: repo.getCommunication,
    view: communicationAuditView,
  };
  const TRANSACTIONS: ChildKind<repo.TransactionRow> = {
    entity: 'transaction',
    read: repo.getTransaction,
    view: transactionAuditView,
  };

  function readLive<T extends ChildRow>(kind: ChildKind<T>, d: Db, id: string): Omit<T, 'deletedAt'> {
    const { deletedAt: _d, ...record } = kind.read(d, id)!;
    return record;
  }

  function createChild<T extends ChildRow>(
    kind: ChildKind<T>,
    clientId: string,
    caller: Caller,
    insert: (d: Db, id: string, s: Stamp) => void,
  ): Omit<T, 'deletedAt'> {
    const d = db();
    return d.transaction(() => {
      liveClient(d, caller.user, clientId);
      const s = stamp(caller.actor);
      const id = newId();
      insert(d, id, s);
      touched(d, clientId, s);
      kind.afterChange?.(d, clientId);
      const created = readLive(kind, d, id);
      audit.record(d, caller.actor, {
        entity: kind.entity,
        entityId: id,
        action: 'create',
        changes: diffRecords(null, kind.view(created)),
      });
      return created;
    })();
  }

  /** `write` returns false when the stored version has moved on (a CONFLICT). */
  function updateChild<T extends ChildRow>(
    kind: ChildKind<T>,
    id: string,
    version: number,
    caller: Caller,
    write: (d: Db, before: T, s: Stamp) => boolean,
  ): Omit<T, 'deletedAt'> {
    const d = db();
    return d.transaction(() => {
      const before = childForWrite(d, caller.user, kind.read(d, id), version, kind.entity);
      const s = stamp(caller.actor);
      if (!write(d, before, s)) throw conflict(kind.entity);
      touched(d, before.clientId, s);
      kind.afterChange?.(d, before.clientId);
      const after = readLive(kind, d, id);
      const { deletedAt: _d, ...beforeLive } = before;
      audit.record(d, caller.actor, {
        entity: kind.entity,
        entityId: id,
        action: 'update',
        changes: diffRecords(kind.view(beforeLive), kind.view(after)),
      });
      return after;
    })();
  }

  function deleteChild<T extends ChildRow>(
    kind: ChildKind<T>,
    id: string,
    version: number,
    caller: Caller,
    softDelete: (d: Db, id: string, version: number, s: Stamp) => boolean,
  ): null {
    const d = db();
    return d.transaction(() => {
      const before = childForWrite(d, caller.user, kind.read(d, id), version, kind.entity);
      const s = stamp(caller.actor);
      if (!softDelete(d, id, version, s)) throw conflict(kind.entity);
      touched(d, before.clientId, s);
      kind.afterChange?.(d, before.clientId);
      audit.record(d, caller.actor, {
        entity: kind.entity,
        entityId: id,
        action: 'delete',
        changes: [{ field: 'deletedAt', before: null, after: s.at }],
      });
      return null;
    })();
  }

  function contactWrite(input: ContactInput): repo.ContactWrite {
    return { ...input, mobileNorm: input.mobile ? normalisePhoneDigits(input.mobile) : null };
  }

  function communicationWrite(d: Db, clientId: string, input: CommunicationWrite): CommunicationWrite {
    if (input.contactId) {
      const contact = repo.getContact(d, input.contactId);
      if (!contact || contact.clientId !== clientId || contact.deletedAt)
        throw fieldRefusal('VALIDATION', 'contactId', 'validation.notFound');
    }
    // A date with nothing to do would put an empty line in someone's follow-ups.
    if (input.nextActionDate && !input.nextAction)
      throw fieldRefusal('VALIDATION', 'nextAction', 'validation.required');
    return input;
  }

  /** One primary contact per file: making one primary unsets the other, with its own trail row. */
  function unsetPrimary(d: Db, clientId: string, exceptId: string | null, s: Stamp, actor: Actor): void {
    const unset = repo.clearPrimaryContact(d, clientId, exceptId, s);
    if (unset)
      audit.record(d, actor, {
        entity: 'contact',
        entityId: unset,
        action: 'update',
        changes: [{ field: 'isPrimary', before: true, after: false }],
      });
  }

  return {
    /** A new file's first contact, written with the file (clients create): no touch, no search text yet. */
    insertFirstContact(d: Db, clientId: string, input: ContactInput, s: Stamp): string {
      const id = newId();
      repo.insertContact(d, id, clientId, contactWrite({ ...input, isPrimary: true }), s);
      return id;
    },

    /** The trail row of a contact created with its file. */
    recordContactCreated(d: Db, id: string, actor: Actor): void {
      audit.record(d, actor, {
        entity: 'contact',
        entityId: id,
        action: 'create',
        changes: diffRecords(null, contactAuditView(readLive(CONTACTS, d, id))),
      });
    },

    methods: {
      // Contacts

      createContact(clientId: string, input: ContactInput, caller: Caller): Contact {
        return createChild(CONTACTS, clientId, caller, (d, id, s) => {
          if (input.isPrimary) unsetPrimary(d, clientId, null, s, caller.actor);
          repo.insertContact(d, id, clientId, contactWrite(input), s);
        });
      },

      updateContact(id: string, version: number, input: ContactInput, caller: Caller): Contact {
        return updateChild(CONTACTS, id, version, caller, (d, before, s) => {
          if (input.isPrimary && !before.isPrimary) unsetPrimary(d, before.clientId, id, s, caller.actor);
          return repo.updateContact(d, id, version, contactWrite(input), s);
        });
      },

      deleteContact(id: string, version: number, caller: Caller): null {
        return deleteChild(CONTACTS, id, version, caller, repo.softDeleteContact);
      },

      // Communication records

      listCommunications(
        clientId: string,
        page: number,
        pageSize: number,
        caller: Caller,
      ): { rows: Communication[]; total: number } {
        const d = db();
        liveClient(d, caller.user, clientId);
        return {
          rows: repo.listCommunications(d, clientId, pageSize, (page - 1) * pageSize),
          total: repo.countCommunications(d, clientId),
        };
      },

      createCommunication(clientId: string, input: CommunicationWrite, caller: Caller): Communication {
        // Who talked to the client is the person recording it; their follow-ups list shows the next action.
        return createChild(COMMUNICATIONS, clientId, caller, (d, id, s) =>
          repo.insertCommunication(
            d,
            id,
            clientId,
            caller.user.staffId,
            communicationWrite(d, clientId, input),
            s,
          ),
        );
      },

      updateCommunication(
        id: string,
        version: number,
        input: CommunicationWrite,
        caller: Caller,
      ): Communication {
        return updateChild(COMMUNICATIONS, id, version, caller, (d, before, s) =>
          repo.updateCommunication(d, id, version, communicationWrite(d, before.clientId, input), s),
        );
      },

      completeCommunication(id: string, version: number, caller: Caller): Communication {
        const d = db();
        return d.transaction(() => {
          const before = childForWrite(
            d,
            caller.user,
            repo.getCommunication(d, id),
            version,
            'communication',
          );
          if (!before.nextAction || before.nextActionDone)
            throw new AppError('INVALID_STATE', 'no open next action on this record');
          const s = stamp(caller.actor);
          if (!repo.completeCommunication(d, id, version, s)) throw conflict('communication');
          touched(d, before.clientId, s);
          audit.record(d, caller.actor, {
            entity: 'communication',
            entityId: id,
            action: 'complete',
            changes: [{ field: 'nextActionDone', before: false, after: true }],
          });
          return readLive(COMMUNICATIONS, d, id);
        })();
      },

      deleteCommunication(id: string, version: number, caller: Caller): null {
        return deleteChild(COMMUNICATIONS, id, version, caller, repo.softDeleteCommunication);
      },

      // Transaction records

      createTransaction(clientId: string, input: TransactionWrite, caller: Caller): Transaction {
        return createChild(TRANSACTIONS, clientId, caller, (d, id, s) =>
          repo.insertTransaction(d, id, clientId, input, s),
        );
      },

      updateTransaction(id: string, version: number, input: TransactionWrite, caller: Caller): Transaction {
        return updateChild(TRANSACTIONS, id, version, caller, (d, _before, s) =>
          repo.updateTransaction(d, id, version, input, s),
        );
      },

      deleteTransaction(id: string, version: number, caller: Caller): null {
        return deleteChild(TRANSACTIONS, id, version, caller, repo.softDeleteTransaction);
      },

      followUps(scope: 'mine' | 'team', staffId: string | null, caller: Caller): FollowUp[] {
        return listFollowUps(db(), caller.user, { scope, staffId, today: localDate(deps.clock.now()) });
      },
    },
  };
}
