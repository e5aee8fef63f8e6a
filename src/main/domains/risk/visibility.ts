import type { SessionUser } from '../../../shared/auth/types';
import type { RiskScope } from '../../../shared/risk/types';
import type { Clause } from '../../db/clause';

/*
 * Who sees which risks and who works on them (RISK.md "Visibility"): a risk is seen by its owner, by whoever
 * identified it, by the owner of one of its actions, by the group lead of its group (the owner's), by a
 * deputy in charge of that group, and by the manager. Working on it (assessing, responding, moving,
 * reviewing, actions) is for its owner and for those whose groups cover it; an action's owner sets the
 * status of their own action.
 */

export type RiskViewer = Pick<SessionUser, 'userId' | 'staffId' | 'role' | 'groupId' | 'chargeGroupIds'>;

/** What decides a risk's visibility, from its row. */
export interface RiskOwnership {
  ownerId: string;
  createdBy: string | null;
  groupId: string | null;
}

/** The groups whose risks the person oversees: a deputy's charge, a lead's group; none for staff. */
export function teamGroups(v: RiskViewer): readonly string[] {
  if (v.role === 'deputy') return v.chargeGroupIds;
  if (v.role === 'group_lead' && v.groupId) return [v.groupId];
  return [];
}

/** Whether the person's groups cover the risk: the manager, the lead of its group, a deputy in charge of it. */
export function oversees(v: RiskViewer, groupId: string | null): boolean {
  if (v.role === 'manager') return true;
  return groupId !== null && teamGroups(v).includes(groupId);
}

/** The same rule as visibleClause, for one risk already read (`ownsAction`: the person owns one of its actions). */
export function maySeeRisk(v: RiskViewer, r: RiskOwnership, ownsAction: () => boolean): boolean {
  if (v.role === 'manager' || r.ownerId === v.staffId || r.createdBy === v.userId) return true;
  return oversees(v, r.groupId) || ownsAction();
}

/** Whether the person works on the risk: its owner, or one whose groups cover it. */
export const mayWorkRisk = (v: RiskViewer, r: { ownerId: string; groupId: string | null }): boolean =>
  r.ownerId === v.staffId || oversees(v, r.groupId);

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');

const ACTION_OWNER = `r.id IN (SELECT risk_id FROM risk_actions WHERE owner_id = ? AND deleted_at IS NULL)`;

/** The risks the person may see, as a condition on `risks r`; null for the manager (all of them). */
export function visibleClause(v: RiskViewer): Clause | null {
  if (v.role === 'manager') return null;
  const groups = teamGroups(v);
  const parts = ['r.owner_id = ?', 'r.created_by = ?', ACTION_OWNER];
  const params: unknown[] = [v.staffId, v.userId, v.staffId];
  if (groups.length) {
    parts.push(`r.group_id IN (${placeholders(groups.length)})`);
    params.push(...groups);
  }
  return { sql: `(${parts.join(' OR ')})`, params };
}

/**
 * A list's scope as a condition on `risks r`: mine (I own it or one of its actions), my group's (a lead's
 * group, a deputy's charge, everyone's for the manager; for staff the visible risks of their own group), or
 * all the person may see. Null: no condition.
 */
export function scopeClause(v: RiskViewer, scope: RiskScope): Clause | null {
  if (scope === 'mine') return { sql: `(r.owner_id = ? OR ${ACTION_OWNER})`, params: [v.staffId, v.staffId] };
  const visible = visibleClause(v);
  if (scope === 'all' || visible === null) return visible;
  const groups = teamGroups(v);
  if (groups.length) return { sql: `r.group_id IN (${placeholders(groups.length)})`, params: [...groups] };
  if (!v.groupId) return visible;
  return { sql: `${visible.sql} AND r.group_id = ?`, params: [...visible.params, v.groupId] };
}
