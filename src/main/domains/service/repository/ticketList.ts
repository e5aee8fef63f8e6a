import type { Clause } from '../../../db/clause';
import { stmt, type Db } from '../../../db/connection';
import { TICKET_SEARCH_HITS } from './search';

/**
 * A ticket list as listQuery.ts assembles it: conditions on `service_tickets t`, whether to keep to the
 * search hits (TICKET_SEARCH_HITS), and the order.
 */
export interface TicketQuery {
  where: Clause;
  /** The query's hits are in TICKET_SEARCH_HITS, with this many of them; null when not searching. */
  hits: { count: number } | null;
  orderBy: string;
}

/** Up to this many hits, a list starts from the hits and sorts them; beyond, its own index drives. */
const FEW_HITS = 1000;

function fromWhere(q: TicketQuery): Clause {
  if (q.hits && q.hits.count <= FEW_HITS)
    return {
      sql: `${TICKET_SEARCH_HITS} AS hit CROSS JOIN service_tickets t ON t.rowid = hit.rowid WHERE ${q.where.sql}`,
      params: q.where.params,
    };
  if (q.hits)
    return {
      sql: `service_tickets t WHERE ${q.where.sql} AND +t.rowid IN ${TICKET_SEARCH_HITS}`,
      params: q.where.params,
    };
  return { sql: `service_tickets t WHERE ${q.where.sql}`, params: q.where.params };
}

/** A page of rowids in the list's order. */
export function selectTicketRowids(db: Db, q: TicketQuery, limit: number, offset: number): number[] {
  if (q.hits?.count === 0) return [];
  const f = fromWhere(q);
  return stmt(db, `SELECT t.rowid FROM ${f.sql} ORDER BY ${q.orderBy} LIMIT ? OFFSET ?`)
    .pluck()
    .all(...f.params, limit, offset) as number[];
}

export function countTickets(db: Db, q: TicketQuery): number {
  if (q.hits?.count === 0) return 0;
  const f = fromWhere(q);
  return stmt(db, `SELECT count(*) FROM ${f.sql}`)
    .pluck()
    .get(...f.params) as number;
}
