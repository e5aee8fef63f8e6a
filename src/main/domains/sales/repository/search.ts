import type { Clause } from '../../../db/clause';
import { stmt, type Db } from '../../../db/connection';

/*
 * The opportunity search as a condition on `opportunities o`: the search text (code, title, client, next
 * step, lower-cased) contains what was typed. Three characters or more through the trigram index
 * (opportunity_fts, kept by the triggers of migration 0023); two through the trigrams that start with them
 * (the index's own list of its terms) and, for a text that ends with them, its last two characters (an
 * index of its own); one by a pass over the texts. What was typed is only ever a bound parameter.
 */

/** An FTS5 string literal: the whole query one phrase, so `" * NEAR( AND OR -` are plain text. */
const ftsPhrase = (key: string) => `"${key.replaceAll('"', '""')}"`;

/** `%`, `_` and `\` in the person's text match themselves. */
const likePattern = (key: string): string => `%${key.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/*
 * The matches as a set of rowids that the list tests each row of its scope against (`+` keeps the planner from
 * reading the matches' rows one by one: a common word matches thousands). The scope's index is walked in the
 * list's order and the count is taken from it, without reading a row.
 */
const FTS = 'SELECT rowid FROM opportunity_fts WHERE opportunity_fts MATCH ?';
const TAIL = 'SELECT rowid FROM opportunities WHERE substr(search_text, -2) = ? AND deleted_at IS NULL';
const inRowids = (sets: readonly string[]) => `+o.rowid IN (${sets.join(' UNION ALL ')})`;

export function opportunitySearch(db: Db, search: string | null): Clause | null {
  if (!search) return null;
  const key = search.toLowerCase();
  const chars = [...key].length;
  if (chars >= 3) return { sql: inRowids([FTS]), params: [ftsPhrase(key)] };
  if (chars === 2) {
    const terms = stmt(db, `SELECT term FROM opportunity_fts_terms WHERE term >= ? AND term < ?`)
      .pluck()
      .all(key, `${key}\u{10FFFF}`) as string[];
    if (terms.length === 0) return { sql: inRowids([TAIL]), params: [key] };
    return { sql: inRowids([FTS, TAIL]), params: [terms.map(ftsPhrase).join(' OR '), key] };
  }
  return { sql: `o.search_text LIKE ? ESCAPE '\\'`, params: [likePattern(key)] };
}
