import type { SessionUser } from '../../../shared/auth/types';
import type { TicketScope } from '../../../shared/service/types';
import type { Ctx } from '../../core/context';
import type { Clause } from '../../db/clause';
import { mayViewClient, viewableClientIds } from '../clients/desk';

/*
 * Who sees which tickets and who works on them (SERVICE.md): staff the tickets they handle or registered and
 * those of client files they can see; a group lead also their group's (the ticket's group is its handler's);
 * a deputy the groups in their charge; the manager all. Working on a ticket (moves, actions, edits) is for
 * its handler and for those whose groups cover it.
 */

export type TicketViewer = Pick<SessionUser, 'userId' | 'staffId' | 'role' | 'groupId' | 'chargeGroupIds'>;

/** What decides a ticket's visibility: who handles it, who registered it, its group and its client file. */
export interface TicketOwnership {
  handlerId: string | null;
  createdBy: string | null;
  groupId: string | null;
  clientId: string | null;
}

/** The groups whose tickets the person oversees: a deputy's charge, a lead's group; none for staff (the manager: all). */
export function teamGroups(v: TicketViewer): readonly string[] {
  if (v.role === 'deputy') return v.chargeGroupIds;
  if (v.role === 'group_lead' && v.groupId) return [v.groupId];
  return [];
}

const inList = (column: string, values: readonly string[]) =>
  `${column} IN (${values.map(() => '?').join(', ')})`;

/** Tickets the person may see, as a condition over `service_tickets t`. */
export function visibleClause(v: TicketViewer): Clause {
  if (v.role === 'manager') return { sql: '1', params: [] };
  const parts = ['t.handler_id = ?', 't.created_by = ?'];
  const params: unknown[] = [v.staffId, v.userId];
  const groups = teamGroups(v);
  if (groups.length) {
    parts.push(inList('t.group_id', groups));
    params.push(...groups);
  }
  const clients = viewableClientIds(v);
  if (clients) {
    parts.push(`t.client_id IN (${clients.sql})`);
    params.push(...clients.params);
  }
  return { sql: `(${parts.join(' OR ')})`, params };
}

/**
 * A list's scope as a condition over `service_tickets t`: mine (I handle or registered it), my group's (a
 * lead's group, a deputy's charge; for staff the visible tickets of their own group; the manager everyone's),
 * or all the person may see.
 */
export function scopeClause(v: TicketViewer, scope: TicketScope): Clause {
  if (scope === 'mine')
    return { sql: '(t.handler_id = ? OR t.created_by = ?)', params: [v.staffId, v.userId] };
  if (scope === 'group') {
    if (v.role === 'manager') return { sql: '1', params: [] };
    const groups = teamGroups(v);
    if (groups.length) return { sql: inList('t.group_id', groups), params: [...groups] };
    if (v.groupId) {
      const visible = visibleClause(v);
      return { sql: `t.group_id = ? AND ${visible.sql}`, params: [v.groupId, ...visible.params] };
    }
    return { sql: '(t.handler_id = ? OR t.created_by = ?)', params: [v.staffId, v.userId] };
  }
  return visibleClause(v);
}

/** Whether the person's groups cover the ticket: the manager, a lead of its group, a deputy in charge of it. */
export function oversees(v: TicketViewer, groupId: string | null): boolean {
  if (v.role === 'manager') return true;
  return groupId !== null && teamGroups(v).includes(groupId);
}

/** The same rule as visibleClause, for one ticket already read. */
export function maySee(ctx: Ctx, v: TicketViewer, t: TicketOwnership): boolean {
  if (v.role === 'manager') return true;
  if (t.handlerId !== null && t.handlerId === v.staffId) return true;
  if (t.createdBy !== null && t.createdBy === v.userId) return true;
  if (oversees(v, t.groupId)) return true;
  return t.clientId !== null && mayViewClient(ctx, v, t.clientId);
}

/** Whether the person works on the ticket (moves, actions, assignment): its handler, or one whose groups cover it. */
export function mayWork(v: TicketViewer, t: TicketOwnership): boolean {
  return (t.handlerId !== null && t.handlerId === v.staffId) || oversees(v, t.groupId);
}

/** Editing what was recorded: those who work on it, and whoever registered it (a slip at intake). */
export function mayEdit(v: TicketViewer, t: TicketOwnership): boolean {
  return mayWork(v, t) || (t.createdBy !== null && t.createdBy === v.userId);
}
