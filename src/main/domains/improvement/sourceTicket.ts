import { AppError } from '../../../shared/contract/errors';
import type { UserCtx } from '../../core/context';
import { fieldRefusal } from '../../core/refusals';
import { assertVisible } from '../clients/service';
import { ticketRef, type TicketRef } from './repository/tickets';

/**
 * Whether the person may see the ticket, by the service desk's rule (SERVICE.md "Visibility"): the manager
 * all; everyone the tickets they handle or registered and those of client files they may see; a group lead
 * their group's, a deputy the groups in their charge.
 */
function maySee(ctx: UserCtx, t: TicketRef): boolean {
  const u = ctx.user;
  if (u.role === 'manager') return true;
  if (t.handlerId === u.staffId || t.createdBy === u.userId) return true;
  if (t.groupId !== null) {
    if (u.role === 'group_lead' && t.groupId === u.groupId) return true;
    if (u.role === 'deputy' && u.chargeGroupIds.includes(t.groupId)) return true;
  }
  if (t.clientId === null) return false;
  try {
    assertVisible(ctx, t.clientId);
    return true;
  } catch (err) {
    if (err instanceof AppError && err.code === 'NOT_FOUND') return false;
    throw err;
  }
}

/**
 * The complaint a measure cites: a live complaint the person may see. One they may not see reads as
 * missing, the same as one that does not exist.
 */
export function citedComplaint(ctx: UserCtx, id: string): TicketRef {
  const t = ticketRef(ctx.db, id);
  if (!t || !maySee(ctx, t)) throw fieldRefusal('VALIDATION', 'sourceTicketId', 'validation.notFound');
  if (t.kind !== 'complaint') throw fieldRefusal('VALIDATION', 'sourceTicketId', 'validation.notComplaint');
  return t;
}
