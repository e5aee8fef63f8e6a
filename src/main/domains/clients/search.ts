import { normalisePhoneDigits } from '../../../shared/clients/rules';
import { stmt, type Db } from '../../db/connection';
import type { Clause } from './visibility';

/** Trigrams need three characters; shorter queries (common for Chinese names, 华东) scan the search text. */
const FTS_MIN_CHARS = 3;

/**
 * The form both the stored search text and a query take: full-width → half-width and Latin letters in
 * lower case, so 'ＡＢＣ', 'ABC' and 'abc' find each other by either path (FTS or instr).
 */
export function searchKey(raw: string): string {
  return raw.normalize('NFKC').toLowerCase();
}

export interface SearchSource {
  name: string;
  code: string;
  creditCode: string | null;
  contacts: { name: string; mobile: string | null }[];
}

/**
 * What a client is found by: name, code, credit code, and each contact's name and mobile, the mobile also
 * as bare digits ('138 1234 5678' is found by '13812345678'). Lines keep the parts apart, so a query never
 * matches across the end of one part and the start of the next.
 */
export function searchText(s: SearchSource): string {
  const parts = [s.name, s.code, s.creditCode ?? ''];
  for (const c of s.contacts) {
    parts.push(c.name);
    if (c.mobile) {
      parts.push(c.mobile);
      const digits = normalisePhoneDigits(c.mobile);
      if (digits !== c.mobile) parts.push(digits);
    }
  }
  return searchKey(parts.filter((p) => p !== '').join('\n'));
}

/** An FTS5 string literal: the whole query is one phrase, so `" * NEAR( AND OR -` are plain text. */
export function ftsPhrase(key: string): string {
  return `"${key.replaceAll('"', '""')}"`;
}

/** The query as it is matched (searchKey, trimmed); null when there is nothing to search for. */
export function queryKey(raw: string | null): string | null {
  const key = raw === null ? '' : searchKey(raw).trim();
  return key === '' ? null : key;
}

/**
 * Where a list's search hits are kept while its page and its count are read: a temporary table of client
 * rowids (per connection, in memory). Lists probe it directly — no hit list built in JavaScript, encoded and
 * parsed back; with 40,000 hits that alone cost more than finding them.
 */
export const SEARCH_HITS = 'temp.client_search_hits';

/**
 * Fills SEARCH_HITS with the rowids of the clients whose search text contains the query (live or deleted;
 * lists add their own conditions) and returns how many there are. 3+ characters go through the trigram
 * index; shorter ones scan every search text, once per list. The user's text is only ever a bound parameter.
 */
export function fillSearchHits(db: Db, key: string): number {
  stmt(db, `CREATE TEMP TABLE IF NOT EXISTS client_search_hits (rowid INTEGER PRIMARY KEY)`).run();
  stmt(db, `DELETE FROM ${SEARCH_HITS}`).run();
  const trigram = [...key].length >= FTS_MIN_CHARS;
  return stmt(
    db,
    trigram
      ? `INSERT INTO ${SEARCH_HITS} SELECT rowid FROM client_search_fts WHERE client_search_fts MATCH ?`
      : `INSERT INTO ${SEARCH_HITS} SELECT client_rowid FROM client_search WHERE instr(text, ?) > 0`,
  ).run(trigram ? ftsPhrase(key) : key).changes;
}

/**
 * The same match as a condition on one client, for lists already narrowed to a person's own files (about a
 * hundred): looking at those few search texts beats scanning all of them or reading every hit of a common
 * word. instr over the lower-cased text finds exactly what the trigram index finds, at any length.
 */
export function searchProbe(key: string, alias = 'c'): Clause {
  return {
    sql: `instr((SELECT s.text FROM client_search s WHERE s.client_rowid = ${alias}.rowid), ?) > 0`,
    params: [key],
  };
}
