import { emptyTicketFilter, ticketListOrder } from '../../../shared/service/channels';
import type { ServiceFigures } from '../../../shared/home/types';
import { chinaDateOf } from '../../../shared/calendar/workingTime';
import type { UserCtx } from '../../core/context';
import { countTickets } from './repository/ticketList';
import { ticketListQuery } from './listQuery';
import type { TicketFilter } from '../../../shared/service/channels';

const ORDER = { sort: ticketListOrder.sort.parse(undefined), order: ticketListOrder.order.parse(undefined) };

/**
 * Home's customer service figures over the tickets the user may see: what is open, what is past its
 * deadline, and this month's complaints (China dates, like every ticket date).
 */
export function serviceFigures(ctx: UserCtx): ServiceFigures {
  const now = ctx.clock.now();
  const nowIso = now.toISOString();
  const today = chinaDateOf(now.getTime());
  const count = (filter: Partial<TicketFilter>) =>
    countTickets(
      ctx.db,
      ticketListQuery(ctx.db, ctx.user, { ...emptyTicketFilter, scope: 'all', ...filter, ...ORDER }, nowIso),
    );
  return {
    open: count({ openOnly: true }),
    overdue: count({ overdue: true }),
    openComplaints: count({ openOnly: true, kinds: ['complaint'] }),
    complaintsThisMonth: count({ kinds: ['complaint'], from: `${today.slice(0, 8)}01`, to: today }),
  };
}
