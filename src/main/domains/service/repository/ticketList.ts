import type { Clause } from '../../../db/clause';
import { stmt, type Db } from '../../../db/connection';
import { TICKET_SEARCH_HITS } from './search';

/** A filter whose index can drive a list (listQuery.ts orders them, most selective first). */
export type TicketDriver =
  | 'client'
  | 'handler'
  | 'overdue'
  | 'openStatus'
  | 'dates'
  | 'department'
  | 'severity'
  | 'category'
  | 'channel'
  | 'status'
  | 'broadSeverity'
  | 'kind';

/** One key of a list's order. */
export interface OrderKey {
  expr: string;
  dir: 'ASC' | 'DESC';
}

/** A part of a person's own tickets, read through its own index; the parts do not overlap. */
export interface OwnPart {
  index: 'service_tickets_handler' | 'service_tickets_creator' | 'service_tickets_client_owner';
  /** Conditions on `t`. */
  sql: string;
  params: unknown[];
}

/** A ticket list as listQuery.ts assembles it, for this file to run. */
export interface TicketQuery {
  /** The whole scope as one condition on `t`; null: everyone's tickets. */
  scope: Clause | null;
  /** The person's own parts of the scope. */
  own: OwnPart[];
  /** The team part of the scope (`outside`: a ticket not in it), with its condition on the tally; or none. */
  team: { sql: string; outside: string; params: unknown[]; tally: Clause } | null;
  /** The scope is the person's own parts alone. */
  personal: boolean;
  /** 't.deleted_at IS NULL' and the filters, the driving filter's column left unmarked for its index. */
  filters: (driver: TicketDriver | null) => Clause;
  /** The filter whose index drives when one does; null when none is set. */
  driver: TicketDriver | null;
  /** The scope's team part and the filters on the tally, when the tally can count the list. */
  tally: Clause | null;
  /** Any filter set (besides the scope and the search). */
  filtered: boolean;
  /** The search: a look at each candidate's text, or its hits kept in TICKET_SEARCH_HITS (and how many). */
  search: { probe: Clause | null; hits: number | null } | null;
  /** By running deadline, none last: two ranges of the deadline indexes, not one sort of everything. */
  byDeadline: boolean;
  order: OrderKey[];
}

/** Up to this many hits, a list starts from the hits and sorts them. */
const FEW_HITS = 1000;
/** A page is read by walking the list's order while that is expected to read fewer rows than this. */
const WALK_ROWS = 4000;

const DUE = 't.next_due_at IS NOT NULL';
const NOT_DUE = 't.next_due_at IS NULL';

const orderBy = (keys: readonly OrderKey[]) => keys.map((k) => `${k.expr} ${k.dir}`).join(', ');

/** How the search narrows a query read from `service_tickets t` (not from the hits). */
function searchCondition(q: TicketQuery): Clause | null {
  if (!q.search) return null;
  if (q.search.probe) return q.search.probe;
  return { sql: `+t.rowid IN ${TICKET_SEARCH_HITS}`, params: [] };
}

const fewHits = (q: TicketQuery) => q.search?.hits != null && q.search.hits <= FEW_HITS;

/** Lists read through the person's own parts: no team, no filter of one client or handler, not a few hits. */
const byOwnParts = (q: TicketQuery) =>
  q.personal && q.driver !== 'client' && q.driver !== 'handler' && !fewHits(q);

/** Where one query over the whole list reads: the search hits, or the tickets (through an index, or as planned). */
type Source = { hits: true } | { hits: false; driver: TicketDriver | null; index: string | null };

/** FROM … WHERE … of one query over the whole list, with `extra` conditions. */
function wholeList(q: TicketQuery, from: Source, extra?: string): Clause {
  const f = q.filters(from.hits ? null : from.driver);
  const conditions = [f.sql];
  const params = [...f.params];
  if (q.scope) {
    conditions.push(q.scope.sql);
    params.push(...q.scope.params);
  }
  if (extra) conditions.push(extra);
  if (from.hits)
    return {
      sql: `${TICKET_SEARCH_HITS} AS hit CROSS JOIN service_tickets t ON t.rowid = hit.rowid WHERE ${conditions.join(' AND ')}`,
      params,
    };
  const s = searchCondition(q);
  if (s) {
    conditions.push(s.sql);
    params.push(...s.params);
  }
  return {
    sql: `service_tickets t${from.index ? ` INDEXED BY ${from.index}` : ''} WHERE ${conditions.join(' AND ')}`,
    params,
  };
}

/** FROM … WHERE … of one own part. */
function ownPart(q: TicketQuery, part: OwnPart, extra: Clause | null = null): Clause {
  const f = q.filters(null);
  const s = searchCondition(q);
  return {
    sql: `service_tickets t INDEXED BY ${part.index} WHERE ${[f.sql, part.sql, extra?.sql, s?.sql].filter((x) => x).join(' AND ')}`,
    params: [...f.params, ...part.params, ...(extra?.params ?? []), ...(s?.params ?? [])],
  };
}

const countOf = (db: Db, c: Clause) =>
  stmt(db, `SELECT count(*) FROM ${c.sql}`)
    .pluck()
    .get(...c.params) as number;

/** How many live tickets the parts hold, each counted through its own index. */
export function countOwnParts(db: Db, parts: readonly OwnPart[]): number {
  return parts.reduce(
    (n, p) =>
      n +
      countOf(db, {
        sql: `service_tickets t INDEXED BY ${p.index} WHERE t.deleted_at IS NULL AND ${p.sql}`,
        params: p.params,
      }),
    0,
  );
}

/** The number of tickets on the list. */
export function countTickets(db: Db, q: TicketQuery): number {
  const hits = q.search?.hits ?? null;
  if (hits === 0) return 0;
  if (byOwnParts(q)) return q.own.reduce((n, p) => n + countOf(db, ownPart(q, p)), 0);
  if (q.tally) {
    const team = stmt(db, `SELECT coalesce(sum(n), 0) FROM service_ticket_tally WHERE ${q.tally.sql}`)
      .pluck()
      .get(...q.tally.params) as number;
    // The person's own tickets outside the team's, read through their own indexes.
    const outside = q.team ? { sql: q.team.outside, params: q.team.params } : null;
    return q.own.reduce((n, p) => n + countOf(db, ownPart(q, p, outside)), team);
  }
  // Everyone's tickets found by the search: the hits but those deleted (found by their own index).
  if (hits !== null && q.scope === null && !q.filtered)
    return stmt(
      db,
      `SELECT count(*) FROM ${TICKET_SEARCH_HITS}
       WHERE rowid NOT IN (SELECT rowid FROM service_tickets WHERE deleted_at IS NOT NULL)`,
    )
      .pluck()
      .get() as number;
  if (hits !== null && q.search?.probe === null) return countOf(db, wholeList(q, { hits: true }));
  return countOf(db, wholeList(q, { hits: false, driver: q.driver, index: null }));
}

/**
 * A page of rowids in the list's order. `total` (the list's count, when known) tells how far walking the
 * list's order would go before the page is full.
 */
export function selectTicketRowids(
  db: Db,
  q: TicketQuery,
  limit: number,
  offset: number,
  total: number | null = null,
): number[] {
  if (q.search?.hits === 0 || limit <= 0) return [];
  if (byOwnParts(q)) return ownPage(db, q, limit, offset);
  if (!q.byDeadline) return page(db, q, pageSource(db, q, limit + offset, total), null, limit, offset);
  // Tickets with a running deadline first, in its order (the deadline index), then the resolved ones.
  const within: Source = fewHits(q)
    ? { hits: true }
    : {
        hits: false,
        driver: q.driver === 'client' || q.driver === 'handler' || q.driver === 'overdue' ? q.driver : null,
        index: null,
      };
  const running = page(db, q, within, DUE, limit, offset);
  if (running.length === limit) return running;
  const runningTotal = running.length > 0 ? offset + running.length : countOf(db, wholeList(q, within, DUE));
  const rest = page(db, q, within, NOT_DUE, limit - running.length, Math.max(0, offset - runningTotal));
  return [...running, ...rest];
}

function page(db: Db, q: TicketQuery, from: Source, extra: string | null, limit: number, offset: number) {
  const f = wholeList(q, from, extra ?? undefined);
  // Within a deadline range, "has a running deadline" is the same for every row: not a key to sort by.
  const keys = extra ? q.order.slice(1) : q.order;
  return stmt(db, `SELECT t.rowid FROM ${f.sql} ORDER BY ${orderBy(keys)} LIMIT ? OFFSET ?`)
    .pluck()
    .all(...f.params, limit, offset) as number[];
}

/**
 * Where a page of the whole list is read from: by received time, walking that order while the page is
 * expected to fill within WALK_ROWS rows (the share of all tickets the list holds tells), or while that is
 * fewer than the search hits; otherwise from the hits, or the driving filter's index, sorting what it finds.
 */
function pageSource(db: Db, q: TicketQuery, rows: number, total: number | null): Source {
  const hits = q.search?.hits ?? null;
  if (fewHits(q)) return { hits: true };
  const byReceived = q.order[0]!.expr === 't.received_at';
  const received = { hits: false, driver: null, index: 'service_tickets_received' } as const;
  const planned = { hits: false, driver: q.driver, index: null } as const;
  if (byReceived && q.driver === 'dates') return { ...received, driver: 'dates' };
  if (byReceived && q.driver === null && hits === null) return received;
  if (!byReceived || total === null || total === 0)
    return hits !== null && q.search?.probe === null ? { hits: true } : planned;
  const tickets = (stmt(db, 'SELECT max(rowid) FROM service_tickets').pluck().get() as number | null) ?? 0;
  const walk = (rows * tickets) / total;
  if (walk <= WALK_ROWS) return received;
  if (hits !== null) return walk < hits ? received : { hits: true };
  return planned;
}

/** A page of a person's own tickets: each part read in the list's order up to the page's end, merged. */
function ownPage(db: Db, q: TicketQuery, limit: number, offset: number): number[] {
  const keys = q.order.map((k, i) => `${k.expr} AS k${i}`).join(', ');
  const rows = q.own.flatMap((p) => {
    const f = ownPart(q, p);
    return stmt(db, `SELECT t.rowid AS rid, ${keys} FROM ${f.sql} ORDER BY ${orderBy(q.order)} LIMIT ?`).all(
      ...f.params,
      offset + limit,
    ) as Record<string, string | number | null>[];
  });
  const compare = (a: Record<string, unknown>, b: Record<string, unknown>) => {
    for (const [i, k] of q.order.entries()) {
      const x = a[`k${i}`] as string | number | null;
      const y = b[`k${i}`] as string | number | null;
      if (x === y) continue;
      // SQLite sorts NULL first ascending; the keys here are of one type each.
      const less = x === null ? true : y === null ? false : x < y;
      return (less ? -1 : 1) * (k.dir === 'ASC' ? 1 : -1);
    }
    return 0;
  };
  return rows
    .sort(compare)
    .slice(offset, offset + limit)
    .map((r) => r.rid as number);
}
