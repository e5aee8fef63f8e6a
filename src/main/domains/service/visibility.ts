import type { SessionUser } from '../../../shared/auth/types';
import type { TicketScope } from '../../../shared/service/types';
import type { Ctx } from '../../core/context';
import { mayViewClient } from '../clients/desk';

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

/**
 * A list's scope — mine (I handle or registered it), my group's (a lead's group, a deputy's charge; for staff
 * the visible tickets of their own group; the manager everyone's), or all the person may see — as what it
 * is made of, each part a condition on the ticket's own columns (its handler's group, its client file's
 * group and owner are on the ticket): the team part (the groups' tickets, and for 'all' their client files'),
 * which the lists count from the tally, and the person's own parts (handled, registered, of the files they
 * own), each found through an index of its own.
 */
export interface ListScope {
  /** Everyone's tickets: the manager's 'group' and 'all'. */
  everyone: boolean;
  /** Tickets handled in these groups. */
  groups: readonly string[];
  /** Tickets of the client files of these groups. */
  clientGroups: readonly string[];
  /** The person's own tickets: handled by this staff member … */
  handler: string | null;
  /** … registered by this user … */
  creator: string | null;
  /** … about a client file this staff member owns. */
  clientOwner: string | null;
  /** Of those, only the ones handled in this group (staff's 'group'). */
  withinGroup: string | null;
}

export function listScope(v: TicketViewer, scope: TicketScope): ListScope {
  const none: ListScope = {
    everyone: false,
    groups: [],
    clientGroups: [],
    handler: null,
    creator: null,
    clientOwner: null,
    withinGroup: null,
  };
  const mine = { ...none, handler: v.staffId, creator: v.userId };
  if (scope === 'mine') return mine;
  if (v.role === 'manager') return { ...none, everyone: true };
  const groups = teamGroups(v);
  if (groups.length === 0) {
    // Staff: their own tickets, and for 'group' those of them in their group.
    if (scope === 'group' && !v.groupId) return mine;
    return { ...mine, clientOwner: v.staffId, withinGroup: scope === 'group' ? v.groupId : null };
  }
  if (scope === 'group') return { ...none, groups };
  return { ...mine, groups, clientGroups: groups, clientOwner: v.staffId };
}

/** Whether the person's groups cover the ticket: the manager, a lead of its group, a deputy in charge of it. */
export function oversees(v: TicketViewer, groupId: string | null): boolean {
  if (v.role === 'manager') return true;
  return groupId !== null && teamGroups(v).includes(groupId);
}

/** The same rule as the visible rowids of listScope, for one ticket already read. */
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
