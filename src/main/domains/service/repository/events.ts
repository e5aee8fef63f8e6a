import type { TicketEvent, TicketEventKind, TicketStatus } from '../../../../shared/service/types';
import type { Stamp } from '../../../core/mutation';
import { stmt, type Db } from '../../../db/connection';

/** One step of a ticket's timeline as written: what, when (as the person gave it), the statuses it moved between. */
export interface EventWrite {
  id: string;
  ticketId: string;
  kind: TicketEventKind;
  at: string;
  fromStatus: TicketStatus | null;
  toStatus: TicketStatus | null;
  note: string | null;
}

/** Appends a step; the stamp says who recorded it and when. */
export function insertEvent(db: Db, e: EventWrite, s: Stamp): void {
  stmt(
    db,
    `INSERT INTO service_ticket_events (id, ticket_id, kind, at, from_status, to_status, note, actor_id, created_at, updated_at)
     VALUES (@id, @ticketId, @kind, @at, @fromStatus, @toStatus, @note, @by, @stamp, @stamp)`,
  ).run({ ...e, by: s.by, stamp: s.at });
}

/** The timeline, oldest first (steps at the same time in the order they were recorded). */
export function listEvents(db: Db, ticketId: string): TicketEvent[] {
  return stmt(
    db,
    `SELECT e.id, e.kind, e.at, e.from_status AS fromStatus, e.to_status AS toStatus, e.note,
            s.name AS actorName, e.created_at AS recordedAt
     FROM service_ticket_events e
     LEFT JOIN users u ON u.id = e.actor_id LEFT JOIN staff s ON s.id = u.staff_id
     WHERE e.ticket_id = ? ORDER BY e.at, e.created_at, e.id`,
  ).all(ticketId) as TicketEvent[];
}

/** The latest time among the ticket's steps of these kinds; null when it has none. */
export function latestStepAt(db: Db, ticketId: string, kinds: readonly TicketEventKind[]): string | null {
  return stmt(
    db,
    `SELECT max(at) FROM service_ticket_events WHERE ticket_id = ? AND kind IN (SELECT value FROM json_each(?))`,
  )
    .pluck()
    .get(ticketId, JSON.stringify(kinds)) as string | null;
}

/** The earliest time among the ticket's steps of these kinds; null when it has none. */
export function earliestStepAt(db: Db, ticketId: string, kinds: readonly TicketEventKind[]): string | null {
  return stmt(
    db,
    `SELECT min(at) FROM service_ticket_events WHERE ticket_id = ? AND kind IN (SELECT value FROM json_each(?))`,
  )
    .pluck()
    .get(ticketId, JSON.stringify(kinds)) as string | null;
}
