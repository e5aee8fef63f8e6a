import type { SessionUser } from '../../../shared/auth/types';
import type { Clause } from '../../db/clause';

/*
 * Who sees a contract (issue 11 §7): staff their own, a group lead their group's, a deputy the groups in their
 * charge, the manager all — and whoever the contract involves: the owner of one of its milestones (the
 * service group following a delivery) and the assignee of one of its hand-offs, who must open it to act.
 *
 * Seeing is not running it: the contract itself (its terms, review, signing, milestones plan, termination)
 * is changed by those in its scope; an involved person only records progress on their own milestone or
 * acknowledges their own hand-off.
 */

export type ContractViewer = Pick<SessionUser, 'staffId' | 'role' | 'groupId' | 'chargeGroupIds'>;

const teamGroups = (v: ContractViewer): readonly string[] =>
  v.role === 'deputy' ? v.chargeGroupIds : v.role === 'group_lead' && v.groupId ? [v.groupId] : [];

/** The rows in the viewer's scope (not counting involvement), as a predicate over `<alias>` (owner_id, group_id). */
export function scopeClause(v: ContractViewer, alias: string): Clause {
  if (v.role === 'manager') return { sql: '1', params: [] };
  const groups = teamGroups(v);
  if (groups.length === 0) return { sql: `${alias}.owner_id = ?`, params: [v.staffId] };
  return {
    sql: `(${alias}.owner_id = ? OR ${alias}.group_id IN (${groups.map(() => '?').join(', ')}))`,
    params: [v.staffId, ...groups],
  };
}

/** The contracts the viewer sees, as a predicate over `contracts c`. */
export function visibleClause(v: ContractViewer): Clause {
  if (v.role === 'manager') return { sql: '1', params: [] };
  const scope = scopeClause(v, 'c');
  return {
    sql: `(${scope.sql}
           OR EXISTS (SELECT 1 FROM contract_milestones vm WHERE vm.contract_id = c.id AND vm.owner_id = ?
                      AND vm.deleted_at IS NULL)
           OR EXISTS (SELECT 1 FROM contract_handoffs vh WHERE vh.contract_id = c.id AND vh.assignee_id = ?))`,
    params: [...scope.params, v.staffId, v.staffId],
  };
}

/** The same as scopeClause, for one contract already read. */
export function inScope(v: ContractViewer, c: { ownerId: string; groupId: string | null }): boolean {
  if (v.role === 'manager' || c.ownerId === v.staffId) return true;
  return c.groupId !== null && teamGroups(v).includes(c.groupId);
}
