import type { SessionUser } from '../../../shared/auth/types';
import type { Clause } from '../../db/clause';

/*
 * Who may read an appraisal form (issue 10 §5, APPRAISAL.md "Confidentiality"): the person; their evaluator
 * (frozen on the form when the cycle opened); the lead of the group the person was appraised in; the deputies
 * in charge of that group; the manager. Nobody else — for them a form does not exist (NOT_FOUND), and no list,
 * table, export or PDF shows it. Every appraisal read goes through these two functions.
 */

export type AppraisalViewer = Pick<SessionUser, 'userId' | 'staffId' | 'role' | 'groupId' | 'chargeGroupIds'>;

/** How the reader stands to a form; null: they may not see it. */
export type FormRelation = 'self' | 'evaluator' | 'overseer' | 'manager';

/** What decides who reads a form, from its row. */
export interface FormParties {
  staffId: string;
  evaluatorId: string;
  groupId: string | null;
}

/** The groups whose people's forms the reader oversees: a deputy's charge, a lead's group; none for staff. */
export function overseenGroups(v: AppraisalViewer): readonly string[] {
  if (v.role === 'deputy') return v.chargeGroupIds;
  if (v.role === 'group_lead' && v.groupId) return [v.groupId];
  return [];
}

/** Whether the reader oversees people of this group (the manager: every group). */
export function overseesGroup(v: AppraisalViewer, groupId: string | null): boolean {
  if (v.role === 'manager') return true;
  return groupId !== null && overseenGroups(v).includes(groupId);
}

/**
 * The reader's relation to the form. The person's own comes first (a lead appraised in their own group is
 * 'self' on their form, never their own overseer), then the evaluator's — the manager evaluating someone is
 * their evaluator and keeps the manager's powers by role.
 */
export function relationTo(v: AppraisalViewer, f: FormParties): FormRelation | null {
  if (f.staffId === v.staffId) return 'self';
  if (f.evaluatorId === v.staffId) return 'evaluator';
  if (v.role === 'manager') return 'manager';
  if (f.groupId !== null && overseenGroups(v).includes(f.groupId)) return 'overseer';
  return null;
}

const marks = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/** The forms the reader may see, as a condition on `appraisal_forms f`; null for the manager (all of them). */
export function visibleFormsClause(v: AppraisalViewer): Clause | null {
  if (v.role === 'manager') return null;
  const groups = overseenGroups(v);
  const parts = ['f.staff_id = ?', 'f.evaluator_id = ?'];
  const params: unknown[] = [v.staffId, v.staffId];
  if (groups.length) {
    parts.push(`f.group_id IN (${marks(groups.length)})`);
    params.push(...groups);
  }
  return { sql: `(${parts.join(' OR ')})`, params };
}
