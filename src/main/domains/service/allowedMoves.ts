import { roleMay } from '../../../shared/contract/permissions';
import type { TicketKind, TicketMove, TicketStatus } from '../../../shared/service/types';
import { mayEdit, mayWork, type TicketOwnership, type TicketViewer } from './visibility';

/** The workflow moves each status offers, by kind (TICKET_MOVES in one step each, and what works within a step). */
const MOVES_FROM: Record<TicketKind, Partial<Record<TicketStatus, TicketMove[]>>> = {
  complaint: {
    registered: ['startInvestigation'],
    investigating: ['saveInvestigation', 'startResolving'],
    resolving: ['actions', 'resolve'],
    feedback: ['close'],
    closed: ['reopen'],
  },
  inquiry: {
    open: ['answer', 'convert'],
    answered: ['close', 'convert'],
    closed: ['reopen'],
  },
};

/**
 * The moves this user may make on the ticket now, for the screen to offer (main refuses the others anyway):
 * edits and assignment while it is open, the workflow's next steps for those who work on it.
 */
export function allowedMoves(
  v: TicketViewer,
  t: TicketOwnership & { kind: TicketKind; status: TicketStatus },
): TicketMove[] {
  const open = t.status !== 'closed';
  const moves: TicketMove[] = [];
  if (open && mayEdit(v, t)) moves.push('edit');
  if (!mayWork(v, t)) return moves;
  if (open && roleMay(v.role, 'service.assign')) moves.push('assign');
  moves.push(...(MOVES_FROM[t.kind][t.status] ?? []));
  return moves;
}
