import type { Clause } from '../../../db/clause';
import { stmt, type Db } from '../../../db/connection';
import { TICKET_SEARCH_HITS } from './search';

/**
 * A ticket list as listQuery.ts assembles it, for this file to run: the rowids in scope (or none: every
 * ticket), the conditions on `service_tickets t`, the search hits kept in TICKET_SEARCH_HITS, and the order.
 */
export interface TicketQuery {
  /** `SELECT rowid …` of a person's own few tickets, which the list starts from; null: an index picks. */
  scope: Clause | null;
  /** Conditions on `t` ('t.deleted_at IS NULL' at least). */
  where: Clause;
  /** How to count the list without reading its tickets, when only the scope narrows it; else null. */
  scopeCount: Clause | null;
  hits: { count: number } | null;
  /** By running deadline, none last: two ranges of the deadline indexes, not one sort of everything. */
  byDeadline: boolean;
  /** ORDER BY within a range. */
  orderBy: string;
}

/** Up to this many hits, a list starts from the hits and sorts them; beyond, something else drives. */
const FEW_HITS = 1000;

/** FROM … WHERE … of the list, with `extra` conditions (a deadline range). */
function fromWhere(q: TicketQuery, extra: string | null = null): Clause {
  const conditions = [q.where.sql];
  const params = [...q.where.params];
  if (extra) conditions.push(extra);
  let from = 'service_tickets t';
  const fromParams: unknown[] = [];
  const fewHits = q.hits !== null && q.hits.count <= FEW_HITS;
  if (fewHits) from = `${TICKET_SEARCH_HITS} AS hit CROSS JOIN service_tickets t ON t.rowid = hit.rowid`;
  else if (q.hits) conditions.push(`+t.rowid IN ${TICKET_SEARCH_HITS}`);
  if (q.scope && !fewHits) {
    from = `(${q.scope.sql}) AS own CROSS JOIN service_tickets t ON t.rowid = own.rowid`;
    fromParams.push(...q.scope.params);
  } else if (q.scope) {
    conditions.push(`t.rowid IN (${q.scope.sql})`);
    params.push(...q.scope.params);
  }
  return { sql: `${from} WHERE ${conditions.join(' AND ')}`, params: [...fromParams, ...params] };
}

function rowids(db: Db, q: TicketQuery, extra: string | null, limit: number, offset: number): number[] {
  const f = fromWhere(q, extra);
  return stmt(db, `SELECT t.rowid FROM ${f.sql} ORDER BY ${q.orderBy} LIMIT ? OFFSET ?`)
    .pluck()
    .all(...f.params, limit, offset) as number[];
}

function count(db: Db, q: TicketQuery, extra: string | null = null): number {
  const f = fromWhere(q, extra);
  return stmt(db, `SELECT count(*) FROM ${f.sql}`)
    .pluck()
    .get(...f.params) as number;
}

const DUE = 't.next_due_at IS NOT NULL';
const NOT_DUE = 't.next_due_at IS NULL';

/** A page of rowids in the list's order. */
export function selectTicketRowids(db: Db, q: TicketQuery, limit: number, offset: number): number[] {
  if (q.hits?.count === 0) return [];
  if (!q.byDeadline) return rowids(db, q, null, limit, offset);
  // Tickets with a running deadline first, in its order (an index range), then the resolved ones.
  const running = rowids(db, q, DUE, limit, offset);
  if (running.length === limit) return running;
  const runningTotal = running.length > 0 ? offset + running.length : count(db, q, DUE);
  return [...running, ...rowids(db, q, NOT_DUE, limit - running.length, Math.max(0, offset - runningTotal))];
}

export function countTickets(db: Db, q: TicketQuery): number {
  if (q.hits?.count === 0) return 0;
  if (q.scopeCount)
    return stmt(db, q.scopeCount.sql)
      .pluck()
      .get(...q.scopeCount.params) as number;
  return count(db, q);
}
