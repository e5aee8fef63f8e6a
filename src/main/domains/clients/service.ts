import type { SessionUser } from '../../../shared/auth/types';
import {
  clientCompleteness,
  normaliseClientName,
  normaliseCreditCode,
  normalisePhoneDigits,
} from '../../../shared/clients/rules';
import type {
  Client,
  ClientDetail,
  ClientPage,
  ClientSortField,
  ClientSource,
  ClientStatus,
  ClientType,
  Communication,
  Completeness,
  Contact,
  DuplicateMatch,
  FollowUp,
  StatusChange,
  Transaction,
  ValueTier,
} from '../../../shared/clients/types';
import { AppError } from '../../../shared/contract/errors';
import { roleMay } from '../../../shared/contract/permissions';
import type { Actor, CoreDeps } from '../../core/context';
import { newId } from '../../core/ids';
import type { Db } from '../../db/connection';
import type { AuditService } from '../audit/service';
import { diffRecords } from '../audit/diff';
import type { OrgService } from '../org/service';
import type { SettingsService } from '../settings/service';
import { nextClientCode } from './codes';
import { findDuplicates, type DuplicateQuery } from './duplicates';
import { listOrder, listQuery, withHits, type ClientFilter } from './filters';
import { listFollowUps, localDate } from './followups';
import { moveEverything } from './merge';
import * as repo from './repository';
import type { ClientRow, ClientWrite, CommunicationWrite, Stamp, TransactionWrite } from './repository';
import { queryKey, searchText } from './search';
import { canAssignTo, canSee, listScope } from './visibility';

/** Who is calling: the actor for the audit trail, the session user for the scope. */
export interface Caller {
  actor: Actor;
  user: SessionUser;
}

export interface ClientInput {
  type: ClientType;
  name: string;
  creditCode: string | null;
  industry: string | null;
  province: string | null;
  city: string | null;
  address: string | null;
  source: ClientSource;
  tier: ValueTier;
  ownerId: string | null;
  tags: string[];
  notes: string | null;
}

export interface ContactInput {
  name: string;
  title: string | null;
  mobile: string | null;
  email: string | null;
  wechat: string | null;
  isPrimary: boolean;
  birthday: string | null;
  notes: string | null;
}

export interface ListInput extends ClientFilter {
  sort: ClientSortField;
  order: 'asc' | 'desc';
  page: number;
  pageSize: number;
}

/** Communications shown on the detail page; the rest are paged through communications.list. */
const DETAIL_COMMUNICATIONS = 50;
const DAY_MS = 86_400_000;
/** Rows read at a time by exportRows. */
const EXPORT_CHUNK = 1000;

const notFound = (what: string) => new AppError('NOT_FOUND', `${what} not found`);
const conflict = (what: string) => new AppError('CONFLICT', `${what} changed since it was read`);
const fieldRefusal = (code: 'VALIDATION' | 'FORBIDDEN' | 'DUPLICATE', field: string, key: string) =>
  new AppError(code, `${field}: ${key}`, { fields: { [field]: { key } } });

/** A client as the audit trail shows it: what a person edits, no joined names or computed values. */
function clientAuditView(r: ClientRow) {
  return {
    code: r.code,
    type: r.type,
    name: r.name,
    creditCode: r.creditCode,
    industry: r.industry,
    province: r.province,
    city: r.city,
    address: r.address,
    source: r.source,
    tier: r.tier,
    status: r.status,
    ownerId: r.ownerId,
    groupId: r.groupId,
    tags: JSON.parse(r.tags) as string[],
    notes: r.notes,
  };
}

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

function completenessOf(r: ClientRow): Completeness {
  return clientCompleteness({
    type: r.type,
    creditCode: r.creditCode,
    industry: r.industry,
    province: r.province,
    city: r.city,
    address: r.address,
    ownerId: r.ownerId,
    hasPrimaryContact: r.primaryContactId !== null,
    primaryContactReachable: r.primaryReachable === 1,
    hasCommunication: r.hasCommunication === 1,
  });
}

function toClient(r: ClientRow, staleBefore: string): Client {
  return {
    id: r.id,
    code: r.code,
    type: r.type,
    name: r.name,
    creditCode: r.creditCode,
    industry: r.industry,
    province: r.province,
    city: r.city,
    address: r.address,
    source: r.source,
    tier: r.tier,
    status: r.status,
    statusChangedAt: r.statusChangedAt,
    ownerId: r.ownerId,
    ownerName: r.ownerName,
    groupId: r.groupId,
    groupName: r.groupName,
    groupNameEn: r.groupNameEn,
    tags: JSON.parse(r.tags) as string[],
    notes: r.notes,
    primaryContactName: r.primaryContactName,
    primaryContactMobile: r.primaryContactMobile,
    touchedAt: r.touchedAt,
    completeness: completenessOf(r).score,
    stale: r.touchedAt < staleBefore,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    deletedAt: r.deletedAt,
    version: r.version,
  };
}

export function createClientsService(
  deps: CoreDeps,
  audit: AuditService,
  org: OrgService,
  settings: SettingsService,
) {
  const db = () => deps.store.db;
  const stamp = (actor: Actor): Stamp => ({ at: deps.clock.now().toISOString(), by: actor.userId });
  /** Files last touched before this instant are due for the periodic update (四(一)3). */
  const staleBefore = () =>
    new Date(deps.clock.now().getTime() - settings.get().settings.clientStaleDays * DAY_MS).toISOString();

  /**
   * A client the caller may see. Missing and out-of-scope answer the same NOT_FOUND, so a file's existence
   * is never revealed to someone who may not open it.
   */
  function visibleClient(d: Db, user: SessionUser, id: string): ClientRow {
    const row = repo.getClientRow(d, id);
    if (!row || !canSee(user, row)) throw notFound('client');
    return row;
  }

  function liveClient(d: Db, user: SessionUser, id: string): ClientRow {
    const row = visibleClient(d, user, id);
    if (row.deletedAt) throw notFound('client');
    return row;
  }

  /** For a versioned write: a stale version is a CONFLICT even when the other writer deleted the file. */
  function clientForWrite(d: Db, user: SessionUser, id: string, version: number): ClientRow {
    const row = visibleClient(d, user, id);
    if (row.version !== version) throw conflict('client');
    if (row.deletedAt) throw notFound('client');
    return row;
  }

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

  /** A contact, record or transaction the caller may change: its file visible and live, its version current. */
  function childForWrite<T extends { clientId: string; version: number; deletedAt: string | null }>(
    d: Db,
    user: SessionUser,
    child: T | null,
    version: number,
    what: string,
  ): T {
    if (!child) throw notFound(what);
    const client = repo.getClientRow(d, child.clientId);
    if (!client || !canSee(user, client) || client.deletedAt) throw notFound(what);
    if (child.version !== version) throw conflict(what);
    if (child.deletedAt) throw notFound(what);
    return child;
  }

  function refreshSearch(d: Db, clientId: string): void {
    const source = repo.searchSource(d, clientId);
    if (source) repo.upsertSearchText(d, clientId, searchText(source));
  }

  /** The owner a write asks for, checked against what the caller may assign; with the group it implies. */
  function ownerFor(
    user: SessionUser,
    requested: string | null,
  ): { ownerId: string | null; groupId: string | null } {
    if (requested === null) return { ownerId: null, groupId: null };
    const owner = org.findStaff(requested);
    if (!owner) throw fieldRefusal('VALIDATION', 'ownerId', 'validation.notFound');
    if (owner.status === 'left') throw fieldRefusal('VALIDATION', 'ownerId', 'validation.staffLeft');
    if (!canAssignTo(user, owner.id, owner.groupId))
      throw fieldRefusal('FORBIDDEN', 'ownerId', 'validation.invalidChoice');
    return { ownerId: owner.id, groupId: owner.groupId };
  }

  /**
   * The stored form of a client write. A credit code names one legal entity, so another live file with the
   * same code is refused; a similar name or phone only warns (checkDuplicates), because namesakes exist.
   */
  function clientWrite(d: Db, user: SessionUser, input: ClientInput, current: ClientRow | null): ClientWrite {
    const creditCode = input.creditCode ? normaliseCreditCode(input.creditCode) : null;
    if (creditCode && repo.creditCodeTaken(d, creditCode, current ? [current.id] : []))
      throw fieldRefusal('DUPLICATE', 'creditCode', 'validation.duplicate');
    let owner: { ownerId: string | null; groupId: string | null };
    if (!current) {
      // A new file without an owner is the creator's own.
      owner = ownerFor(user, input.ownerId ?? user.staffId);
    } else if (input.ownerId === current.ownerId) {
      // The group is the owner's group when the file was assigned; an ordinary edit leaves it as it is.
      owner = { ownerId: current.ownerId, groupId: current.groupId };
    } else {
      // Changing the owner is a reassignment (manager, deputy); taking the owner away, the manager's alone.
      if (!roleMay(user.role, 'clients.reassign') || (input.ownerId === null && user.role !== 'manager'))
        throw fieldRefusal('FORBIDDEN', 'ownerId', 'validation.invalidChoice');
      owner = ownerFor(user, input.ownerId);
    }
    return {
      type: input.type,
      name: input.name,
      nameNorm: normaliseClientName(input.name),
      creditCode,
      industry: input.industry,
      province: input.province,
      city: input.city,
      address: input.address,
      source: input.source,
      tier: input.tier,
      ownerId: owner.ownerId,
      groupId: owner.groupId,
      tags: [...new Set(input.tags)],
      notes: input.notes,
    };
  }

  function readClient(d: Db, id: string): Client {
    return toClient(repo.getClientRow(d, id)!, staleBefore());
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

  /** Any change inside a file marks the file as kept up to date. */
  function touched(d: Db, clientId: string, s: Stamp): void {
    repo.touchClient(d, clientId, s.at);
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
    list(input: ListInput, caller: Caller): ClientPage {
      const d = db();
      const cutoff = staleBefore();
      const query = withHits(d, listQuery(listScope(d, caller.user), input, cutoff));
      const offset = (input.page - 1) * input.pageSize;
      const page = repo.clientPage(d, query, listOrder(input.sort, input.order), input.pageSize, offset);
      return {
        rows: page.rows.map((r) => toClient(r, cutoff)),
        total: page.total,
        page: input.page,
        pageSize: input.pageSize,
      };
    },

    /**
     * Every row of the list as the caller sees it with these filters and this order (up to `max`), read in
     * chunks so a long export never holds every row at once; for clients.export.
     */
    *exportRows(input: Omit<ListInput, 'page' | 'pageSize'>, caller: Caller, max: number): Generator<Client> {
      const d = db();
      const cutoff = staleBefore();
      const query = withHits(d, listQuery(listScope(d, caller.user), input, cutoff));
      const rowids = repo.selectClientRowids(d, query, listOrder(input.sort, input.order), max, 0);
      for (let i = 0; i < rowids.length; i += EXPORT_CHUNK)
        for (const r of repo.getClientRowsByRowid(d, rowids.slice(i, i + EXPORT_CHUNK)))
          yield toClient(r, cutoff);
    },

    /** NOT_FOUND unless the caller may see this live file (attachments check this before anything else). */
    assertVisible(id: string, caller: Caller): void {
      liveClient(db(), caller.user, id);
    },

    get(id: string, caller: Caller): ClientDetail {
      const d = db();
      const row = liveClient(d, caller.user, id);
      const transactions = repo.listTransactions(d, id);
      return {
        client: toClient(row, staleBefore()),
        contacts: repo.listContacts(d, id),
        communications: repo.listCommunications(d, id, DETAIL_COMMUNICATIONS, 0),
        communicationsTotal: repo.countCommunications(d, id),
        transactions,
        transactionsTotalFen: transactions.reduce((sum, t) => sum + t.amountFen, 0),
        statusHistory: repo.listStatusChanges(d, id),
        attachments: repo.listAttachments(d, id),
        completeness: completenessOf(row),
      };
    },

    tags(caller: Caller): string[] {
      const d = db();
      return repo.distinctTags(d, listScope(d, caller.user));
    },

    checkDuplicates(q: DuplicateQuery, caller: Caller): DuplicateMatch[] {
      return findDuplicates(db(), caller.user, q);
    },

    statusHistory(id: string, caller: Caller): StatusChange[] {
      const d = db();
      liveClient(d, caller.user, id);
      return repo.listStatusChanges(d, id);
    },

    /**
     * A new file; with `primaryContact` (the Excel import's rows), its first contact is written with it, so
     * the file's search text and indexes are written once rather than again for the contact.
     */
    create(
      input: ClientInput & { status: ClientStatus },
      caller: Caller,
      primaryContact: ContactInput | null = null,
    ): Client {
      const d = db();
      return d.transaction(() => {
        const s = stamp(caller.actor);
        const w = clientWrite(d, caller.user, input, null);
        const id = newId();
        repo.insertClient(d, id, nextClientCode(d, deps.clock.now()), w, input.status, s);
        // The first status counts as the first change, so the history starts when the file does.
        repo.insertStatusChange(
          d,
          { id: newId(), clientId: id, from: null, to: input.status, reason: null },
          s,
        );
        const contactId = primaryContact && newId();
        if (primaryContact && contactId)
          repo.insertContact(d, contactId, id, contactWrite({ ...primaryContact, isPrimary: true }), s);
        refreshSearch(d, id);
        const row = repo.getClientRow(d, id)!;
        audit.record(d, caller.actor, {
          entity: 'client',
          entityId: id,
          action: 'create',
          changes: diffRecords(null, clientAuditView(row)),
        });
        if (contactId)
          audit.record(d, caller.actor, {
            entity: 'contact',
            entityId: contactId,
            action: 'create',
            changes: diffRecords(null, contactAuditView(readLive(CONTACTS, d, contactId))),
          });
        return toClient(row, staleBefore());
      })();
    },

    update(id: string, version: number, input: ClientInput, caller: Caller): Client {
      const d = db();
      return d.transaction(() => {
        const before = clientForWrite(d, caller.user, id, version);
        const w = clientWrite(d, caller.user, input, before);
        if (!repo.updateClient(d, id, version, w, stamp(caller.actor))) throw conflict('client');
        refreshSearch(d, id);
        const after = repo.getClientRow(d, id)!;
        audit.record(d, caller.actor, {
          entity: 'client',
          entityId: id,
          action: 'update',
          changes: diffRecords(clientAuditView(before), clientAuditView(after)),
        });
        return toClient(after, staleBefore());
      })();
    },

    setStatus(id: string, version: number, status: ClientStatus, reason: string, caller: Caller): Client {
      const d = db();
      return d.transaction(() => {
        const before = clientForWrite(d, caller.user, id, version);
        if (before.status === status) throw new AppError('INVALID_STATE', `client is already ${status}`);
        const s = stamp(caller.actor);
        if (!repo.updateClientStatus(d, id, version, status, s)) throw conflict('client');
        repo.insertStatusChange(d, { id: newId(), clientId: id, from: before.status, to: status, reason }, s);
        audit.record(d, caller.actor, {
          entity: 'client',
          entityId: id,
          action: 'set_status',
          changes: [
            { field: 'status', before: before.status, after: status },
            { field: 'reason', before: null, after: reason },
          ],
        });
        return readClient(d, id);
      })();
    },

    remove(id: string, version: number, caller: Caller): null {
      const d = db();
      return d.transaction(() => {
        clientForWrite(d, caller.user, id, version);
        const s = stamp(caller.actor);
        if (!repo.softDeleteClient(d, id, version, null, s)) throw conflict('client');
        audit.record(d, caller.actor, {
          entity: 'client',
          entityId: id,
          action: 'delete',
          changes: [{ field: 'deletedAt', before: null, after: s.at }],
        });
        return null;
      })();
    },

    /**
     * Deleted files, newest deletion first. Files merged into another are left out: their contents live on
     * in the kept file, so there is nothing to restore.
     */
    recycleBin(q: { search: string | null; page: number; pageSize: number }, caller: Caller): ClientPage {
      const d = db();
      const scope = listScope(d, caller.user);
      const parts = ['c.deleted_at IS NOT NULL', 'c.merged_into IS NULL', scope.sql].filter((p) => p !== '1');
      const key = queryKey(q.search);
      const where = withHits(d, {
        search: key,
        where: { sql: parts.join(' AND '), params: scope.params },
      });
      const cutoff = staleBefore();
      const page = repo.clientPage(
        d,
        where,
        'c.deleted_at DESC, c.rowid DESC',
        q.pageSize,
        (q.page - 1) * q.pageSize,
      );
      return {
        rows: page.rows.map((r) => toClient(r, cutoff)),
        total: page.total,
        page: q.page,
        pageSize: q.pageSize,
      };
    },

    restore(id: string, version: number, caller: Caller): Client {
      const d = db();
      return d.transaction(() => {
        const before = visibleClient(d, caller.user, id);
        if (before.version !== version) throw conflict('client');
        if (!before.deletedAt || before.mergedInto)
          throw new AppError('INVALID_STATE', 'client is not in the recycle bin');
        if (before.creditCode && repo.creditCodeTaken(d, before.creditCode, [id]))
          throw fieldRefusal('DUPLICATE', 'creditCode', 'validation.duplicate');
        if (!repo.restoreClient(d, id, version, stamp(caller.actor))) throw conflict('client');
        audit.record(d, caller.actor, {
          entity: 'client',
          entityId: id,
          action: 'restore',
          changes: [{ field: 'deletedAt', before: before.deletedAt, after: null }],
        });
        return readClient(d, id);
      })();
    },

    /** Many files to one owner, all or none; one trail row per file that actually changes hands. */
    reassign(ids: readonly string[], ownerId: string, caller: Caller): { updated: number } {
      const d = db();
      return d.transaction(() => {
        const owner = ownerFor(caller.user, ownerId);
        const s = stamp(caller.actor);
        let updated = 0;
        for (const id of new Set(ids)) {
          const before = liveClient(d, caller.user, id);
          if (before.ownerId === owner.ownerId && before.groupId === owner.groupId) continue;
          repo.updateClientOwner(d, id, ownerId, owner.groupId, s);
          audit.record(d, caller.actor, {
            entity: 'client',
            entityId: id,
            action: 'reassign',
            changes: diffRecords(
              { ownerId: before.ownerId, groupId: before.groupId },
              { ownerId: owner.ownerId, groupId: owner.groupId },
            ),
          });
          updated++;
        }
        return { updated };
      })();
    },

    merge(
      keepId: string,
      keepVersion: number,
      mergeId: string,
      mergeVersion: number,
      caller: Caller,
    ): Client {
      if (keepId === mergeId) throw fieldRefusal('VALIDATION', 'mergeId', 'validation.invalid');
      const d = db();
      return d.transaction(() => {
        const keep = clientForWrite(d, caller.user, keepId, keepVersion);
        const merged = clientForWrite(d, caller.user, mergeId, mergeVersion);
        const s = stamp(caller.actor);
        if (!repo.softDeleteClient(d, mergeId, mergeVersion, keepId, s)) throw conflict('client');
        const moved = moveEverything(d, keep, merged, s);
        if (!repo.bumpClient(d, keepId, keepVersion, s)) throw conflict('client');
        refreshSearch(d, keepId);
        refreshSearch(d, mergeId);
        const after = repo.getClientRow(d, keepId)!;
        audit.record(d, caller.actor, {
          entity: 'client',
          entityId: keepId,
          action: 'merge',
          changes: [
            ...diffRecords(clientAuditView(keep), clientAuditView(after)),
            { field: 'mergedFrom', before: null, after: merged.code },
            { field: 'moved', before: null, after: moved },
          ],
        });
        audit.record(d, caller.actor, {
          entity: 'client',
          entityId: mergeId,
          action: 'merged_into',
          changes: [
            { field: 'mergedInto', before: null, after: keep.code },
            { field: 'deletedAt', before: null, after: s.at },
            { field: 'moved', before: moved, after: null },
          ],
        });
        return toClient(after, staleBefore());
      })();
    },

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
        const before = childForWrite(d, caller.user, repo.getCommunication(d, id), version, 'communication');
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
  };
}

export type ClientsService = ReturnType<typeof createClientsService>;
