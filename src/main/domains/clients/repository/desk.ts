import { stmt, type Db } from '../../../db/connection';
import { SEARCH_HITS } from './clientList';

/** A client file and one of its contacts as the service desk sees it: who the caller is, who looks after them. */
export interface DeskMatchRow {
  clientId: string;
  clientCode: string;
  clientName: string;
  contactId: string | null;
  contactName: string | null;
  ownerName: string | null;
}

const DESK_SELECT = `SELECT c.id AS clientId, c.code AS clientCode, c.name AS clientName, k.id AS contactId,
  k.name AS contactName, o.name AS ownerName`;

/** Live files with a live contact whose mobile has these digits (client_contacts.mobile_norm), one row per contact. */
export function deskMatchesByPhone(db: Db, digits: string, limit: number): DeskMatchRow[] {
  return stmt(
    db,
    `${DESK_SELECT}
     FROM client_contacts k
     JOIN clients c ON c.id = k.client_id AND c.deleted_at IS NULL
     LEFT JOIN staff o ON o.id = c.owner_id
     WHERE k.mobile_norm = ? AND k.deleted_at IS NULL
     ORDER BY c.name, c.id, k.is_primary DESC, k.name
     LIMIT ?`,
  ).all(digits, limit) as DeskMatchRow[];
}

/**
 * Live files among the search hits (SEARCH_HITS, filled by fillSearchHits), by name, at most `clients` of them;
 * each with its live contacts (primary first), or once with no contact when it has none.
 */
export function deskMatchesOfHits(db: Db, clients: number): DeskMatchRow[] {
  return stmt(
    db,
    `WITH found AS (
       SELECT c.id, c.code, c.name, c.owner_id FROM ${SEARCH_HITS} hit
       CROSS JOIN clients c ON c.rowid = hit.rowid
       WHERE c.deleted_at IS NULL ORDER BY c.name, c.id LIMIT ?)
     SELECT f.id AS clientId, f.code AS clientCode, f.name AS clientName, k.id AS contactId,
            k.name AS contactName, o.name AS ownerName
     FROM found f
     LEFT JOIN client_contacts k ON k.client_id = f.id AND k.deleted_at IS NULL
     LEFT JOIN staff o ON o.id = f.owner_id
     ORDER BY f.name, f.id, k.is_primary DESC, k.name`,
  ).all(clients) as DeskMatchRow[];
}

/** A file as another workflow links to it: its names, who owns it, whether it is live. */
export interface ClientRefRow {
  id: string;
  code: string;
  name: string;
  ownerId: string | null;
  groupId: string | null;
  deletedAt: string | null;
}

export function clientRef(db: Db, id: string): ClientRefRow | null {
  return (
    (stmt(
      db,
      `SELECT id, code, name, owner_id AS ownerId, group_id AS groupId, deleted_at AS deletedAt
       FROM clients WHERE id = ?`,
    ).get(id) as ClientRefRow | undefined) ?? null
  );
}

export interface ContactRefRow {
  id: string;
  clientId: string;
  name: string;
  mobile: string | null;
  deletedAt: string | null;
}

export function contactRef(db: Db, id: string): ContactRefRow | null {
  return (
    (stmt(
      db,
      `SELECT id, client_id AS clientId, name, mobile, deleted_at AS deletedAt FROM client_contacts WHERE id = ?`,
    ).get(id) as ContactRefRow | undefined) ?? null
  );
}
