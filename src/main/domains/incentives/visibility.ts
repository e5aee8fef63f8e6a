import type { SessionUser } from '../../../shared/auth/types';
import type { Clause } from '../../db/clause';

/*
 * Who proposes an incentive for whom, and who sees it (issue 10 §6, APPRAISAL.md "Confidentiality").
 *
 * Proposing: the person's direct supervisor, the lead of their group, a deputy in charge of their group, the
 * manager — never for oneself, and never for the department manager (appraised above the department, and
 * the one who decides).
 *
 * Seeing: a proposal is between the proposer and the manager until it is decided, as HR practice keeps it —
 * the person sees their incentives once approved (a refused or withdrawn proposal never reaches them). The
 * proposer sees what they proposed; the lead of the person's group (the group at proposal) and the deputies
 * in charge of it see every incentive of that group but their own pending ones; the manager sees all.
 * Everyone else: the incentive does not exist (NOT_FOUND) — in the list, its totals, the export and get.
 */

export type IncentiveViewer = Pick<SessionUser, 'userId' | 'staffId' | 'role' | 'groupId' | 'chargeGroupIds'>;

/** The groups whose people the reader oversees: a deputy's charge, a lead's group; none for staff. */
export function teamGroups(v: IncentiveViewer): readonly string[] {
  if (v.role === 'deputy') return v.chargeGroupIds;
  if (v.role === 'group_lead' && v.groupId) return [v.groupId];
  return [];
}

/** What decides whether someone may propose for a person. */
export interface ProposalTarget {
  staffId: string;
  groupId: string | null;
  supervisorId: string | null;
  role: string | null;
}

/** Whether the reader may propose an incentive for the person. */
export function mayProposeFor(v: IncentiveViewer, p: ProposalTarget): boolean {
  if (p.staffId === v.staffId || p.role === 'manager') return false;
  if (v.role === 'manager' || p.supervisorId === v.staffId) return true;
  return p.groupId !== null && teamGroups(v).includes(p.groupId);
}

/** What decides who sees an incentive, from its row. */
export interface IncentiveParties {
  staffId: string;
  groupId: string | null;
  createdBy: string | null;
  status: string;
}

/** The same rule as visibleClause, for one incentive already read. */
export function maySeeIncentive(v: IncentiveViewer, i: IncentiveParties): boolean {
  if (v.role === 'manager' || i.createdBy === v.userId) return true;
  if (i.staffId === v.staffId) return i.status === 'approved';
  return i.groupId !== null && teamGroups(v).includes(i.groupId);
}

/** Whether the reader may withdraw it now: pending, and theirs (the manager may withdraw any pending one). */
export const mayWithdraw = (v: IncentiveViewer, i: IncentiveParties): boolean =>
  i.status === 'pending' && (i.createdBy === v.userId || v.role === 'manager');

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/** The incentives the reader may see, as a condition on `incentives i`; null for the manager (all of them). */
export function visibleClause(v: IncentiveViewer): Clause | null {
  if (v.role === 'manager') return null;
  const parts = ['i.created_by = ?', `(i.staff_id = ? AND i.status = 'approved')`];
  const params: unknown[] = [v.userId, v.staffId];
  const groups = teamGroups(v);
  if (groups.length) {
    parts.push(`(i.staff_id <> ? AND i.group_id IN (${placeholders(groups.length)}))`);
    params.push(v.staffId, ...groups);
  }
  return { sql: `(${parts.join(' OR ')})`, params };
}
