import type { FollowUp } from '../../../shared/clients/types';
import { stmt, type Db } from '../../db/connection';
import { listScope, teamClause, type Clause, type Viewer } from './visibility';

/** "This week": the next seven calendar days after today. */
export const FOLLOW_UP_WINDOW_DAYS = 7;
/** A list to work through, not an archive: the oldest overdue actions come first, up to this many. */
export const FOLLOW_UPS_MAX = 1000;

/** YYYY-MM-DD of `d` in the machine's time zone: "today" is the user's calendar day, not UTC's. */
export function localDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export interface FollowUpQuery {
  scope: 'mine' | 'team';
  staffId: string | null;
  today: string;
}

/**
 * Open next actions due up to a week from today, for the caller ('mine') or their team, each on a client
 * the caller may see. A staffId narrows the list to that person inside the scope; outside it, nothing.
 */
export function listFollowUps(db: Db, viewer: Viewer, q: FollowUpQuery): FollowUp[] {
  const people: Clause =
    q.scope === 'mine' ? { sql: 'm.staff_id = ?', params: [viewer.staffId] } : teamClause(viewer, 'm');
  const clients = listScope(db, viewer, 'c');
  const parts = [
    'm.next_action_date IS NOT NULL',
    'm.next_action_done = 0',
    'm.deleted_at IS NULL',
    'm.next_action_date <= ?',
    'c.deleted_at IS NULL',
    people.sql,
    clients.sql,
  ];
  const params: unknown[] = [addDays(q.today, FOLLOW_UP_WINDOW_DAYS), ...people.params, ...clients.params];
  if (q.staffId) {
    parts.push('m.staff_id = ?');
    params.push(q.staffId);
  }
  const rows = stmt(
    db,
    `SELECT m.id AS communicationId, m.client_id AS clientId, c.code AS clientCode, c.name AS clientName,
            m.staff_id AS staffId, s.name AS staffName, coalesce(m.next_action, '') AS nextAction,
            m.next_action_date AS nextActionDate, m.version
     FROM client_communications m
     CROSS JOIN clients c ON c.id = m.client_id
     LEFT JOIN staff s ON s.id = m.staff_id
     WHERE ${parts.filter((p) => p !== '1').join(' AND ')}
     ORDER BY m.next_action_date, c.name, m.id
     LIMIT ${FOLLOW_UPS_MAX}`,
  ).all(...params) as Omit<FollowUp, 'due'>[];
  return rows.map((r) => ({
    ...r,
    due: r.nextActionDate < q.today ? 'overdue' : r.nextActionDate === q.today ? 'today' : 'week',
  }));
}
