import type { Role } from '../../../shared/contract/roles';
import type { Clause } from '../../db/clause';

/** The part of the session user that decides which client files are theirs to see (rulebook 二; the roles in docs/architecture.md). */
export interface Viewer {
  role: Role;
  staffId: string;
  groupId: string | null;
  chargeGroupIds: readonly string[];
}

/**
 * Clients the viewer may see, as a predicate over `clients <alias>`: the manager all; a deputy the groups in
 * their charge; a group lead their group; everyone also the files they own themselves (a deputy's own
 * clients, or a lead's clients kept from before a move to another group, would otherwise vanish from them).
 */
export function scopeClause(v: Viewer, alias = 'c'): Clause {
  const own = `${alias}.owner_id = ?`;
  switch (v.role) {
    case 'manager':
      return { sql: '1', params: [] };
    case 'deputy':
      return v.chargeGroupIds.length
        ? {
            sql: `(${inGroups(alias, v.chargeGroupIds)} OR ${own})`,
            params: [...v.chargeGroupIds, v.staffId],
          }
        : { sql: own, params: [v.staffId] };
    case 'group_lead':
      return v.groupId
        ? { sql: `(${alias}.group_id = ? OR ${own})`, params: [v.groupId, v.staffId] }
        : { sql: own, params: [v.staffId] };
    case 'staff':
      return { sql: own, params: [v.staffId] };
  }
}

export const inGroups = (alias: string, groupIds: readonly string[]) =>
  `${alias}.group_id IN (${groupIds.map(() => '?').join(', ')})`;

/** The groups whose files a lead or deputy sees as a team. */
export const teamGroups = (v: Viewer): readonly string[] =>
  v.role === 'deputy' ? v.chargeGroupIds : v.role === 'group_lead' && v.groupId ? [v.groupId] : [];

/** The same rule as scopeClause, for one record already read. */
export function canSee(v: Viewer, c: { ownerId: string | null; groupId: string | null }): boolean {
  if (v.role === 'manager') return true;
  if (c.ownerId !== null && c.ownerId === v.staffId) return true;
  if (c.groupId === null) return false;
  if (v.role === 'deputy') return v.chargeGroupIds.includes(c.groupId);
  if (v.role === 'group_lead') return c.groupId === v.groupId;
  return false;
}

/** Whether the viewer may make `owner` (a person in group `ownerGroupId`) the owner of a file. */
export function canAssignTo(v: Viewer, ownerId: string, ownerGroupId: string | null): boolean {
  if (v.role === 'manager' || ownerId === v.staffId) return true;
  if (ownerGroupId === null) return false;
  if (v.role === 'deputy') return v.chargeGroupIds.includes(ownerGroupId);
  if (v.role === 'group_lead') return ownerGroupId === v.groupId;
  return false;
}

/**
 * People whose follow-ups make up the viewer's team, as a predicate over `client_communications <alias>`:
 * a lead's group, a deputy's charge groups, the whole department for the manager; staff have no team.
 */
export function teamClause(v: Viewer, alias = 'm'): Clause {
  const own = { sql: `${alias}.staff_id = ?`, params: [v.staffId] as unknown[] };
  switch (v.role) {
    case 'manager':
      return { sql: `${alias}.staff_id IS NOT NULL`, params: [] };
    case 'deputy':
      return v.chargeGroupIds.length
        ? {
            sql: `(${alias}.staff_id IN (SELECT id FROM staff WHERE group_id IN (SELECT value FROM json_each(?))) OR ${own.sql})`,
            params: [JSON.stringify(v.chargeGroupIds), v.staffId],
          }
        : own;
    case 'group_lead':
      return v.groupId
        ? {
            sql: `(${alias}.staff_id IN (SELECT id FROM staff WHERE group_id = ?) OR ${own.sql})`,
            params: [v.groupId, v.staffId],
          }
        : own;
    case 'staff':
      return own;
  }
}
