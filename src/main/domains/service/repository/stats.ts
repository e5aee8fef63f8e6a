import type { TicketChannel, TicketKind } from '../../../../shared/service/types';
import { TICKET_CHANNELS } from '../../../../shared/service/types';
import { stmt, type Db } from '../../../db/connection';

/**
 * The statistics' SQL (三(三)5). Every query reads one period's tickets of one kind by the index range
 * (kind, received_at), which carries every column counted here (migration 0012: no ticket row is read), and
 * aggregates in SQLite: a year of a busy desk is a hundred thousand rows or more, and handing each row to
 * JavaScript costs several times what SQLite takes to count it.
 *
 * What a row is counted under is decided with `count(*) FILTER (WHERE …)` rather than `GROUP BY`: a GROUP BY
 * sorts every row of the period first, a filter only tests it. The keys to count (the category and
 * department lists, the channels) are known beforehand; a row whose key is on none of them (a list entry
 * removed from the settings) shows up as a shortfall of the counts against the total, and only then are
 * those rows grouped.
 */

export interface TicketRange {
  kind: TicketKind;
  /** ISO instants, [start, end). */
  start: string;
  end: string;
}

/** Key → count, in the order the keys were asked for. */
export type KeyCounts = Map<string, number>;

export interface PeriodAggregates {
  total: number;
  byChannel: Map<TicketChannel, number>;
  byCategory: KeyCounts;
  /** Responsible departments; tickets without one under the key null. */
  byDepartment: Map<string | null, number>;
  responseDue: number;
  responseMet: number;
  resolutionDue: number;
  resolutionMet: number;
  /** Closed tickets with a satisfaction score: how many, the sum of their scores, how many were satisfied. */
  scored: number;
  scoreSum: number;
  satisfied: number;
  reopened: number;
  /** Seconds from receipt to the first response, and to resolution, of each ticket that got there. */
  toResponse: number[];
  toResolution: number[];
}

const RANGE = `FROM service_tickets INDEXED BY service_tickets_kind_received
  WHERE kind = @kind AND received_at >= @start AND received_at < @end AND deleted_at IS NULL`;

const counted = (column: string, param: string) => `count(*) FILTER (WHERE ${column} = @${param})`;

function aggregatesSql(categories: number, departments: number): string {
  const columns = [
    'count(*) AS total',
    ...TICKET_CHANNELS.map((_, i) => `${counted('channel', `ch${i}`)} AS ch${i}`),
    ...Array.from({ length: categories }, (_, i) => `${counted('category', `cat${i}`)} AS cat${i}`),
    ...Array.from({ length: departments }, (_, i) => `${counted('responsible_dept', `dep${i}`)} AS dep${i}`),
    'count(*) FILTER (WHERE responsible_dept IS NULL) AS depNone',
    // A deadline counts once it has passed or was met; one still running and not yet met is not judged.
    'count(*) FILTER (WHERE first_response_at IS NOT NULL OR response_due_at < @now) AS responseDue',
    'count(*) FILTER (WHERE first_response_at <= response_due_at) AS responseMet',
    'count(*) FILTER (WHERE resolved_at IS NOT NULL OR resolution_due_at < @now) AS resolutionDue',
    'count(*) FILTER (WHERE resolved_at <= resolution_due_at) AS resolutionMet',
    "count(satisfaction_score) FILTER (WHERE status = 'closed') AS scored",
    "total(satisfaction_score) FILTER (WHERE status = 'closed') AS scoreSum",
    "count(satisfaction_score) FILTER (WHERE status = 'closed' AND client_satisfied = 1) AS satisfied",
    'count(*) FILTER (WHERE reopen_count > 0) AS reopened',
    // A median needs every value: they travel as one JSON array per step rather than one row per ticket,
    // which is what SQLite hands to JavaScript fastest, in the same pass as the counts.
    `json_group_array(unixepoch(first_response_at) - unixepoch(received_at))
       FILTER (WHERE first_response_at IS NOT NULL) AS toResponse`,
    `json_group_array(unixepoch(resolved_at) - unixepoch(received_at))
       FILTER (WHERE resolved_at IS NOT NULL) AS toResolution`,
  ];
  return `SELECT ${columns.join(',\n  ')}\n${RANGE}`;
}

/** Everything the statistics need of the period's tickets, in one pass over them. */
export function periodAggregates(
  db: Db,
  range: TicketRange,
  p: { now: string; categories: readonly string[]; departments: readonly string[] },
): PeriodAggregates {
  const params: Record<string, string> = { kind: range.kind, start: range.start, end: range.end, now: p.now };
  TICKET_CHANNELS.forEach((c, i) => (params[`ch${i}`] = c));
  p.categories.forEach((c, i) => (params[`cat${i}`] = c));
  p.departments.forEach((d, i) => (params[`dep${i}`] = d));
  const row = stmt<
    Record<string, string>,
    Record<string, number> & { toResponse: string; toResolution: string }
  >(db, aggregatesSql(p.categories.length, p.departments.length)).get(params)!;

  const byCategory: KeyCounts = new Map(p.categories.map((c, i) => [c, row[`cat${i}`]!]));
  const byDepartment = new Map<string | null, number>(p.departments.map((d, i) => [d, row[`dep${i}`]!]));
  byDepartment.set(null, row.depNone!);
  const sum = (m: Map<unknown, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  if (sum(byCategory) < row.total!)
    for (const r of keysOffList(db, range, 'category', p.categories)) byCategory.set(r.key, r.n);
  if (sum(byDepartment) < row.total!)
    for (const r of keysOffList(db, range, 'responsible_dept', p.departments)) byDepartment.set(r.key, r.n);

  return {
    total: row.total!,
    byChannel: new Map(TICKET_CHANNELS.map((c, i) => [c, row[`ch${i}`]!])),
    byCategory,
    byDepartment,
    responseDue: row.responseDue!,
    responseMet: row.responseMet!,
    resolutionDue: row.resolutionDue!,
    resolutionMet: row.resolutionMet!,
    scored: row.scored!,
    scoreSum: row.scoreSum!,
    satisfied: row.satisfied!,
    reopened: row.reopened!,
    toResponse: JSON.parse(row.toResponse) as number[],
    toResolution: JSON.parse(row.toResolution) as number[],
  };
}

/** The rare rows whose key is not on the list (an entry since removed from the settings), grouped. */
function keysOffList(
  db: Db,
  range: TicketRange,
  column: 'category' | 'responsible_dept',
  keys: readonly string[],
): { key: string; n: number }[] {
  const params: Record<string, string> = { kind: range.kind, start: range.start, end: range.end };
  keys.forEach((k, i) => (params[`k${i}`] = k));
  const list = keys.map((_, i) => `@k${i}`).join(', ');
  return stmt<Record<string, string>, { key: string; n: number }>(
    db,
    `SELECT ${column} AS key, count(*) AS n ${RANGE}
       AND ${column} IS NOT NULL${keys.length ? ` AND ${column} NOT IN (${list})` : ''}
     GROUP BY ${column}`,
  ).all(params);
}

/** Tickets received in the range: counted in the index alone. */
export function countReceived(db: Db, range: TicketRange): number {
  return stmt(db, `SELECT count(*) ${RANGE}`)
    .pluck()
    .get({ kind: range.kind, start: range.start, end: range.end }) as number;
}
