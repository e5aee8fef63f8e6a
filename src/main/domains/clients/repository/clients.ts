import type { ClientInput } from '../../../../shared/clients/channels';
import type { Client, ClientStatus } from '../../../../shared/clients/types';
import type { Stamp } from '../../../core/mutation';
import { stmt, type Db } from '../../../db/connection';

/**
 * A client as stored, with the joined names and what completeness needs; the service turns it into a Client
 * (tags parsed, completeness and staleness computed). The columns the contract shows keep the contract's types.
 */
export type ClientRow = Omit<Client, 'tags' | 'completeness' | 'stale'> & {
  /** The table's rowid: search hits and list pages are rowids. */
  rid: number;
  /** The JSON array as stored. */
  tags: string;
  primaryContactId: string | null;
  primaryReachable: number;
  hasCommunication: number;
  mergedInto: string | null;
};

/** What a create or an update writes: the form's fields, the name as duplicates are found by, the owner's group. */
export type ClientWrite = ClientInput & { nameNorm: string; groupId: string | null };

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

/** Whether the file exists and is not deleted. */
export function isLiveClient(db: Db, id: string): boolean {
  return !!stmt(db, 'SELECT 1 FROM clients WHERE id = ? AND deleted_at IS NULL').get(id);
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

/** Whether the person owns live files outside these groups (see listQuery.listScope). */
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
