import { AppError } from '../../../shared/contract/errors';
import type { TicketActionInput } from '../../../shared/service/channels';
import type { TicketAction } from '../../../shared/service/types';
import { diffRecords } from '../../core/auditDiff';
import type { UserCtx } from '../../core/context';
import { newId } from '../../core/ids';
import { mutate, type Mutation } from '../../core/mutation';
import { conflict, notFound } from '../../core/refusals';
import { deadlineBook } from './deadlines';
import { checkDepartment, personAtWork, storedInstant } from './recordChecks';
import * as actions from './repository/actions';
import { insertEvent } from './repository/events';
import { getTicketRow, type TicketDbRow } from './repository/tickets';
import { checkStepTime } from './stepTimes';
import { invalidMove, visibleTicket } from './ticketAccess';
import { maySee, mayWork } from './visibility';

/*
 * The coordinated actions of a complaint being resolved (处理中): department, owner, what, by when, done.
 * They are added, changed, done and removed only while the complaint is resolving, by those who work on it.
 */

/** What the audit trail shows of an action. */
const actionAuditView = (a: actions.ActionRow) => ({
  ticketId: a.ticketId,
  department: a.department,
  ownerId: a.ownerId,
  description: a.description,
  dueDate: a.dueDate,
  doneAt: a.doneAt,
  doneNote: a.doneNote,
});

const toAction = ({ deletedAt: _d, ...a }: actions.ActionRow): TicketAction => a;

/** The ticket an action is added to or changed on: visible, worked on by the caller, resolving. */
function resolvingTicket(m: Mutation<UserCtx>, ticketId: string, what: string): TicketDbRow {
  const row = visibleTicket(m, ticketId);
  if (!mayWork(m.user, row)) throw new AppError('FORBIDDEN', 'not a ticket this user works on');
  if (row.kind !== 'complaint' || row.status !== 'resolving') throw invalidMove(what, row);
  return row;
}

/** An action the caller is about to change: its ticket checked first, then the version they read. */
function actionToChange(
  m: Mutation<UserCtx>,
  id: string,
  version: number,
  what: string,
): { action: actions.ActionRow; ticket: TicketDbRow } {
  const action = actions.getActionRow(m.db, id);
  const ticket = action && getTicketRow(m.db, action.ticketId);
  if (!action || !ticket || ticket.deletedAt !== null || !maySee(m, m.user, ticket))
    throw notFound('ticketAction');
  if (action.version !== version) throw conflict('ticketAction');
  if (action.deletedAt !== null) throw notFound('ticketAction');
  return { action, ticket: resolvingTicket(m, ticket.id, what) };
}

/** The stored form of an action's fields: a department on the list, an owner at work. */
function actionWrite(
  m: Mutation<UserCtx>,
  input: TicketActionInput,
  current: actions.ActionRow | null,
): actions.ActionWrite {
  checkDepartment(deadlineBook(m).settings, 'department', input.department, current?.department ?? null);
  if (input.ownerId !== null && input.ownerId !== current?.ownerId) personAtWork(m, 'ownerId', input.ownerId);
  return {
    department: input.department,
    ownerId: input.ownerId,
    description: input.description,
    dueDate: input.dueDate,
  };
}

export function addTicketAction(ctx: UserCtx, ticketId: string, input: TicketActionInput): TicketAction {
  return mutate(ctx, (m) => {
    resolvingTicket(m, ticketId, 'addAction');
    const w = actionWrite(m, input, null);
    const id = newId();
    actions.insertAction(m.db, id, ticketId, w, m.stamp);
    insertEvent(
      m.db,
      {
        id: newId(),
        ticketId,
        kind: 'action_added',
        at: m.stamp.at,
        fromStatus: null,
        toStatus: null,
        note: w.description,
      },
      m.stamp,
    );
    const created = actions.getActionRow(m.db, id)!;
    m.audit({
      entity: 'ticketAction',
      entityId: id,
      action: 'create',
      changes: diffRecords(null, actionAuditView(created)),
    });
    return toAction(created);
  });
}

export function updateTicketAction(
  ctx: UserCtx,
  id: string,
  version: number,
  input: TicketActionInput,
): TicketAction {
  return mutate(ctx, (m) => {
    const { action: before } = actionToChange(m, id, version, 'updateAction');
    const w = actionWrite(m, input, before);
    m.versioned('ticketAction', actions.updateAction(m.db, id, version, w, m.stamp));
    const after = actions.getActionRow(m.db, id)!;
    m.audit({
      entity: 'ticketAction',
      entityId: id,
      action: 'update',
      changes: diffRecords(actionAuditView(before), actionAuditView(after)),
    });
    return toAction(after);
  });
}

/** An action done (when, with a note): not before the complaint started resolving, not in the future. */
export function completeTicketAction(
  ctx: UserCtx,
  id: string,
  version: number,
  input: { at: string; note: string | null },
): TicketAction {
  return mutate(ctx, (m) => {
    const { action: before, ticket } = actionToChange(m, id, version, 'completeAction');
    if (before.doneAt !== null) throw new AppError('INVALID_STATE', 'the action is already done');
    const at = storedInstant(input.at);
    checkStepTime(m, ticket, 'at', at);
    m.versioned('ticketAction', actions.completeAction(m.db, id, version, at, input.note, m.stamp));
    insertEvent(
      m.db,
      {
        id: newId(),
        ticketId: ticket.id,
        kind: 'action_done',
        at,
        fromStatus: null,
        toStatus: null,
        note: input.note ?? before.description,
      },
      m.stamp,
    );
    const after = actions.getActionRow(m.db, id)!;
    m.audit({
      entity: 'ticketAction',
      entityId: id,
      action: 'action_done',
      changes: diffRecords(actionAuditView(before), actionAuditView(after)),
    });
    return toAction(after);
  });
}

export function deleteTicketAction(ctx: UserCtx, id: string, version: number): null {
  return mutate(ctx, (m) => {
    actionToChange(m, id, version, 'deleteAction');
    m.versioned('ticketAction', actions.softDeleteAction(m.db, id, version, m.stamp));
    m.audit({
      entity: 'ticketAction',
      entityId: id,
      action: 'delete',
      changes: [{ field: 'deletedAt', before: null, after: m.stamp.at }],
    });
    return null;
  });
}
