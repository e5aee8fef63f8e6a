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

const placeholders = (values: readonly string[]) => values.map(() => '?').join(', ');

/** The rowids of live tickets matching `condition`, through that condition's own index. */
const liveRowids = (condition: string, ...params: unknown[]): Clause => ({
  sql: `SELECT rowid FROM service_tickets WHERE ${condition} AND deleted_at IS NULL`,
  params,
});

const union = (parts: Clause[]): Clause => ({
  sql: parts.map((p) => p.sql).join(' UNION '),
  params: parts.flatMap((p) => p.params),
});

/** The tickets someone handles or registered. */
const mineRowids = (v: TicketViewer): Clause =>
  union([liveRowids('handler_id = ?', v.staffId), liveRowids('created_by = ?', v.userId)]);

/** The tickets the person may see outside the groups they oversee: handled, registered, of their client files. */
function ownRowids(v: TicketViewer): Clause {
  const parts = [liveRowids('handler_id = ?', v.staffId), liveRowids('created_by = ?', v.userId)];
  const clients = viewableClientIds(v);
  if (clients) parts.push(liveRowids(`client_id IN (${clients.sql})`, ...clients.params));
  return union(parts);
}

/**
 * A list's scope — mine (I handle or registered it), my group's (a lead's group, a deputy's charge; for staff
 * the visible tickets of their own group; the manager everyone's), or all the person may see — as what the
 * list query needs: a condition on `service_tickets t`; the set of rowids in scope (`SELECT rowid …`, each
 * part through its own index) when the scope is a person's own few tickets, which the list then starts from;
 * and how to count the scope without reading the tickets, when nothing else narrows the list.
 */
export interface ListScope {
  condition: Clause | null;
  rowids: Clause | null;
  count: Clause | null;
}

const inGroups = (groups: readonly string[]): Clause => ({
  sql: `t.group_id IN (${placeholders(groups)})`,
  params: [...groups],
});

export function listScope(v: TicketViewer, scope: TicketScope): ListScope {
  const everyone: ListScope = { condition: null, rowids: null, count: null };
  const own = (rowids: Clause, condition: Clause | null = null): ListScope => ({
    condition,
    rowids,
    count: condition ? null : { sql: `SELECT count(*) FROM (${rowids.sql})`, params: rowids.params },
  });
  if (scope === 'mine') return own(mineRowids(v));
  if (v.role === 'manager') return everyone;
  const groups = teamGroups(v);
  if (groups.length === 0) {
    // Staff: their own tickets, and for 'group' those of them in their group.
    if (scope === 'group' && v.groupId)
      return own(ownRowids(v), { sql: 't.group_id = ?', params: [v.groupId] });
    return own(scope === 'group' ? mineRowids(v) : ownRowids(v));
  }
  if (scope === 'group') return { condition: inGroups(groups), rowids: null, count: null };
  // A team's: the groups' tickets (their index, in order), and the person's own elsewhere (a few, looked up).
  const elsewhere = ownRowids(v);
  const team = inGroups(groups);
  return {
    condition: {
      sql: `(${team.sql} OR t.rowid IN (${elsewhere.sql}))`,
      params: [...team.params, ...elsewhere.params],
    },
    rowids: null,
    count: {
      sql: `SELECT (SELECT count(*) FROM service_tickets t WHERE ${team.sql} AND t.deleted_at IS NULL)
                 + (SELECT count(*) FROM service_tickets t WHERE t.rowid IN (${elsewhere.sql})
                      AND (t.group_id IS NULL OR NOT ${team.sql}))`,
      params: [...team.params, ...elsewhere.params, ...team.params],
    },
  };
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
