import type { Clause } from '../../../db/clause';
import { stmt, type Db } from '../../../db/connection';
import { getClientRowsByRowid, type ClientRow } from './clients';

/**
 * Where a list's search hits are kept while its page and its count are read: a temporary table of client
 * rowids (per connection, in memory). Lists probe it directly — no hit list built in JavaScript, encoded and
 * parsed back; with 40,000 hits that alone cost more than finding them.
 */
export const SEARCH_HITS = 'temp.client_search_hits';

/** An FTS5 string literal: the whole query is one phrase, so `" * NEAR( AND OR -` are plain text. */
function ftsPhrase(key: string): string {
  return `"${key.replaceAll('"', '""')}"`;
}

/** Trigrams need three characters; shorter queries (common for Chinese names, 华东) scan the search text. */
const FTS_MIN_CHARS = 3;

/**
 * Fills SEARCH_HITS with the rowids of the clients whose search text contains the query (live or deleted;
 * lists add their own conditions) and returns how many there are. 3+ characters go through the trigram
 * indexes; shorter ones scan the texts, once per list. A query of letters and digits (`pinyin`) looks in the
 * pinyin too; any other only in the text, so two Chinese characters scan no more than the text. The user's
 * text is only ever a bound parameter.
 */
export function fillSearchHits(db: Db, key: string, pinyin: boolean): number {
  stmt(db, `CREATE TEMP TABLE IF NOT EXISTS client_search_hits (rowid INTEGER PRIMARY KEY)`).run();
  stmt(db, `DELETE FROM ${SEARCH_HITS}`).run();
  const trigram = [...key].length >= FTS_MIN_CHARS;
  if (trigram)
    return stmt(
      db,
      `INSERT INTO ${SEARCH_HITS} SELECT rowid FROM client_search_fts WHERE client_search_fts MATCH @key` +
        (pinyin ? ` UNION SELECT rowid FROM client_pinyin_fts WHERE client_pinyin_fts MATCH @key` : ''),
    ).run({ key: ftsPhrase(key) }).changes;
  return stmt(
    db,
    `INSERT INTO ${SEARCH_HITS} SELECT client_rowid FROM client_search
     WHERE instr(text, @key) > 0${pinyin ? ' OR instr(pinyin, @key) > 0' : ''}`,
  ).run({ key }).changes;
}

/**
 * A list of clients as listQuery.ts assembles it: optional search hits to keep to (in SEARCH_HITS), the
 * conditions on `clients c`, and the order.
 */
export interface ClientQuery {
  hits: { count: number } | null;
  where: Clause;
  orderBy: string;
  /** The index a count walks when no condition picks one (listQuery.listQuery explains). */
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
export function selectClientRowids(db: Db, q: ClientQuery, limit: number, offset: number): number[] {
  const list = listSql(q, false);
  return stmt(db, `SELECT c.rowid FROM ${list.sql} ORDER BY ${q.orderBy} LIMIT ? OFFSET ?`)
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
  pageSize: number,
  offset: number,
): { rows: ClientRow[]; total: number } {
  const rowids = selectClientRowids(db, q, pageSize, offset);
  return { rows: getClientRowsByRowid(db, rowids), total: countClients(db, q) };
}

/** Tags in use on the files a viewer sees: the conditions on `clients c`, and the index that walks them. */
export interface TagQuery {
  where: Clause;
  index: 'clients_live_updated' | null;
}

/** Tags in use on the files in scope: the distinct tag lists first (a few hundred at most), then their elements. */
export function distinctTags(db: Db, q: TagQuery): string[] {
  const from = q.index ? `clients c INDEXED BY ${q.index}` : 'clients c';
  return (
    stmt(
      db,
      `SELECT DISTINCT t.value AS tag
       FROM (SELECT DISTINCT c.tags FROM ${from} WHERE ${q.where.sql}) x, json_each(x.tags) t
       ORDER BY t.value`,
    ).all(...q.where.params) as { tag: string }[]
  ).map((r) => r.tag);
}
