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
