import { roleMay } from '../../../shared/contract/permissions';
import { AppError } from '../../../shared/contract/errors';
import type { TicketEditInput, TicketInput } from '../../../shared/service/channels';
import type { TicketDetail } from '../../../shared/service/types';
import { diffRecords } from '../../core/auditDiff';
import type { UserCtx } from '../../core/context';
import { newId } from '../../core/ids';
import { mutate } from '../../core/mutation';
import { fieldRefusal } from '../../core/refusals';
import { ticketCode } from './codes';
import { deadlineBook, deadlinesFrom, deadlineRules, nextDueAt } from './deadlines';
import { callerLink, checkCategory, personAtWork, storedInstant } from './recordChecks';
import { insertEvent, latestStepAt } from './repository/events';
import { getTicketRow, insertTicket, NO_STEPS_YET, type TicketWrite } from './repository/tickets';
import { checkReceivedAt } from './stepTimes';
import { refreshTicketSearch, stateOf, ticketToChange, writeTicket } from './ticketAccess';
import { detailOf } from './tickets';
import { ticketAuditView } from './ticketView';
import { mayEdit, mayWork } from './visibility';

/*
 * Intake and the edits of what was recorded: a ticket is written the moment the desk saves it (a complaint
 * is recorded at once, 立即进行记录), with its code, its deadlines from the received time, its handler's group
 * and the first step of its timeline.
 */

export function createTicket(ctx: UserCtx, input: TicketInput): TicketDetail {
  return mutate(ctx, (m) => {
    const receivedAt = storedInstant(input.receivedAt);
    checkReceivedAt(m, null, receivedAt);
    const book = deadlineBook(m);
    checkCategory(book.settings, input.category, null);
    const handler = personAtWork(m, 'handlerId', input.handlerId);
    const link = callerLink(m, input, null);
    const status = input.kind === 'complaint' ? 'registered' : 'open';
    const w: TicketWrite = {
      kind: input.kind,
      channel: input.channel,
      status,
      ...link,
      receivedAt,
      slaStartAt: receivedAt,
      content: input.content,
      category: input.category,
      severity: input.severity,
      handlerId: handler.id,
      groupId: handler.groupId,
      ...deadlinesFrom(book, input.kind, input.severity, receivedAt),
      ...NO_STEPS_YET,
    };
    w.nextDueAt = nextDueAt(w);
    const id = newId();
    const code = ticketCode(m.db, receivedAt);
    insertTicket(m.db, id, code, w, m.stamp);
    insertEvent(
      m.db,
      {
        id: newId(),
        ticketId: id,
        kind: 'received',
        at: receivedAt,
        fromStatus: null,
        toStatus: status,
        note: null,
      },
      m.stamp,
    );
    refreshTicketSearch(m, id);
    m.audit({
      entity: 'ticket',
      entityId: id,
      action: 'create',
      changes: diffRecords(null, ticketAuditView(code, w)),
    });
    return detailOf(m, getTicketRow(m.db, id)!);
  });
}

/**
 * An edit of what was recorded, while the ticket is open. A new severity or category (or a corrected
 * received time) counts the deadlines not yet met again from the clock's start — a reopened ticket's
 * resolution from its reopening. A new handler is an assignment: for those who may assign, on a ticket
 * their groups cover.
 */
export function updateTicket(
  ctx: UserCtx,
  id: string,
  version: number,
  input: TicketEditInput,
): TicketDetail {
  return mutate(ctx, (m) => {
    const row = ticketToChange(m, id, version, mayEdit);
    if (row.status === 'closed') throw new AppError('INVALID_STATE', 'a closed ticket is not edited');
    const before = stateOf(m, row);
    const receivedAt = storedInstant(input.receivedAt);
    if (receivedAt !== before.receivedAt) checkReceivedAt(m, id, receivedAt);
    const book = deadlineBook(m);
    checkCategory(book.settings, input.category, before.category);
    let handler = { id: before.handlerId, groupId: before.groupId };
    if (input.handlerId !== before.handlerId) {
      if (!roleMay(m.user.role, 'service.assign') || !mayWork(m.user, row))
        throw fieldRefusal('FORBIDDEN', 'handlerId', 'validation.invalidChoice');
      handler = personAtWork(m, 'handlerId', input.handlerId);
    }
    const link = callerLink(m, input, before);
    const after: TicketWrite = {
      ...before,
      channel: input.channel,
      ...link,
      receivedAt,
      content: input.content,
      category: input.category,
      severity: input.severity,
      handlerId: handler.id,
      groupId: handler.groupId,
    };
    // The clock starts at receipt until a conversion restarts it.
    if (before.convertedAt === null) after.slaStartAt = receivedAt;
    if (
      after.severity !== before.severity ||
      after.category !== before.category ||
      after.slaStartAt !== before.slaStartAt
    ) {
      const counted = deadlinesFrom(book, after.kind, after.severity, after.slaStartAt);
      if (after.firstResponseAt === null) {
        after.responseDueAt = counted.responseDueAt;
        after.responseMode = counted.responseMode;
      }
      if (after.resolvedAt === null) {
        const reopenedAt = after.reopenCount > 0 ? latestStepAt(m.db, id, ['reopened']) : null;
        const rule = deadlineRules(book.settings.serviceDeadlines, after.kind, after.severity).resolution;
        after.resolutionDueAt = reopenedAt ? book.calendar.dueAt(reopenedAt, rule) : counted.resolutionDueAt;
        after.resolutionMode = rule.mode;
      }
    }
    if (diffRecords(ticketAuditView(row.code, before), ticketAuditView(row.code, after)).length === 0)
      return detailOf(m, row);
    const reassigned = after.handlerId !== before.handlerId;
    writeTicket(m, row, before, after, {
      action: 'update',
      step: { kind: reassigned ? 'assigned' : 'updated', at: m.stamp.at, note: null },
    });
    return detailOf(m, getTicketRow(m.db, id)!);
  });
}

/** Hands an open ticket to another handler (leads and up, on tickets their groups cover); its group follows. */
export function assignTicket(ctx: UserCtx, id: string, version: number, handlerId: string): TicketDetail {
  return mutate(ctx, (m) => {
    const row = ticketToChange(m, id, version);
    if (row.status === 'closed') throw new AppError('INVALID_STATE', 'a closed ticket is not reassigned');
    const handler = personAtWork(m, 'handlerId', handlerId);
    if (handler.id === row.handlerId && handler.groupId === row.groupId) return detailOf(m, row);
    const before = stateOf(m, row);
    writeTicket(
      m,
      row,
      before,
      { ...before, handlerId: handler.id, groupId: handler.groupId },
      { action: 'assign', step: { kind: 'assigned', at: m.stamp.at, note: handler.name } },
    );
    return detailOf(m, getTicketRow(m.db, id)!);
  });
}
