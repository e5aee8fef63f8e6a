import { AppError } from '../../../shared/contract/errors';
import type { UserCtx } from '../../core/context';
import { fieldRefusal } from '../../core/refusals';
import { visibleTicket } from '../service/ticketAccess';

/**
 * The complaint a measure cites: a live complaint the person may see by the service desk's own rule. One
 * they may not see reads as missing, the same as one that does not exist — on the field, since it is a
 * choice in the form.
 */
export function citedComplaint(ctx: UserCtx, id: string): { id: string; code: string } {
  let ticket;
  try {
    ticket = visibleTicket(ctx, id);
  } catch (err) {
    if (err instanceof AppError && err.code === 'NOT_FOUND')
      throw fieldRefusal('VALIDATION', 'sourceTicketId', 'validation.notFound');
    throw err;
  }
  if (ticket.kind !== 'complaint')
    throw fieldRefusal('VALIDATION', 'sourceTicketId', 'validation.notComplaint');
  return { id: ticket.id, code: ticket.code };
}
