import { chinaDayStart, dayOfIsoDate } from '../../../shared/calendar/workingTime';
import type { TicketFilter, TicketListOrder } from '../../../shared/service/channels';
import { TICKET_STATUSES, type TicketSortField } from '../../../shared/service/types';
import type { Clause } from '../../db/clause';
import type { Db } from '../../db/connection';
import { fillTicketHits } from './repository/search';
import {
  countOwnParts,
  type OrderKey,
  type OwnPart,
  type TicketQuery,
  type TicketDriver,
} from './repository/ticketList';
import { ticketQueryKey } from './search';
import { listScope, type ListScope, type TicketViewer } from './visibility';

/*
 * The ticket lists' queries, assembled in one place — the viewer's scope, the filters, the search and the
 * order — for the repository (repository/ticketList.ts) to run. Every value is a bound parameter; only the
 * shape of the SQL depends on which filters are set.
 *
 * At a busy desk's scale (200,000 tickets) reading a ticket's row costs microseconds, so what a list reads is
 * decided here: a person's own tickets through their own indexes (which carry every filtered column), the
 * choice filters over everyone's or a team's tickets counted from the tally, a page by walking the list's
 * order until it is full or through the index of its most selective filter, the search through its hits.
 */

const OPEN_STATUSES = TICKET_STATUSES.filter((s) => s !== 'closed');
const SEVERITY_RANK = `(CASE t.severity WHEN 'normal' THEN 0 WHEN 'major' THEN 1 ELSE 2 END)`;

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/** The instant a China calendar day starts, ISO (a "received from / to" date means the desk's day). */
const dayStartIso = (isoDate: string, plusDays = 0) =>
  new Date(chinaDayStart(dayOfIsoDate(isoDate) + plusDays)).toISOString();

/** Up to this many of a person's own tickets, one character is looked for in each one's text, not in all texts. */
const PROBE_OWN_MAX = 2000;

/**
 * The filters an index can drive, most selective first as a desk's tickets go: a client's or a handler's few,
 * the overdue, an open status (closed ones are nearly all), the received days, a department …, a kind last.
 */
const DRIVERS = [
  'client',
  'handler',
  'overdue',
  'openStatus',
  'dates',
  'department',
  'severity',
  'category',
  'channel',
  'status',
  'broadSeverity',
  'kind',
] as const satisfies readonly TicketDriver[];

interface Filter {
  driver: TicketDriver;
  /** The condition on `t`, its column marked (unary +) unless it drives. */
  sql: (drives: boolean) => string;
  params: unknown[];
  /** The same condition on the tally's columns; none for a filter the tally cannot count. */
  tally?: Clause;
}

/**
 * The ticket list as the viewer sees it with these filters, in this order, at `nowIso` (overdue means the
 * running deadline has passed by then).
 */
export function ticketListQuery(
  db: Db,
  viewer: TicketViewer,
  f: TicketFilter & TicketListOrder,
  nowIso: string,
): TicketQuery {
  const scope = listScope(viewer, f.scope);
  const filters = filtersOf(f, nowIso);
  const own = ownParts(scope);
  const team = teamCondition(scope);
  const personal = !scope.everyone && team === null;

  const key = ticketQueryKey(f.search);
  let search: TicketQuery['search'] = null;
  if (key) {
    const probe = personal && [...key].length === 1 && countOwnParts(db, own) <= PROBE_OWN_MAX;
    search = probe
      ? {
          probe: {
            sql: 'instr((SELECT s.text FROM service_ticket_search s WHERE s.ticket_rowid = t.rowid), ?) > 0',
            params: [key],
          },
          hits: null,
        }
      : { probe: null, hits: fillTicketHits(db, key) };
  }

  const driver = DRIVERS.find((d) => filters.some((x) => x.driver === d)) ?? null;
  const render = (drives: TicketDriver | null): Clause => ({
    sql: ['t.deleted_at IS NULL', ...filters.map((x) => x.sql(x.driver === drives))].join(' AND '),
    params: filters.flatMap((x) => x.params),
  });
  const tallyable = !search && filters.every((x) => x.tally);
  return {
    scope: scopeCondition(scope, team),
    own,
    team,
    personal,
    filters: render,
    filtered: filters.length > 0,
    driver,
    tally:
      tallyable && (scope.everyone || team)
        ? {
            sql: [team?.tally.sql ?? '1', ...filters.map((x) => x.tally!.sql)].join(' AND '),
            params: [...(team?.tally.params ?? []), ...filters.flatMap((x) => x.tally!.params)],
          }
        : null,
    search,
    byDeadline: f.sort === 'dueAt',
    order: listOrder(f.sort, f.order),
  };
}

/** Each filter that is set, as a condition on `t` and, where it can be, on the tally. */
function filtersOf(f: TicketFilter, nowIso: string): Filter[] {
  const out: Filter[] = [];
  const col = (name: string) => (drives: boolean) => `${drives ? '' : '+'}t.${name}`;
  const choice = (driver: TicketDriver, column: string, values: readonly string[]) => {
    const distinct = [...new Set(values)];
    if (distinct.length === 0) return;
    const c = col(column);
    out.push({
      driver,
      sql: (drives) => `${c(drives)} IN (${placeholders(distinct.length)})`,
      params: distinct,
      tally: { sql: `${column} IN (${placeholders(distinct.length)})`, params: distinct },
    });
  };
  if (f.clientId)
    out.push({ driver: 'client', sql: (d) => `${col('client_id')(d)} = ?`, params: [f.clientId] });
  if (f.handlerId)
    out.push({ driver: 'handler', sql: (d) => `${col('handler_id')(d)} = ?`, params: [f.handlerId] });
  if (f.overdue)
    out.push({
      driver: 'overdue',
      sql: (d) => `t.next_due_at IS NOT NULL AND ${col('next_due_at')(d)} < ?`,
      params: [nowIso],
    });
  // Open only: every status but closed, so that the status index serves it.
  const statuses = f.openOnly
    ? (f.statuses.length ? f.statuses : OPEN_STATUSES).filter((s) => s !== 'closed')
    : f.statuses;
  if (f.openOnly && statuses.length === 0)
    out.push({ driver: 'status', sql: () => '0', params: [], tally: { sql: '0', params: [] } });
  else choice(statuses.includes('closed') ? 'status' : 'openStatus', 'status', statuses);
  choice('department', 'responsible_dept', f.departments);
  choice('category', 'category', f.categories);
  choice('channel', 'channel', f.channels);
  // Normal is most tickets; major or critical alone are few.
  choice(f.severities.includes('normal') ? 'broadSeverity' : 'severity', 'severity', f.severities);
  choice('kind', 'kind', f.kinds);
  if (f.from || f.to) {
    const range = [f.from ? 't.received_at >= ?' : null, f.to ? 't.received_at < ?' : null];
    out.push({
      driver: 'dates',
      sql: (drives) =>
        range
          .filter((r) => r !== null)
          .map((r) => (drives ? r : `+${r}`))
          .join(' AND '),
      params: [f.from && dayStartIso(f.from), f.to && dayStartIso(f.to, 1)].filter((p) => p),
    });
  }
  return out;
}

/** The team part of a scope (its groups' tickets, for 'all' also their client files'); null when it has none. */
function teamCondition(s: ListScope): TicketQuery['team'] {
  if (s.groups.length === 0) return null;
  const inGroups = (column: string) => `${column} IN (${placeholders(s.groups.length)})`;
  const columns = s.clientGroups.length ? ['group_id', 'client_group_id'] : ['group_id'];
  const params = columns.flatMap(() => [...s.groups]);
  return {
    sql: `(${columns.map((c) => inGroups(`+t.${c}`)).join(' OR ')})`,
    outside: `NOT (${columns.map((c) => `ifnull(${inGroups(`t.${c}`)}, 0)`).join(' OR ')})`,
    params,
    tally: { sql: `(${columns.map(inGroups).join(' OR ')})`, params },
  };
}

/**
 * The person's own tickets as parts that do not overlap, each with the index it is read through: handled
 * by them, registered by them (not handled), of their client files (neither) — only in their group for
 * staff's 'group'.
 */
function ownParts(s: ListScope): OwnPart[] {
  const within = s.withinGroup ? { sql: ' AND +t.group_id = ?', params: [s.withinGroup] } : null;
  const parts: OwnPart[] = [];
  const add = (index: OwnPart['index'], sql: string, params: unknown[]) =>
    parts.push({
      index,
      sql: sql + (within?.sql ?? ''),
      params: [...params, ...(within?.params ?? [])],
    });
  if (s.handler) add('service_tickets_handler', 't.handler_id = ?', [s.handler]);
  if (s.creator)
    add('service_tickets_creator', 't.created_by = ? AND t.handler_id IS NOT ?', [s.creator, s.handler]);
  if (s.clientOwner)
    add(
      'service_tickets_client_owner',
      't.client_owner_id = ? AND t.handler_id IS NOT ? AND t.created_by IS NOT ?',
      [s.clientOwner, s.handler, s.creator],
    );
  return parts;
}

/** The whole scope as one condition on `t` (columns marked: the scope never picks the index). */
function scopeCondition(s: ListScope, team: TicketQuery['team']): Clause | null {
  if (s.everyone) return null;
  const any = team ? [team.sql] : [];
  const params = team ? [...team.params] : [];
  for (const [column, value] of [
    ['handler_id', s.handler],
    ['created_by', s.creator],
    ['client_owner_id', s.clientOwner],
  ] as const)
    if (value) {
      any.push(`+t.${column} = ?`);
      params.push(value);
    }
  if (s.withinGroup) params.push(s.withinGroup);
  return { sql: `(${any.join(' OR ')})${s.withinGroup ? ' AND +t.group_id = ?' : ''}`, params };
}

/**
 * The order of a sort field, key by key; ties fall back to the rowid so paging is stable. By deadline the
 * tickets with a running deadline come first and the resolved ones after, in either direction.
 */
function listOrder(sort: TicketSortField, order: 'asc' | 'desc'): OrderKey[] {
  const d = order === 'asc' ? 'ASC' : 'DESC';
  switch (sort) {
    case 'receivedAt':
      return [
        { expr: 't.received_at', dir: d },
        { expr: 't.rowid', dir: d },
      ];
    case 'dueAt':
      return [
        { expr: 't.next_due_at IS NULL', dir: 'ASC' },
        { expr: 't.next_due_at', dir: d },
        { expr: 't.rowid', dir: d },
      ];
    case 'code':
      return [{ expr: 't.code', dir: d }];
    case 'severity':
      return [
        { expr: SEVERITY_RANK, dir: d },
        { expr: 't.received_at', dir: 'DESC' },
        { expr: 't.rowid', dir: 'DESC' },
      ];
    case 'updatedAt':
      return [
        { expr: 't.updated_at', dir: d },
        { expr: 't.rowid', dir: d },
      ];
  }
}
