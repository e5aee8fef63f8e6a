import type {
  Attachment,
  ClientSource,
  ClientStatus,
  ClientType,
  Communication,
  CommunicationChannel,
  Contact,
  StatusChange,
  Transaction,
  ValueTier,
} from '../../../shared/clients/types';
import { stmt, type Db } from '../../db/connection';
import { SEARCH_HITS, type SearchSource } from './search';
import type { Clause, Scope } from './visibility';

export interface Stamp {
  at: string;
  by: string | null;
}

/** A client as stored, with the joined names and what completeness needs; the service turns it into a Client. */
export interface ClientRow {
  rid: number;
  id: string;
  code: string;
  type: ClientType;
  name: string;
  creditCode: string | null;
  industry: string | null;
  province: string | null;
  city: string | null;
  address: string | null;
  source: ClientSource;
  tier: ValueTier;
  status: ClientStatus;
  statusChangedAt: string;
  ownerId: string | null;
  ownerName: string | null;
  groupId: string | null;
  groupName: string | null;
  groupNameEn: string | null;
  tags: string;
  notes: string | null;
  primaryContactId: string | null;
  primaryContactName: string | null;
  primaryContactMobile: string | null;
  primaryReachable: number;
  hasCommunication: number;
  touchedAt: string;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
  mergedInto: string | null;
  version: number;
}

export interface ClientWrite {
  type: ClientType;
  name: string;
  nameNorm: string;
  creditCode: string | null;
  industry: string | null;
  province: string | null;
  city: string | null;
  address: string | null;
  source: ClientSource;
  tier: ValueTier;
  ownerId: string | null;
  groupId: string | null;
  tags: string[];
  notes: string | null;
}

// The primary contact is joined through the one-primary partial index; a deleted contact is never primary.
const CLIENT_SELECT = `
  SELECT c.rowid AS rid, c.id, c.code, c.type, c.name, c.credit_code AS creditCode, c.industry, c.province, c.city,
         c.address, c.source, c.tier, c.status, c.status_changed_at AS statusChangedAt, c.owner_id AS ownerId,
         o.name AS ownerName, c.group_id AS groupId, g.name AS groupName, g.name_en AS groupNameEn, c.tags, c.notes,
         p.id AS primaryContactId, p.name AS primaryContactName, p.mobile AS primaryContactMobile,
         (p.mobile IS NOT NULL OR p.email IS NOT NULL OR p.wechat IS NOT NULL) AS primaryReachable,
         EXISTS (SELECT 1 FROM client_communications m WHERE m.client_id = c.id AND m.deleted_at IS NULL) AS hasCommunication,
         c.touched_at AS touchedAt, c.created_at AS createdAt, c.updated_at AS updatedAt, c.deleted_at AS deletedAt,
         c.merged_into AS mergedInto, c.version
  FROM clients c
  LEFT JOIN staff o ON o.id = c.owner_id
  LEFT JOIN groups g ON g.id = c.group_id
  LEFT JOIN client_contacts p ON p.client_id = c.id AND p.is_primary = 1`;

/** One client, deleted or not (callers decide what a deleted one means for them). */
export function getClientRow(db: Db, id: string): ClientRow | null {
  return (stmt(db, `${CLIENT_SELECT} WHERE c.id = ?`).get(id) as ClientRow | undefined) ?? null;
}

/** Rows for the given rowids, in the order given (the page order decided by selectClientRowids). */
export function getClientRowsByRowid(db: Db, rowids: readonly number[]): ClientRow[] {
  if (rowids.length === 0) return [];
  const rows = stmt(db, `${CLIENT_SELECT} WHERE c.rowid IN (SELECT value FROM json_each(?))`).all(
    JSON.stringify(rowids),
  ) as ClientRow[];
  const byRid = new Map(rows.map((r) => [r.rid, r]));
  return rowids.map((rid) => byRid.get(rid)).filter((r): r is ClientRow => r !== undefined);
}

/** A list of clients: optional search hits to keep to (in search.SEARCH_HITS), and the conditions on `clients c`. */
export interface ClientQuery {
  hits: { count: number } | null;
  where: Clause;
  /** The index a count walks when no condition picks one (filters.listQuery explains). */
  countIndex?: 'clients_live_updated' | null;
  /** No condition but "live": every live file the viewer might see (the manager's unfiltered list). */
  liveOnly?: boolean;
}

/**
 * Up to this many hits, a list reads the hits' rows directly (a look-up each) and sorts them; beyond, it
 * walks its own index in order and probes the hit set, which costs at most one pass over an index and stops
 * at the end of the page — reading 12,000 hits' rows one by one would take ten times as long.
 */
const FEW_HITS = 1000;

/** FROM and WHERE of a list query, for a page or (with `countIndex`) a count. */
function listSql(q: ClientQuery, forCount: boolean): Clause {
  const where = q.where.sql;
  if (q.hits && q.hits.count <= FEW_HITS)
    return {
      sql: `${SEARCH_HITS} AS hit CROSS JOIN clients c ON c.rowid = hit.rowid WHERE ${where}`,
      params: q.where.params,
    };
  const index = forCount && q.countIndex ? ` INDEXED BY ${q.countIndex}` : '';
  if (!q.hits) return { sql: `clients c${index} WHERE ${where}`, params: q.where.params };
  // Unary + keeps the planner from starting at the hits: the list's own index drives.
  return { sql: `clients c${index} WHERE ${where} AND +c.rowid IN ${SEARCH_HITS}`, params: q.where.params };
}

/**
 * One page of rowids. Only the sort keys and the filter columns are read here (from indexes where they
 * cover them); the full rows, joins and EXISTS checks are computed afterwards for the page alone.
 */
export function selectClientRowids(
  db: Db,
  q: ClientQuery,
  orderBy: string,
  limit: number,
  offset: number,
): number[] {
  const list = listSql(q, false);
  return stmt(db, `SELECT c.rowid FROM ${list.sql} ORDER BY ${orderBy} LIMIT ? OFFSET ?`)
    .pluck()
    .all(...list.params, limit, offset) as number[];
}

export function countClients(db: Db, q: ClientQuery): number {
  // Every hit is some file's search row, so the live hits are the hits less the deleted ones — and deleted
  // files are few, counted from their own index instead of walking every live file.
  if (q.liveOnly && q.hits && q.hits.count > FEW_HITS)
    return (
      q.hits.count -
      (stmt(
        db,
        `SELECT count(*) FROM clients c INDEXED BY clients_recycle_bin
         WHERE c.deleted_at IS NOT NULL AND c.rowid IN ${SEARCH_HITS}`,
      )
        .pluck()
        .get() as number)
    );
  const list = listSql(q, true);
  return stmt(db, `SELECT count(*) FROM ${list.sql}`)
    .pluck()
    .get(...list.params) as number;
}

/** One page of a list, in order, with the number of files the whole list holds. */
export function clientPage(
  db: Db,
  q: ClientQuery,
  orderBy: string,
  pageSize: number,
  offset: number,
): { rows: ClientRow[]; total: number } {
  const rowids = selectClientRowids(db, q, orderBy, pageSize, offset);
  return { rows: getClientRowsByRowid(db, rowids), total: countClients(db, q) };
}

/** Whether the person owns live files outside these groups (see visibility.listScope). */
export function ownsClientsOutside(db: Db, staffId: string, groupIds: readonly string[]): boolean {
  return !!stmt(
    db,
    `SELECT 1 FROM clients WHERE owner_id = ? AND deleted_at IS NULL
       AND (group_id IS NULL OR group_id NOT IN (SELECT value FROM json_each(?))) LIMIT 1`,
  ).get(staffId, JSON.stringify(groupIds));
}

/** A client write as named statement parameters (the columns an insert and an update both set). */
function writeParams(w: ClientWrite) {
  return {
    type: w.type,
    name: w.name,
    nameNorm: w.nameNorm,
    creditCode: w.creditCode,
    industry: w.industry,
    province: w.province,
    city: w.city,
    address: w.address,
    source: w.source,
    tier: w.tier,
    ownerId: w.ownerId,
    groupId: w.groupId,
    tags: JSON.stringify(w.tags),
    notes: w.notes,
  };
}

export function insertClient(
  db: Db,
  id: string,
  code: string,
  w: ClientWrite,
  status: ClientStatus,
  s: Stamp,
): void {
  stmt(
    db,
    `INSERT INTO clients (id, code, type, name, name_norm, credit_code, industry, province, city, address, source, tier,
       status, status_changed_at, owner_id, group_id, tags, notes, touched_at, created_at, updated_at, created_by, updated_by)
     VALUES (@id, @code, @type, @name, @nameNorm, @creditCode, @industry, @province, @city, @address, @source, @tier,
       @status, @at, @ownerId, @groupId, @tags, @notes, @at, @at, @at, @by, @by)`,
  ).run({ ...writeParams(w), id, code, status, at: s.at, by: s.by });
}

export function updateClient(db: Db, id: string, version: number, w: ClientWrite, s: Stamp): boolean {
  return (
    stmt(
      db,
      `UPDATE clients SET type = @type, name = @name, name_norm = @nameNorm, credit_code = @creditCode,
         industry = @industry, province = @province, city = @city, address = @address, source = @source, tier = @tier,
         owner_id = @ownerId, group_id = @groupId, tags = @tags, notes = @notes, touched_at = @at,
         updated_at = @at, updated_by = @by, version = version + 1
       WHERE id = @id AND version = @version AND deleted_at IS NULL`,
    ).run({ ...writeParams(w), id, version, at: s.at, by: s.by }).changes === 1
  );
}

export function updateClientStatus(
  db: Db,
  id: string,
  version: number,
  status: ClientStatus,
  s: Stamp,
): boolean {
  return (
    stmt(
      db,
      `UPDATE clients SET status = ?, status_changed_at = ?, touched_at = ?, updated_at = ?, updated_by = ?,
         version = version + 1 WHERE id = ? AND version = ? AND deleted_at IS NULL`,
    ).run(status, s.at, s.at, s.at, s.by, id, version).changes === 1
  );
}

export function updateClientOwner(
  db: Db,
  id: string,
  ownerId: string,
  groupId: string | null,
  s: Stamp,
): void {
  stmt(
    db,
    `UPDATE clients SET owner_id = ?, group_id = ?, touched_at = ?, updated_at = ?, updated_by = ?, version = version + 1
     WHERE id = ?`,
  ).run(ownerId, groupId, s.at, s.at, s.by, id);
}

export function softDeleteClient(
  db: Db,
  id: string,
  version: number,
  mergedInto: string | null,
  s: Stamp,
): boolean {
  return (
    stmt(
      db,
      `UPDATE clients SET deleted_at = ?, deleted_by = ?, merged_into = ?, updated_at = ?, updated_by = ?,
         version = version + 1 WHERE id = ? AND version = ? AND deleted_at IS NULL`,
    ).run(s.at, s.by, mergedInto, s.at, s.by, id, version).changes === 1
  );
}

export function restoreClient(db: Db, id: string, version: number, s: Stamp): boolean {
  return (
    stmt(
      db,
      `UPDATE clients SET deleted_at = NULL, deleted_by = NULL, touched_at = ?, updated_at = ?, updated_by = ?,
         version = version + 1 WHERE id = ? AND version = ? AND deleted_at IS NOT NULL AND merged_into IS NULL`,
    ).run(s.at, s.at, s.by, id, version).changes === 1
  );
}

/** A change to something inside the file (contact, record, transaction) marks the file as kept up to date. */
export function touchClient(db: Db, id: string, at: string): void {
  stmt(db, 'UPDATE clients SET touched_at = ? WHERE id = ?').run(at, id);
}

/** Merge fills the kept file's empty fields: written as given, one version step for the whole merge. */
export function bumpClient(db: Db, id: string, version: number, s: Stamp): boolean {
  return (
    stmt(
      db,
      `UPDATE clients SET touched_at = ?, updated_at = ?, updated_by = ?, version = version + 1
       WHERE id = ? AND version = ? AND deleted_at IS NULL`,
    ).run(s.at, s.at, s.by, id, version).changes === 1
  );
}

export function creditCodeTaken(db: Db, creditCode: string, exceptIds: readonly string[]): boolean {
  return !!stmt(
    db,
    `SELECT 1 FROM clients WHERE credit_code = ? AND deleted_at IS NULL
       AND id NOT IN (SELECT value FROM json_each(?))`,
  ).get(creditCode, JSON.stringify(exceptIds));
}

/**
 * Tags in use on the files in scope: the distinct tag lists first (a few hundred at most), then their
 * elements. Every scope's index carries the tags; without a scope, the planner is told which index does.
 */
export function distinctTags(db: Db, scope: Scope): string[] {
  const from = scope.by === 'all' ? 'clients c INDEXED BY clients_live_updated' : 'clients c';
  const where = ['c.deleted_at IS NULL', scope.sql].filter((p) => p !== '1').join(' AND ');
  return (
    stmt(
      db,
      `SELECT DISTINCT t.value AS tag
       FROM (SELECT DISTINCT c.tags FROM ${from} WHERE ${where}) x, json_each(x.tags) t
       ORDER BY t.value`,
    ).all(...scope.params) as { tag: string }[]
  ).map((r) => r.tag);
}

// Status history

export function insertStatusChange(
  db: Db,
  row: { id: string; clientId: string; from: ClientStatus | null; to: ClientStatus; reason: string | null },
  s: Stamp,
): void {
  stmt(
    db,
    `INSERT INTO client_status_changes (id, client_id, from_status, to_status, reason, changed_at, changed_by)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(row.id, row.clientId, row.from, row.to, row.reason, s.at, s.by);
}

/** Newest first; the person is named through their account (changed_by is a user id). */
export function listStatusChanges(db: Db, clientId: string): StatusChange[] {
  return stmt(
    db,
    `SELECT h.id, h.from_status AS "from", h.to_status AS "to", h.reason, h.changed_at AS at, s.name AS byName
     FROM client_status_changes h
     LEFT JOIN users u ON u.id = h.changed_by
     LEFT JOIN staff s ON s.id = u.staff_id
     WHERE h.client_id = ? ORDER BY h.changed_at DESC, h.id DESC`,
  ).all(clientId) as StatusChange[];
}

// Contacts

export interface ContactWrite {
  name: string;
  title: string | null;
  mobile: string | null;
  mobileNorm: string | null;
  email: string | null;
  wechat: string | null;
  isPrimary: boolean;
  birthday: string | null;
  notes: string | null;
}

export type ContactRow = Contact & { deletedAt: string | null };

const CONTACT_SELECT = `
  SELECT id, client_id AS clientId, name, title, mobile, email, wechat, is_primary AS isPrimary, birthday, notes,
         version, deleted_at AS deletedAt
  FROM client_contacts`;

type DbContact = Omit<ContactRow, 'isPrimary'> & { isPrimary: number };
const toContact = (r: DbContact): ContactRow => ({ ...r, isPrimary: r.isPrimary === 1 });

export function listContacts(db: Db, clientId: string): Contact[] {
  return (
    stmt(
      db,
      `${CONTACT_SELECT} WHERE client_id = ? AND deleted_at IS NULL ORDER BY is_primary DESC, created_at, id`,
    ).all(clientId) as DbContact[]
  ).map((r) => {
    const { deletedAt: _d, ...c } = toContact(r);
    return c;
  });
}

export function getContact(db: Db, id: string): ContactRow | null {
  const r = stmt(db, `${CONTACT_SELECT} WHERE id = ?`).get(id) as DbContact | undefined;
  return r ? toContact(r) : null;
}

/** A contact write as named statement parameters (the columns an insert and an update both set). */
function contactParams(w: ContactWrite) {
  return {
    name: w.name,
    title: w.title,
    mobile: w.mobile,
    mobileNorm: w.mobileNorm,
    email: w.email,
    wechat: w.wechat,
    isPrimary: w.isPrimary ? 1 : 0,
    birthday: w.birthday,
    notes: w.notes,
  };
}

export function insertContact(db: Db, id: string, clientId: string, w: ContactWrite, s: Stamp): void {
  stmt(
    db,
    `INSERT INTO client_contacts (id, client_id, name, title, mobile, mobile_norm, email, wechat, is_primary, birthday,
       notes, created_at, updated_at, created_by, updated_by)
     VALUES (@id, @clientId, @name, @title, @mobile, @mobileNorm, @email, @wechat, @isPrimary, @birthday,
       @notes, @at, @at, @by, @by)`,
  ).run({ ...contactParams(w), id, clientId, at: s.at, by: s.by });
}

export function updateContact(db: Db, id: string, version: number, w: ContactWrite, s: Stamp): boolean {
  return (
    stmt(
      db,
      `UPDATE client_contacts SET name = @name, title = @title, mobile = @mobile, mobile_norm = @mobileNorm,
         email = @email, wechat = @wechat, is_primary = @isPrimary, birthday = @birthday, notes = @notes,
         updated_at = @at, updated_by = @by, version = version + 1
       WHERE id = @id AND version = @version AND deleted_at IS NULL`,
    ).run({ ...contactParams(w), id, version, at: s.at, by: s.by }).changes === 1
  );
}

/** A deleted contact stops being primary, so the one-primary index only ever sees live contacts. */
export function softDeleteContact(db: Db, id: string, version: number, s: Stamp): boolean {
  return (
    stmt(
      db,
      `UPDATE client_contacts SET is_primary = 0, deleted_at = ?, deleted_by = ?, updated_at = ?, updated_by = ?,
         version = version + 1 WHERE id = ? AND version = ? AND deleted_at IS NULL`,
    ).run(s.at, s.by, s.at, s.by, id, version).changes === 1
  );
}

/** Unsets the client's current primary contact (other than `exceptId`); returns the one unset, if any. */
export function clearPrimaryContact(
  db: Db,
  clientId: string,
  exceptId: string | null,
  s: Stamp,
): string | null {
  const row = stmt(
    db,
    `UPDATE client_contacts SET is_primary = 0, updated_at = ?, updated_by = ?, version = version + 1
     WHERE client_id = ? AND is_primary = 1 AND id IS NOT ? RETURNING id`,
  ).get(s.at, s.by, clientId, exceptId) as { id: string } | undefined;
  return row?.id ?? null;
}

// Search text

export function searchSource(db: Db, clientId: string): SearchSource | null {
  const c = stmt(db, 'SELECT name, code, credit_code AS creditCode FROM clients WHERE id = ?').get(
    clientId,
  ) as Omit<SearchSource, 'contacts'> | undefined;
  if (!c) return null;
  const contacts = stmt(
    db,
    'SELECT name, mobile FROM client_contacts WHERE client_id = ? AND deleted_at IS NULL ORDER BY created_at, id',
  ).all(clientId) as SearchSource['contacts'];
  return { ...c, contacts };
}

export function upsertSearchText(db: Db, clientId: string, text: string): void {
  // An UPDATE, not INSERT OR REPLACE: REPLACE deletes the row first, which would skip the FTS delete trigger.
  const updated = stmt(
    db,
    `UPDATE client_search SET text = ?
     WHERE client_rowid = (SELECT rowid FROM clients WHERE id = ?) AND text IS NOT ?`,
  ).run(text, clientId, text).changes;
  if (updated === 0)
    stmt(
      db,
      'INSERT OR IGNORE INTO client_search (client_rowid, text) SELECT rowid, ? FROM clients WHERE id = ?',
    ).run(text, clientId);
}

// Communication records

export interface CommunicationWrite {
  contactId: string | null;
  at: string;
  channel: CommunicationChannel;
  content: string;
  nextAction: string | null;
  nextActionDate: string | null;
  nextActionDone: boolean;
}

export type CommunicationRow = Communication & { deletedAt: string | null };

const COMMUNICATION_SELECT = `
  SELECT m.id, m.client_id AS clientId, m.contact_id AS contactId, k.name AS contactName, m.at, m.channel,
         m.staff_id AS staffId, s.name AS staffName, m.content, m.next_action AS nextAction,
         m.next_action_date AS nextActionDate, m.next_action_done AS nextActionDone, m.version, m.deleted_at AS deletedAt
  FROM client_communications m
  LEFT JOIN client_contacts k ON k.id = m.contact_id
  LEFT JOIN staff s ON s.id = m.staff_id`;

type DbCommunication = Omit<CommunicationRow, 'nextActionDone'> & { nextActionDone: number };
const toCommunication = (r: DbCommunication): CommunicationRow => ({
  ...r,
  nextActionDone: r.nextActionDone === 1,
});
const withoutDeleted = <T extends { deletedAt: string | null }>(r: T): Omit<T, 'deletedAt'> => {
  const { deletedAt: _d, ...rest } = r;
  return rest;
};

/** Newest first. */
export function listCommunications(db: Db, clientId: string, limit: number, offset: number): Communication[] {
  return (
    stmt(
      db,
      `${COMMUNICATION_SELECT} WHERE m.client_id = ? AND m.deleted_at IS NULL ORDER BY m.at DESC, m.id DESC LIMIT ? OFFSET ?`,
    ).all(clientId, limit, offset) as DbCommunication[]
  ).map((r) => withoutDeleted(toCommunication(r)));
}

export function countCommunications(db: Db, clientId: string): number {
  return (
    stmt(
      db,
      'SELECT count(*) AS n FROM client_communications WHERE client_id = ? AND deleted_at IS NULL',
    ).get(clientId) as { n: number }
  ).n;
}

export function getCommunication(db: Db, id: string): CommunicationRow | null {
  const r = stmt(db, `${COMMUNICATION_SELECT} WHERE m.id = ?`).get(id) as DbCommunication | undefined;
  return r ? toCommunication(r) : null;
}

export function insertCommunication(
  db: Db,
  id: string,
  clientId: string,
  staffId: string | null,
  w: CommunicationWrite,
  s: Stamp,
): void {
  stmt(
    db,
    `INSERT INTO client_communications (id, client_id, contact_id, at, channel, staff_id, content, next_action,
       next_action_date, next_action_done, created_at, updated_at, created_by, updated_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    clientId,
    w.contactId,
    w.at,
    w.channel,
    staffId,
    w.content,
    w.nextAction,
    w.nextActionDate,
    w.nextActionDone ? 1 : 0,
    s.at,
    s.at,
    s.by,
    s.by,
  );
}

export function updateCommunication(
  db: Db,
  id: string,
  version: number,
  w: CommunicationWrite,
  s: Stamp,
): boolean {
  return (
    stmt(
      db,
      `UPDATE client_communications SET contact_id = ?, at = ?, channel = ?, content = ?, next_action = ?,
         next_action_date = ?, next_action_done = ?, updated_at = ?, updated_by = ?, version = version + 1
       WHERE id = ? AND version = ? AND deleted_at IS NULL`,
    ).run(
      w.contactId,
      w.at,
      w.channel,
      w.content,
      w.nextAction,
      w.nextActionDate,
      w.nextActionDone ? 1 : 0,
      s.at,
      s.by,
      id,
      version,
    ).changes === 1
  );
}

export function completeCommunication(db: Db, id: string, version: number, s: Stamp): boolean {
  return (
    stmt(
      db,
      `UPDATE client_communications SET next_action_done = 1, updated_at = ?, updated_by = ?, version = version + 1
       WHERE id = ? AND version = ? AND deleted_at IS NULL`,
    ).run(s.at, s.by, id, version).changes === 1
  );
}

export function softDeleteCommunication(db: Db, id: string, version: number, s: Stamp): boolean {
  return (
    stmt(
      db,
      `UPDATE client_communications SET deleted_at = ?, deleted_by = ?, updated_at = ?, updated_by = ?, version = version + 1
       WHERE id = ? AND version = ? AND deleted_at IS NULL`,
    ).run(s.at, s.by, s.at, s.by, id, version).changes === 1
  );
}

// Transaction records

export interface TransactionWrite {
  date: string;
  item: string;
  quantity: number;
  amountFen: number;
  contractRef: string | null;
  notes: string | null;
}

export type TransactionRow = Transaction & { deletedAt: string | null };

const TRANSACTION_SELECT = `
  SELECT id, client_id AS clientId, date, item, quantity, amount_fen AS amountFen, contract_ref AS contractRef, notes,
         version, deleted_at AS deletedAt
  FROM client_transactions`;

/** Newest first. */
export function listTransactions(db: Db, clientId: string): Transaction[] {
  return (
    stmt(
      db,
      `${TRANSACTION_SELECT} WHERE client_id = ? AND deleted_at IS NULL ORDER BY date DESC, created_at DESC, id DESC`,
    ).all(clientId) as TransactionRow[]
  ).map(withoutDeleted);
}

export function getTransaction(db: Db, id: string): TransactionRow | null {
  return (stmt(db, `${TRANSACTION_SELECT} WHERE id = ?`).get(id) as TransactionRow | undefined) ?? null;
}

export function insertTransaction(db: Db, id: string, clientId: string, w: TransactionWrite, s: Stamp): void {
  stmt(
    db,
    `INSERT INTO client_transactions (id, client_id, date, item, quantity, amount_fen, contract_ref, notes, created_at,
       updated_at, created_by, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    clientId,
    w.date,
    w.item,
    w.quantity,
    w.amountFen,
    w.contractRef,
    w.notes,
    s.at,
    s.at,
    s.by,
    s.by,
  );
}

export function updateTransaction(
  db: Db,
  id: string,
  version: number,
  w: TransactionWrite,
  s: Stamp,
): boolean {
  return (
    stmt(
      db,
      `UPDATE client_transactions SET date = ?, item = ?, quantity = ?, amount_fen = ?, contract_ref = ?, notes = ?,
         updated_at = ?, updated_by = ?, version = version + 1 WHERE id = ? AND version = ? AND deleted_at IS NULL`,
    ).run(w.date, w.item, w.quantity, w.amountFen, w.contractRef, w.notes, s.at, s.by, id, version)
      .changes === 1
  );
}

export function softDeleteTransaction(db: Db, id: string, version: number, s: Stamp): boolean {
  return (
    stmt(
      db,
      `UPDATE client_transactions SET deleted_at = ?, deleted_by = ?, updated_at = ?, updated_by = ?, version = version + 1
       WHERE id = ? AND version = ? AND deleted_at IS NULL`,
    ).run(s.at, s.by, s.at, s.by, id, version).changes === 1
  );
}

// Attachments (stored by the attachments feature; listed on the file)

export function listAttachments(db: Db, clientId: string): Attachment[] {
  return stmt(
    db,
    `SELECT a.id, a.client_id AS clientId, a.file_name AS fileName, a.mime, a.size_bytes AS sizeBytes, a.sha256,
            a.created_at AS createdAt, s.name AS createdByName
     FROM client_attachments a
     LEFT JOIN users u ON u.id = a.created_by
     LEFT JOIN staff s ON s.id = u.staff_id
     WHERE a.client_id = ? AND a.deleted_at IS NULL ORDER BY a.created_at DESC, a.id DESC`,
  ).all(clientId) as Attachment[];
}

// Merge: everything in the merged file moves to the kept one

export type MovedTable = 'client_contacts' | 'client_communications' | 'client_transactions';

/** Moves every row (deleted ones too, so their history follows) and returns how many live rows moved. */
export function moveRecords(db: Db, table: MovedTable, fromId: string, toId: string, s: Stamp): number {
  const rows = stmt(
    db,
    `UPDATE ${table} SET client_id = ?, updated_at = ?, updated_by = ?, version = version + 1
     WHERE client_id = ? RETURNING deleted_at IS NULL AS live`,
  ).all(toId, s.at, s.by, fromId) as { live: number }[];
  return rows.filter((r) => r.live === 1).length;
}

export function moveAttachments(db: Db, fromId: string, toId: string): number {
  const rows = stmt(
    db,
    'UPDATE client_attachments SET client_id = ? WHERE client_id = ? RETURNING deleted_at IS NULL AS live',
  ).all(toId, fromId) as { live: number }[];
  return rows.filter((r) => r.live === 1).length;
}

export function moveStatusChanges(db: Db, fromId: string, toId: string): number {
  return stmt(db, 'UPDATE client_status_changes SET client_id = ? WHERE client_id = ?').run(toId, fromId)
    .changes;
}

export type ClientFill = Pick<
  ClientWrite,
  'creditCode' | 'industry' | 'province' | 'city' | 'address' | 'ownerId' | 'groupId' | 'tags' | 'notes'
>;

/** The kept file's empty fields filled from the merged one (and the owner's group with the owner). */
export function fillClient(db: Db, id: string, w: ClientFill): void {
  stmt(
    db,
    `UPDATE clients SET credit_code = ?, industry = ?, province = ?, city = ?, address = ?, owner_id = ?, group_id = ?,
       tags = ?, notes = ? WHERE id = ?`,
  ).run(
    w.creditCode,
    w.industry,
    w.province,
    w.city,
    w.address,
    w.ownerId,
    w.groupId,
    JSON.stringify(w.tags),
    w.notes,
    id,
  );
}
