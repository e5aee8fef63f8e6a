import { chinaDayStart, dayOfIsoDate } from '../../../shared/calendar/workingTime';
import type { TicketFilter, TicketListOrder } from '../../../shared/service/channels';
import { TICKET_STATUSES, type TicketSortField } from '../../../shared/service/types';
import type { Db } from '../../db/connection';
import { fillTicketHits } from './repository/search';
import type { TicketQuery } from './repository/ticketList';
import { ticketQueryKey } from './search';
import { listScope, type TicketViewer } from './visibility';

/*
 * The ticket lists' queries, assembled in one place — the viewer's scope, the filters, the search and the
 * order — for the repository (repository/ticketList.ts) to run. Every value is a bound parameter; only the
 * shape of the SQL depends on which filters are set.
 */

const OPEN_STATUSES = TICKET_STATUSES.filter((s) => s !== 'closed');

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/** The instant a China calendar day starts, ISO (a "received from / to" date means the desk's day). */
const dayStartIso = (isoDate: string, plusDays = 0) =>
  new Date(chinaDayStart(dayOfIsoDate(isoDate) + plusDays)).toISOString();

/**
 * The ticket list as the viewer sees it with these filters, in this order, at `nowIso` (overdue means the
 * running deadline has passed by then). A search keeps to its hits: within a person's own tickets (a few
 * hundred) each ticket's text is looked at; otherwise the hits are found once, by the trigram index for three
 * characters or more and by one pass over the texts for one or two (two Chinese characters are a name).
 */
export function ticketListQuery(
  db: Db,
  viewer: TicketViewer,
  f: TicketFilter & TicketListOrder,
  nowIso: string,
): TicketQuery {
  const parts = ['t.deleted_at IS NULL'];
  const params: unknown[] = [];
  const add = (sql: string, ...values: unknown[]) => {
    parts.push(sql);
    params.push(...values);
  };
  const scope = listScope(viewer, f.scope);
  if (scope.condition) add(scope.condition.sql, ...scope.condition.params);
  const unfiltered = parts.length;
  // Open only: every status but closed, so that the status index serves it.
  const statuses = f.openOnly
    ? (f.statuses.length ? f.statuses : OPEN_STATUSES).filter((s) => s !== 'closed')
    : f.statuses;
  // One index drives; the other filters are checked on the rows it gives (unary + keeps the planner, which
  // has no statistics, from picking an index for them instead).
  const driver = scope.condition || scope.rowids ? null : drivingFilter(f, statuses);
  const col = (name: string, filter: Filter) => (driver === filter ? `t.${name}` : `+t.${name}`);
  const inList = (column: string, filter: Filter, values: readonly string[]) => {
    const distinct = [...new Set(values)];
    if (distinct.length) add(`${col(column, filter)} IN (${placeholders(distinct.length)})`, ...distinct);
  };
  if (f.overdue) add(`t.next_due_at IS NOT NULL AND ${col('next_due_at', 'overdue')} < ?`, nowIso);
  if (f.clientId) add(`${col('client_id', 'client')} = ?`, f.clientId);
  if (f.handlerId) add(`${col('handler_id', 'handler')} = ?`, f.handlerId);
  if (f.openOnly && statuses.length === 0) add('0');
  else inList('status', 'status', statuses);
  inList('responsible_dept', 'department', f.departments);
  inList('category', 'category', f.categories);
  inList('channel', 'channel', f.channels);
  inList('severity', 'severity', f.severities);
  inList('kind', 'kind', f.kinds);
  if (f.from) add('t.received_at >= ?', dayStartIso(f.from));
  if (f.to) add('t.received_at < ?', dayStartIso(f.to, 1));

  const key = ticketQueryKey(f.search);
  let hits: TicketQuery['hits'] = null;
  if (key && (scope.rowids || f.handlerId || f.clientId))
    add('instr((SELECT s.text FROM service_ticket_search s WHERE s.ticket_rowid = t.rowid), ?) > 0', key);
  else if (key) hits = { count: fillTicketHits(db, key) };
  return {
    scope: scope.rowids,
    where: { sql: parts.join(' AND '), params },
    scopeCount: parts.length === unfiltered && hits === null ? scope.count : null,
    hits,
    byDeadline: f.sort === 'dueAt',
    orderBy: listOrder(f.sort, f.order),
  };
}

type Filter =
  'overdue' | 'client' | 'handler' | 'status' | 'department' | 'category' | 'channel' | 'severity' | 'kind';

/**
 * The filter whose index drives the list: the one likely to leave the fewest tickets (overdue, one client,
 * one handler, a status — open ones are few —, a department …, a kind last); null when none is set.
 */
function drivingFilter(f: TicketFilter, statuses: readonly string[]): Filter | null {
  if (f.overdue) return 'overdue';
  if (f.clientId) return 'client';
  if (f.handlerId) return 'handler';
  if (statuses.length) return 'status';
  if (f.departments.length) return 'department';
  if (f.categories.length) return 'category';
  if (f.channels.length) return 'channel';
  if (f.severities.length) return 'severity';
  if (f.kinds.length) return 'kind';
  return null;
}

const SEVERITY_RANK = `(CASE t.severity WHEN 'normal' THEN 0 WHEN 'major' THEN 1 ELSE 2 END)`;

/**
 * ORDER BY for a sort field; ties fall back to the rowid so paging is stable. By deadline the repository
 * reads the tickets with a running deadline first and the resolved ones after, in either direction.
 */
function listOrder(sort: TicketSortField, order: 'asc' | 'desc'): string {
  const d = order === 'asc' ? 'ASC' : 'DESC';
  switch (sort) {
    case 'receivedAt':
      return `t.received_at ${d}, t.rowid ${d}`;
    case 'dueAt':
      // Within each range of the repository's (running deadline, then none): its deadline, then newest.
      return `t.next_due_at ${d}, t.rowid ${d}`;
    case 'code':
      return `t.code ${d}`;
    case 'severity':
      return `${SEVERITY_RANK} ${d}, t.received_at DESC, t.rowid DESC`;
    case 'updatedAt':
      return `t.updated_at ${d}, t.rowid ${d}`;
  }
}
