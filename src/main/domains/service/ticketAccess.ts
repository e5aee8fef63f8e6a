import type { AuditChange } from '../../../shared/audit/types';
import { AppError } from '../../../shared/contract/errors';
import type { TicketEventKind, TicketStatus } from '../../../shared/service/types';
import { diffRecords } from '../../core/auditDiff';
import type { UserCtx } from '../../core/context';
import { newId } from '../../core/ids';
import type { Mutation } from '../../core/mutation';
import { conflict, notFound } from '../../core/refusals';
import { nextDueAt } from './deadlines';
import { insertEvent } from './repository/events';
import { upsertTicketSearch } from './repository/search';
import {
  getTicketRow,
  ticketContent,
  ticketWriteOf,
  updateTicket,
  type TicketDbRow,
  type TicketWrite,
} from './repository/tickets';
import { ticketSearchText } from './search';
import { ticketAuditView } from './ticketView';
import { maySee, mayWork, type TicketOwnership, type TicketViewer } from './visibility';

/*
 * What every ticket service shares: which tickets the caller may see and work on, and what every write of a
 * ticket also does (its running deadline, its timeline step, its search text, its audit row).
 */

/** A live ticket the caller may see; missing and out of sight answer the same NOT_FOUND. */
export function visibleTicket(ctx: UserCtx, id: string): TicketDbRow {
  const row = getTicketRow(ctx.db, id);
  if (!row || row.deletedAt !== null || !maySee(ctx, ctx.user, row)) throw notFound('ticket');
  return row;
}

/**
 * A ticket the caller is about to change: visible, at the version they read (else CONFLICT), and theirs to
 * work on by `may` (else FORBIDDEN: they see it, so saying so reveals nothing).
 */
export function ticketToChange(
  ctx: UserCtx,
  id: string,
  version: number,
  may: (v: TicketViewer, t: TicketOwnership) => boolean = mayWork,
): TicketDbRow {
  const row = visibleTicket(ctx, id);
  if (row.version !== version) throw conflict('ticket');
  if (!may(ctx.user, row)) throw new AppError('FORBIDDEN', 'not a ticket this user works on');
  return row;
}

/** Refuses a move the workflow does not allow from where the ticket is. */
export function invalidMove(what: string, row: { kind: string; status: string }): AppError {
  return new AppError('INVALID_STATE', `${what} is not possible for a ${row.kind} that is ${row.status}`);
}

/** The stored state of a ticket already read. */
export function stateOf(ctx: UserCtx, row: TicketDbRow): TicketWrite {
  return ticketWriteOf(ctx.db, row.id)!;
}

/** A step of the timeline, recorded with a write. */
export interface StepRecord {
  kind: TicketEventKind;
  at: string;
  note: string | null;
  /** The statuses the step moved between; omitted when it did not move the ticket. */
  from?: TicketStatus;
  to?: TicketStatus;
}

/**
 * Writes the ticket's new state at the version read: its running deadline follows from it, the step goes on
 * the timeline, the search text is written again, and the audit row records what changed (with `extra`
 * changes that are not fields of the ticket: a reason).
 */
export function writeTicket(
  m: Mutation<UserCtx>,
  row: TicketDbRow,
  before: TicketWrite,
  after: TicketWrite,
  audit: { action: string; step: StepRecord | null; extra?: AuditChange[] },
): void {
  const next = { ...after, nextDueAt: nextDueAt(after) };
  m.versioned('ticket', updateTicket(m.db, row.id, row.version, next, m.stamp));
  if (audit.step)
    insertEvent(
      m.db,
      {
        id: newId(),
        ticketId: row.id,
        kind: audit.step.kind,
        at: audit.step.at,
        fromStatus: audit.step.from ?? null,
        toStatus: audit.step.to ?? null,
        note: audit.step.note,
      },
      m.stamp,
    );
  refreshTicketSearch(m, row.id);
  m.audit({
    entity: 'ticket',
    entityId: row.id,
    action: audit.action,
    changes: [
      ...diffRecords(ticketAuditView(row.code, before), ticketAuditView(row.code, next)),
      ...(audit.extra ?? []),
    ],
  });
}

/** The ticket's search text, written again from its code, client, contact, phone and content. */
export function refreshTicketSearch(m: Mutation, id: string): void {
  const row = getTicketRow(m.db, id)!;
  upsertTicketSearch(
    m.db,
    id,
    ticketSearchText({
      code: row.code,
      clientName: row.clientName ?? row.callerName,
      clientCode: row.clientCode,
      contactName: row.contactName,
      callerPhone: row.callerPhone,
      content: ticketContent(m.db, id).content,
    }),
  );
}
