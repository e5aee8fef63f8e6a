import type { SessionUser } from '../../../shared/auth/types';
import { roleMay } from '../../../shared/contract/permissions';
import type { Clause } from '../../db/clause';

/*
 * Who sees which meetings (RISK.md "Visibility"): those who took part — the chair, the attendees, the
 * owners of its decisions — and whoever wrote it up; a group lead also the meetings a member of their group
 * took part in; the manager and deputies all. Managing a meeting (editing the draft, issuing it, raising
 * and linking risks) is for leads and up who chair it or wrote it up, and for the manager and deputies.
 */

export type MeetingViewer = Pick<SessionUser, 'userId' | 'staffId' | 'role' | 'groupId'>;

export interface MeetingParties {
  chairId: string;
  createdBy: string | null;
  attendeeIds: readonly string[];
  /** The groups of the chair, the attendees and the decisions' owners. */
  groupIds: readonly (string | null)[];
  decisionOwnerIds: readonly string[];
}

const seesAll = (v: MeetingViewer) => v.role === 'manager' || v.role === 'deputy';

/** The person took part in (or wrote up) the meeting: over `risk_meetings m`. */
export function partOfClause(v: MeetingViewer): Clause {
  return {
    sql: `(m.chair_id = ? OR m.created_by IS ?
      OR EXISTS (SELECT 1 FROM risk_meeting_attendees a WHERE a.meeting_id = m.id AND a.staff_id = ?)
      OR EXISTS (SELECT 1 FROM risk_meeting_decisions d2 WHERE d2.meeting_id = m.id AND d2.owner_id = ?))`,
    params: [v.staffId, v.userId, v.staffId, v.staffId],
  };
}

/** Meetings the viewer may see, as a predicate over `risk_meetings m`. */
export function meetingScopeClause(v: MeetingViewer): Clause {
  if (seesAll(v)) return { sql: '1', params: [] };
  const own = partOfClause(v);
  if (v.role !== 'group_lead' || !v.groupId) return own;
  return {
    sql: `(${own.sql}
      OR m.chair_id IN (SELECT id FROM staff WHERE group_id = ?)
      OR EXISTS (SELECT 1 FROM risk_meeting_attendees a2 JOIN staff s2 ON s2.id = a2.staff_id
                 WHERE a2.meeting_id = m.id AND s2.group_id = ?)
      OR EXISTS (SELECT 1 FROM risk_meeting_decisions d3 WHERE d3.meeting_id = m.id AND d3.group_id = ?))`,
    params: [...own.params, v.groupId, v.groupId, v.groupId],
  };
}

/** The same rule as meetingScopeClause, for one meeting already read. */
export function maySeeMeeting(v: MeetingViewer, p: MeetingParties): boolean {
  if (seesAll(v)) return true;
  if (p.chairId === v.staffId || (p.createdBy !== null && p.createdBy === v.userId)) return true;
  if (p.attendeeIds.includes(v.staffId) || p.decisionOwnerIds.includes(v.staffId)) return true;
  return v.role === 'group_lead' && v.groupId !== null && p.groupIds.includes(v.groupId);
}

/** Whether the person manages the meeting: leads and up who chair it or wrote it up; the manager and deputies. */
export function mayManageMeeting(
  v: MeetingViewer,
  m: { chairId: string; createdBy: string | null },
): boolean {
  if (!roleMay(v.role, 'meetings.manage')) return false;
  return seesAll(v) || m.chairId === v.staffId || (m.createdBy !== null && m.createdBy === v.userId);
}
