import type { TicketKind } from '../../../../shared/service/types';
import { stmt, type Db } from '../../../db/connection';

/*
 * Tickets as activity over time, read-only: how many complaints of a category came in, which clients the
 * desk dealt with (the improvement effect check). Every read is a range of the effect index (0011) alone.
 */

/** A live ticket as the effect check reads it: [received at, kind, category, client id or null]. */
export type TicketMark = [receivedAt: string, kind: TicketKind, category: string, clientId: string | null];

/**
 * Every live ticket received in [fromIso, toIso), oldest first, as bare rows: from the effect index alone
 * (0011), so a year of tickets is one index range, never a visit to each ticket.
 */
export function ticketMarks(db: Db, fromIso: string, toIso: string): TicketMark[] {
  return stmt(
    db,
    `SELECT received_at, kind, category, client_id FROM service_tickets INDEXED BY service_tickets_effect
     WHERE received_at >= @from AND received_at < @to AND deleted_at IS NULL
     ORDER BY received_at`,
  )
    .raw(true)
    .all({ from: fromIso, to: toIso }) as TicketMark[];
}

/** Complaints of a category received in [fromIso, toIso), counted in the effect index. */
export function countComplaints(db: Db, category: string, fromIso: string, toIso: string): number {
  return (
    stmt(
      db,
      `SELECT count(*) AS n FROM service_tickets INDEXED BY service_tickets_effect
       WHERE received_at >= @from AND received_at < @to AND deleted_at IS NULL
         AND kind = 'complaint' AND category = @category`,
    ).get({ category, from: fromIso, to: toIso }) as { n: number }
  ).n;
}

/** The client files with a live ticket of any kind received in [fromIso, toIso). */
export function clientsWithTickets(db: Db, fromIso: string, toIso: string): string[] {
  return (
    stmt(
      db,
      `SELECT DISTINCT client_id AS id FROM service_tickets INDEXED BY service_tickets_effect
       WHERE received_at >= @from AND received_at < @to AND deleted_at IS NULL AND client_id IS NOT NULL`,
    ).all({ from: fromIso, to: toIso }) as { id: string }[]
  ).map((r) => r.id);
}
