import type { Clause } from '../../../db/clause';
import { stmt, type Db } from '../../../db/connection';

/*
 * The opportunity search as a condition on `opportunities o`: the search text (code, title, client, next
 * step, lower-cased) contains what was typed. Three characters or more through the trigram index
 * (opportunity_fts, kept by the triggers of migration 0023). One or two through the trigrams that start with
 * them (the index's own list of its terms) — which finds them wherever a trigram starts, so everywhere but in
 * the text's last two characters — and through indexes of those last characters: the last two equal to what
 * was typed, and for one character the last two starting with it or the last one equal to it. What was typed
 * is only ever a bound parameter.
 */

/** An FTS5 string literal: the whole query one phrase, so `" * NEAR( AND OR -` are plain text. */
const ftsPhrase = (key: string) => `"${key.replaceAll('"', '""')}"`;

/** Above every character: `key` up to this bound are the texts that start with `key`. */
const AFTER = '\u{10FFFF}';

/*
 * The matches as a set of rowids that the list tests each row of its scope against (`+` keeps the planner from
 * reading the matches' rows one by one: a common word matches thousands). The scope's index is walked in the
 * list's order and the count is taken from an index, without reading a row.
 */
const FTS = 'SELECT rowid FROM opportunity_fts WHERE opportunity_fts MATCH ?';
const LIVE = 'deleted_at IS NULL';
const LAST_TWO = `SELECT rowid FROM opportunities WHERE substr(search_text, -2) = ? AND ${LIVE}`;
const LAST_TWO_FROM = `SELECT rowid FROM opportunities
  WHERE substr(search_text, -2) >= ? AND substr(search_text, -2) < ? AND ${LIVE}`;
const LAST_ONE = `SELECT rowid FROM opportunities WHERE substr(search_text, -1) = ? AND ${LIVE}`;

const inRowids = (sets: readonly Clause[]): Clause => ({
  sql: `+o.rowid IN (${sets.map((s) => s.sql).join(' UNION ALL ')})`,
  params: sets.flatMap((s) => s.params),
});

export function opportunitySearch(db: Db, search: string | null): Clause | null {
  if (!search) return null;
  const key = search.toLowerCase();
  const chars = [...key].length;
  if (chars >= 3) return inRowids([{ sql: FTS, params: [ftsPhrase(key)] }]);
  const terms = stmt(db, `SELECT term FROM opportunity_fts_terms WHERE term >= ? AND term < ?`)
    .pluck()
    .all(key, `${key}${AFTER}`) as string[];
  const trigrams: Clause[] = terms.length ? [{ sql: FTS, params: [terms.map(ftsPhrase).join(' OR ')] }] : [];
  if (chars === 2) return inRowids([...trigrams, { sql: LAST_TWO, params: [key] }]);
  return inRowids([
    ...trigrams,
    { sql: LAST_TWO_FROM, params: [key, `${key}${AFTER}`] },
    { sql: LAST_ONE, params: [key] },
  ]);
}
