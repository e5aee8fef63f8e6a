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

/** What a file is found by: its text (names, codes, phones) and the pinyin of its Chinese names. */
export interface SearchTexts {
  text: string;
  pinyin: string;
}

/** Writes a file's search texts, made by version `version` of search.searchText. */
export function upsertSearchText(db: Db, clientId: string, t: SearchTexts, version: number): void {
  // An UPDATE, not INSERT OR REPLACE: REPLACE deletes the row first, which would skip the FTS delete triggers.
  const updated = stmt(
    db,
    `UPDATE client_search SET text = @text, pinyin = @pinyin, text_version = @version
     WHERE client_rowid = (SELECT rowid FROM clients WHERE id = @id)
       AND (text IS NOT @text OR pinyin IS NOT @pinyin OR text_version IS NOT @version)`,
  ).run({ id: clientId, text: t.text, pinyin: t.pinyin, version }).changes;
  if (updated === 0)
    stmt(
      db,
      `INSERT OR IGNORE INTO client_search (client_rowid, text, pinyin, text_version)
       SELECT rowid, @text, @pinyin, @version FROM clients WHERE id = @id`,
    ).run({ id: clientId, text: t.text, pinyin: t.pinyin, version });
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
