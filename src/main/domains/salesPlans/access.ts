import type { SessionUser } from '../../../shared/auth/types';
import type { Clause } from '../../db/clause';

/*
 * Who sees and who sets which sales plan (三(二)1, permissions 'salesPlans.read' / 'salesPlans.manage').
 *
 * Seeing: staff their own plans and their group's own plan; a group lead their group's plan and its people's
 * (and their own); a deputy the plans kept under the groups in their charge (and their own); the manager all.
 * A plan out of sight does not exist for the reader (NOT_FOUND).
 *
 * Setting: the manager any plan; a deputy the plans of the groups in their charge and of those groups' people;
 * a group lead the split — the plans of their group's people, themselves included — and the strategy and
 * action plan of their group's plan, but not its targets (the manager or the deputy sets what the group owes).
 */

export type PlanViewer = Pick<SessionUser, 'staffId' | 'role' | 'groupId' | 'chargeGroupIds'>;

/** What decides who sees and sets a plan: whose it is and the group it is kept under. */
export interface PlanParties {
  staffId: string | null;
  groupId: string | null;
}

/** The groups whose plans the reader oversees: a deputy's charge, a lead's group; none for staff. */
export function overseenGroups(v: PlanViewer): readonly string[] {
  if (v.role === 'deputy') return v.chargeGroupIds;
  if (v.role === 'group_lead' && v.groupId) return [v.groupId];
  return [];
}

const oversees = (v: PlanViewer, groupId: string | null) =>
  v.role === 'manager' || (groupId !== null && overseenGroups(v).includes(groupId));

export function maySeePlan(v: PlanViewer, p: PlanParties): boolean {
  if (oversees(v, p.groupId) || (p.staffId !== null && p.staffId === v.staffId)) return true;
  return p.staffId === null && p.groupId !== null && p.groupId === v.groupId;
}

/** Whether the reader may set a group's own plan (its targets): the manager, a deputy in charge of it. */
export const mayPlanGroup = (v: PlanViewer, groupId: string): boolean =>
  v.role === 'manager' || (v.role === 'deputy' && v.chargeGroupIds.includes(groupId));

/** Whether the reader may set the plan of a person kept under `groupId` (the person's group). */
export const mayPlanPerson = (v: PlanViewer, groupId: string | null): boolean => oversees(v, groupId);

/** Whether the reader may change the plan's targets. */
export const mayEditTargets = (v: PlanViewer, p: PlanParties): boolean =>
  p.staffId === null ? p.groupId !== null && mayPlanGroup(v, p.groupId) : mayPlanPerson(v, p.groupId);

/** Whether the reader may change the plan's strategy and action plan: a lead their group's plan too. */
export const mayEditText = (v: PlanViewer, p: PlanParties): boolean =>
  mayEditTargets(v, p) || (p.staffId === null && v.role === 'group_lead' && p.groupId === v.groupId);

/** The same rule as maySeePlan, as a condition on `sales_plans p`; null for the manager (all of them). */
export function visibleClause(v: PlanViewer): Clause | null {
  if (v.role === 'manager') return null;
  const parts = ['p.staff_id = ?'];
  const params: unknown[] = [v.staffId];
  const groups = overseenGroups(v);
  if (groups.length) {
    parts.push(`p.group_id IN (${groups.map(() => '?').join(', ')})`);
    params.push(...groups);
  }
  if (v.groupId) {
    parts.push('(p.staff_id IS NULL AND p.group_id = ?)');
    params.push(v.groupId);
  }
  return { sql: `(${parts.join(' OR ')})`, params };
}
