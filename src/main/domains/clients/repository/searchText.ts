import { stmt, type Db } from '../../../db/connection';

/** What a client is found by, as stored (search.searchText makes the text of it). */
export interface SearchSource {
  name: string;
  code: string;
  creditCode: string | null;
  contacts: { name: string; mobile: string | null }[];
}

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

/** Writes a file's search text, made by version `version` of search.searchText. */
export function upsertSearchText(db: Db, clientId: string, text: string, version: number): void {
  // An UPDATE, not INSERT OR REPLACE: REPLACE deletes the row first, which would skip the FTS delete trigger.
  const updated = stmt(
    db,
    `UPDATE client_search SET text = ?, text_version = ?
     WHERE client_rowid = (SELECT rowid FROM clients WHERE id = ?) AND (text IS NOT ? OR text_version IS NOT ?)`,
  ).run(text, version, clientId, text, version).changes;
  if (updated === 0)
    stmt(
      db,
      `INSERT OR IGNORE INTO client_search (client_rowid, text, text_version)
       SELECT rowid, ?, ? FROM clients WHERE id = ?`,
    ).run(text, version, clientId);
}

/** Files whose search text an older version of searchText wrote, up to `limit`. */
export function outdatedSearchTexts(db: Db, version: number, limit: number): string[] {
  return stmt(
    db,
    `SELECT c.id FROM client_search s CROSS JOIN clients c ON c.rowid = s.client_rowid
     WHERE s.text_version < ? LIMIT ?`,
  )
    .pluck()
    .all(version, limit) as string[];
}
