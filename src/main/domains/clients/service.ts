import type { SessionUser } from '../../../shared/auth/types';
import { checkRegion } from '../../../shared/clients/regionRule';
import { clientCompleteness, normaliseClientName, normaliseCreditCode } from '../../../shared/clients/rules';
import {
  CLIENT_EDIT_FIELDS,
  type Client,
  type ClientDetail,
  type ClientPage,
  type ClientSortField,
  type ClientSource,
  type ClientStatus,
  type ClientType,
  type Completeness,
  type DuplicateMatch,
  type StatusChange,
  type ValueTier,
} from '../../../shared/clients/types';
import { AppError } from '../../../shared/contract/errors';
import { roleMay } from '../../../shared/contract/permissions';
import type { CoreDeps } from '../../core/context';
import { newId } from '../../core/ids';
import type { Db } from '../../db/connection';
import type { AuditService } from '../audit/service';
import { diffRecords } from '../audit/diff';
import type { OrgService } from '../org/service';
import type { SettingsService } from '../settings/service';
import { nextClientCode } from './codes';
import { findDuplicates, type DuplicateQuery } from './duplicates';
import { listOrder, listQuery, withHits, type ClientFilter } from './filters';
import { moveEverything } from './merge';
import * as repo from './repository';
import type { ClientRow, ClientWrite } from './repository';
import { queryKey } from './search';
import { canAssignTo, listScope } from './visibility';
import { conflict, createClientAccess, fieldRefusal, type Caller } from './clientAccess';
import { createClientRecords, type ContactInput } from './records';

export type { Caller } from './clientAccess';
export type { ContactInput } from './records';

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

export interface ListInput extends ClientFilter {
  sort: ClientSortField;
  order: 'asc' | 'desc';
  page: number;
  pageSize: number;
}

/** Communications shown on the detail page; the rest are paged through communications.list. */
const DETAIL_COMMUNICATIONS = 50;
/** Rows read at a time by exportRows. */
const EXPORT_CHUNK = 1000;

/** What the audit trail shows of a client: what a person edits, no joined names or computed values. */
const AUDITED_FIELDS = ['code', ...CLIENT_EDIT_FIELDS, 'status', 'groupId'] as const;

function clientAuditView(r: ClientRow): Pick<Client, (typeof AUDITED_FIELDS)[number]> {
  const client = toClient(r, '');
  return Object.fromEntries(AUDITED_FIELDS.map((f) => [f, client[f]])) as Pick<
    Client,
    (typeof AUDITED_FIELDS)[number]
  >;
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
  const access = createClientAccess(deps, settings);
  const { db, stamp, staleBefore, visibleClient, liveClient, clientForWrite, refreshSearch } = access;
  const records = createClientRecords(deps, audit, access);

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
    const region = checkRegion(input, current);
    if (Object.keys(region.errors).length)
      throw new AppError('VALIDATION', 'region not on the lists', { fields: region.errors });
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
      province: region.province,
      city: region.city,
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
        const contactId = primaryContact && records.insertFirstContact(d, id, primaryContact, s);
        refreshSearch(d, id);
        const row = repo.getClientRow(d, id)!;
        audit.record(d, caller.actor, {
          entity: 'client',
          entityId: id,
          action: 'create',
          changes: diffRecords(null, clientAuditView(row)),
        });
        if (contactId) records.recordContactCreated(d, contactId, caller.actor);
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

    ...records.methods,
  };
}

export type ClientsService = ReturnType<typeof createClientsService>;
