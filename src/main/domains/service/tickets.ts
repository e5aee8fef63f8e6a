import type { ClientTicketFigures, TicketDetail, TicketPage, TicketRow } from '../../../shared/service/types';
import type { TicketFilter, TicketListInput, TicketListOrder } from '../../../shared/service/channels';
import type { UserCtx } from '../../core/context';
import { notFound } from '../../core/refusals';
import { mayViewClient } from '../clients/desk';
import { allowedMoves } from './allowedMoves';
import { clockOf, deadlineBook } from './deadlines';
import { ticketListQuery } from './listQuery';
import { listActions } from './repository/actions';
import { listEvents } from './repository/events';
import { countTickets, selectTicketRowids } from './repository/ticketList';
import {
  clientTicketCounts,
  getTicketRowsByRowid,
  ticketContent,
  type TicketDbRow,
} from './repository/tickets';
import { visibleTicket } from './ticketAccess';
import { toTicketRow } from './ticketView';

/** Rows read at a time by an export. */
const EXPORT_CHUNK = 1000;

/** A page of the ticket list as the caller sees it, each row with its time left now. */
export function listTickets(ctx: UserCtx, input: TicketListInput): TicketPage {
  const now = ctx.clock.now().toISOString();
  const query = ticketListQuery(ctx.db, ctx.user, input, now);
  const total = countTickets(ctx.db, query);
  const rowids = selectTicketRowids(ctx.db, query, input.pageSize, (input.page - 1) * input.pageSize, total);
  const book = deadlineBook(ctx);
  return {
    rows: getTicketRowsByRowid(ctx.db, rowids).map((r) => toTicketRow(r, clockOf(book, now, r))),
    total,
  };
}

/** A list row with the times of its steps, as the export shows it. */
export type TicketExportRow = TicketRow & { firstResponseAt: string | null; resolvedAt: string | null };

/** Every row of the list with these filters and this order (up to `max`), read in chunks: for the export. */
export function* ticketRowsForExport(
  ctx: UserCtx,
  input: TicketFilter & TicketListOrder,
  max: number,
): Generator<TicketExportRow> {
  const now = ctx.clock.now().toISOString();
  const book = deadlineBook(ctx);
  const query = ticketListQuery(ctx.db, ctx.user, input, now);
  const rowids = selectTicketRowids(ctx.db, query, max, 0, countTickets(ctx.db, query));
  for (let i = 0; i < rowids.length; i += EXPORT_CHUNK)
    for (const r of getTicketRowsByRowid(ctx.db, rowids.slice(i, i + EXPORT_CHUNK)))
      yield {
        ...toTicketRow(r, clockOf(book, now, r)),
        firstResponseAt: r.firstResponseAt,
        resolvedAt: r.resolvedAt,
      };
}

/** The whole ticket from a row already read and checked: actions, timeline, the moves this user may make. */
export function detailOf(ctx: UserCtx, r: TicketDbRow): TicketDetail {
  const now = ctx.clock.now().toISOString();
  const { content, createdByName } = ticketContent(ctx.db, r.id);
  return {
    ...toTicketRow(r, clockOf(deadlineBook(ctx), now, r)),
    content,
    contactId: r.contactId,
    callerName: r.callerName,
    slaStartAt: r.slaStartAt,
    responseDueAt: r.responseDueAt,
    resolutionDueAt: r.resolutionDueAt,
    responseMode: r.responseMode,
    resolutionMode: r.resolutionMode,
    firstResponseAt: r.firstResponseAt,
    firstResponseNote: r.firstResponseNote,
    resolvedAt: r.resolvedAt,
    closedAt: r.closedAt,
    answer: r.answer,
    findings: r.findings,
    rootCause: r.rootCause,
    solution: r.solution,
    resolutionSummary: r.resolutionSummary,
    feedbackMethod: r.feedbackMethod,
    feedbackAt: r.feedbackAt,
    feedbackNote: r.feedbackNote,
    clientSatisfied: r.clientSatisfied === null ? null : r.clientSatisfied === 1,
    satisfactionScore: r.satisfactionScore,
    convertedAt: r.convertedAt,
    createdAt: r.createdAt,
    createdByName,
    actions: listActions(ctx.db, r.id),
    events: listEvents(ctx.db, r.id),
    allowed: allowedMoves(ctx.user, r),
  };
}

/** The ticket as the caller may see it (NOT_FOUND otherwise). */
export function getTicket(ctx: UserCtx, id: string): TicketDetail {
  return detailOf(ctx, visibleTicket(ctx, id));
}

/** A client file's tickets at a glance, for the file's page: only for someone who may see the file. */
export function clientTicketFigures(ctx: UserCtx, clientId: string): ClientTicketFigures {
  if (!mayViewClient(ctx, ctx.user, clientId)) throw notFound('client');
  return clientTicketCounts(ctx.db, clientId);
}
