import type { Ctx } from '../../core/context';
import * as activity from './repository/activity';

export type { TicketMark } from './repository/activity';

/*
 * The desk's tickets as activity over time, for the improvement effect check (did a category's complaints
 * fall after a measure; how many clients were served). Department-wide figures, not scoped by the caller:
 * only counts, times, categories and client ids leave the domain, never a ticket's content.
 */

/** Every live ticket received in [fromIso, toIso) as [received at, kind, category, client id], oldest first. */
export const ticketMarks = (ctx: Ctx, fromIso: string, toIso: string): activity.TicketMark[] =>
  activity.ticketMarks(ctx.db, fromIso, toIso);

/** Complaints of a category received in [fromIso, toIso). */
export const complaintCount = (ctx: Ctx, category: string, fromIso: string, toIso: string): number =>
  activity.countComplaints(ctx.db, category, fromIso, toIso);

/** The client files with a live ticket of any kind received in [fromIso, toIso). */
export const clientsWithTickets = (ctx: Ctx, fromIso: string, toIso: string): string[] =>
  activity.clientsWithTickets(ctx.db, fromIso, toIso);
