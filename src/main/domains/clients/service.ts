import type {
  ClientCreateInput,
  ClientFilter,
  ClientInput,
  ClientListInput,
  ClientListOrder,
  ContactInput,
  RecycleBinQuery,
} from '../../../shared/clients/channels';
import type {
  Client,
  ClientDetail,
  ClientPage,
  ClientStatus,
  StatusChange,
} from '../../../shared/clients/types';
import { AppError } from '../../../shared/contract/errors';
import { diffRecords } from '../../core/auditDiff';
import type { UserCtx } from '../../core/context';
import { newId } from '../../core/ids';
import { mutate, type Mutation } from '../../core/mutation';
import { conflict, fieldRefusal, notFound } from '../../core/refusals';
import { clientForWrite, liveClient, refreshSearch, staleBefore, visibleClient } from './access';
import { clientAuditView, completenessOf, toClient } from './clientView';
import { clientWrite, ownerFor } from './clientWrite';
import { nextClientCode } from './codes';
import { insertFirstContact, recordContactCreated } from './contacts';
import { clientListQuery, recycleBinQuery, tagsQuery } from './listQuery';
import { listAttachments } from './repository/attachments';
import { clientPage, distinctTags, selectClientRowids } from './repository/clientList';
import * as clients from './repository/clients';
import { countCommunications, listCommunications } from './repository/communications';
import { listContacts } from './repository/contacts';
import { insertStatusChange, listStatusChanges } from './repository/statusHistory';
import { listTransactions } from './repository/transactions';

/** Communications shown on the detail page; the rest are paged through communications.list. */
const DETAIL_COMMUNICATIONS = 50;
/** Rows read at a time by exportRows. */
const EXPORT_CHUNK = 1000;

const readClient = (m: Mutation, id: string): Client =>
  toClient(clients.getClientRow(m.db, id)!, staleBefore(m));

export function listClients(ctx: UserCtx, input: ClientListInput): ClientPage {
  const cutoff = staleBefore(ctx);
  const query = clientListQuery(ctx.db, ctx.user, input, cutoff);
  const page = clientPage(ctx.db, query, input.pageSize, (input.page - 1) * input.pageSize);
  return {
    rows: page.rows.map((r) => toClient(r, cutoff)),
    total: page.total,
    page: input.page,
    pageSize: input.pageSize,
  };
}

/**
 * Every row of the list as the caller sees it with these filters and this order (up to `max`), read in
 * chunks so a long export never holds every row at once; for clients.export.
 */
export function* exportRows(
  ctx: UserCtx,
  input: ClientFilter & ClientListOrder,
  max: number,
): Generator<Client> {
  const cutoff = staleBefore(ctx);
  const rowids = selectClientRowids(ctx.db, clientListQuery(ctx.db, ctx.user, input, cutoff), max, 0);
  for (let i = 0; i < rowids.length; i += EXPORT_CHUNK)
    for (const r of clients.getClientRowsByRowid(ctx.db, rowids.slice(i, i + EXPORT_CHUNK)))
      yield toClient(r, cutoff);
}

/** NOT_FOUND unless the caller may see this live file (attachments check this before anything else). */
export function assertVisible(ctx: UserCtx, id: string): void {
  liveClient(ctx, id);
}

export function getClient(ctx: UserCtx, id: string): ClientDetail {
  const row = liveClient(ctx, id);
  const transactions = listTransactions(ctx.db, id);
  return {
    client: toClient(row, staleBefore(ctx)),
    contacts: listContacts(ctx.db, id),
    communications: listCommunications(ctx.db, id, DETAIL_COMMUNICATIONS, 0),
    communicationsTotal: countCommunications(ctx.db, id),
    transactions,
    transactionsTotalFen: transactions.reduce((sum, t) => sum + t.amountFen, 0),
    statusHistory: listStatusChanges(ctx.db, id),
    attachments: listAttachments(ctx.db, id),
    completeness: completenessOf(row),
  };
}

export function clientTags(ctx: UserCtx): string[] {
  return distinctTags(ctx.db, tagsQuery(ctx.db, ctx.user));
}

export function statusHistory(ctx: UserCtx, id: string): StatusChange[] {
  liveClient(ctx, id);
  return listStatusChanges(ctx.db, id);
}

/**
 * A new file; with `primaryContact` (the Excel import's rows), its first contact is written with it, so
 * the file's search text and indexes are written once rather than again for the contact.
 */
export function createClient(
  ctx: UserCtx,
  input: ClientCreateInput,
  primaryContact: ContactInput | null = null,
): Client {
  return mutate(ctx, (m) => {
    const w = clientWrite(m, input, null);
    const id = newId();
    clients.insertClient(m.db, id, nextClientCode(m.db, m.clock.now()), w, input.status, m.stamp);
    // The first status counts as the first change, so the history starts when the file does.
    insertStatusChange(
      m.db,
      { id: newId(), clientId: id, from: null, to: input.status, reason: null },
      m.stamp,
    );
    const contactId = primaryContact && insertFirstContact(m, id, primaryContact);
    refreshSearch(m, id);
    const row = clients.getClientRow(m.db, id)!;
    m.audit({
      entity: 'client',
      entityId: id,
      action: 'create',
      changes: diffRecords(null, clientAuditView(row)),
    });
    if (contactId) recordContactCreated(m, contactId);
    return toClient(row, staleBefore(m));
  });
}

export function updateClient(ctx: UserCtx, id: string, version: number, input: ClientInput): Client {
  return mutate(ctx, (m) => {
    const before = clientForWrite(m, id, version);
    const w = clientWrite(m, input, before);
    m.versioned('client', clients.updateClient(m.db, id, version, w, m.stamp));
    refreshSearch(m, id);
    const after = clients.getClientRow(m.db, id)!;
    m.audit({
      entity: 'client',
      entityId: id,
      action: 'update',
      changes: diffRecords(clientAuditView(before), clientAuditView(after)),
    });
    return toClient(after, staleBefore(m));
  });
}

export function setClientStatus(
  ctx: UserCtx,
  id: string,
  version: number,
  status: ClientStatus,
  reason: string,
): Client {
  return mutate(ctx, (m) => {
    const before = clientForWrite(m, id, version);
    if (before.status === status) throw new AppError('INVALID_STATE', `client is already ${status}`);
    m.versioned('client', clients.updateClientStatus(m.db, id, version, status, m.stamp));
    insertStatusChange(m.db, { id: newId(), clientId: id, from: before.status, to: status, reason }, m.stamp);
    m.audit({
      entity: 'client',
      entityId: id,
      action: 'set_status',
      changes: [
        { field: 'status', before: before.status, after: status },
        { field: 'reason', before: null, after: reason },
      ],
    });
    return readClient(m, id);
  });
}

/** The statuses a first signed contract turns into customer 成交客户. */
const BECOMES_CUSTOMER: readonly ClientStatus[] = ['potential', 'key_follow_up'];

/**
 * A signed contract makes a potential or key follow-up client a customer, inside the contract's own mutation
 * (`m`), with the status history kept like any status change; a customer, dormant or lost file keeps its
 * status. Whether it changed.
 */
export function becomeCustomer(m: Mutation<UserCtx>, clientId: string, reason: string): boolean {
  const before = clients.getClientRow(m.db, clientId);
  if (!before || before.deletedAt) throw notFound('client');
  if (!BECOMES_CUSTOMER.includes(before.status)) return false;
  m.versioned('client', clients.updateClientStatus(m.db, clientId, before.version, 'customer', m.stamp));
  insertStatusChange(m.db, { id: newId(), clientId, from: before.status, to: 'customer', reason }, m.stamp);
  m.audit({
    entity: 'client',
    entityId: clientId,
    action: 'set_status',
    changes: [
      { field: 'status', before: before.status, after: 'customer' },
      { field: 'reason', before: null, after: reason },
    ],
  });
  return true;
}

export function deleteClient(ctx: UserCtx, id: string, version: number): null {
  return mutate(ctx, (m) => {
    clientForWrite(m, id, version);
    m.versioned('client', clients.softDeleteClient(m.db, id, version, null, m.stamp));
    m.audit({
      entity: 'client',
      entityId: id,
      action: 'delete',
      changes: [{ field: 'deletedAt', before: null, after: m.stamp.at }],
    });
    return null;
  });
}

/** Deleted files the caller may restore, newest deletion first (listQuery.recycleBinQuery). */
export function recycleBin(ctx: UserCtx, q: RecycleBinQuery): ClientPage {
  const cutoff = staleBefore(ctx);
  const page = clientPage(
    ctx.db,
    recycleBinQuery(ctx.db, ctx.user, q.search),
    q.pageSize,
    (q.page - 1) * q.pageSize,
  );
  return {
    rows: page.rows.map((r) => toClient(r, cutoff)),
    total: page.total,
    page: q.page,
    pageSize: q.pageSize,
  };
}

export function restoreClient(ctx: UserCtx, id: string, version: number): Client {
  return mutate(ctx, (m) => {
    const before = visibleClient(m, id);
    if (before.version !== version) throw conflict('client');
    if (!before.deletedAt || before.mergedInto)
      throw new AppError('INVALID_STATE', 'client is not in the recycle bin');
    if (before.creditCode && clients.creditCodeTaken(m.db, before.creditCode, [id]))
      throw fieldRefusal('DUPLICATE', 'creditCode', 'validation.duplicate');
    m.versioned('client', clients.restoreClient(m.db, id, version, m.stamp));
    m.audit({
      entity: 'client',
      entityId: id,
      action: 'restore',
      changes: [{ field: 'deletedAt', before: before.deletedAt, after: null }],
    });
    return readClient(m, id);
  });
}

/** Many files to one owner, all or none; one trail row per file that actually changes hands. */
export function reassignClients(ctx: UserCtx, ids: readonly string[], ownerId: string): { updated: number } {
  return mutate(ctx, (m) => {
    const owner = ownerFor(m, ownerId);
    let updated = 0;
    for (const id of new Set(ids)) {
      const before = liveClient(m, id);
      if (before.ownerId === owner.ownerId && before.groupId === owner.groupId) continue;
      clients.updateClientOwner(m.db, id, ownerId, owner.groupId, m.stamp);
      m.audit({
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
  });
}
