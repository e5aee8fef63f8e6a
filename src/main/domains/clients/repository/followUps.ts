import type { FollowUp } from '../../../../shared/clients/types';
import type { Clause } from '../../../db/clause';
import { stmt, type Db } from '../../../db/connection';

/** A list to work through, not an archive: the oldest overdue actions come first, up to this many. */
export const FOLLOW_UPS_MAX = 1000;

/**
 * Open next actions due by `dueBy` on live files, kept to `where` (conditions on the record `m` and its
 * file `c`, assembled by followups.ts): oldest first, then by client name.
 */
export function openNextActions(db: Db, dueBy: string, where: Clause): Omit<FollowUp, 'due'>[] {
  const parts = [
    'm.next_action_date IS NOT NULL',
    'm.next_action_done = 0',
    'm.deleted_at IS NULL',
    'm.next_action_date <= ?',
    'c.deleted_at IS NULL',
    where.sql,
  ];
  return stmt(
    db,
    `SELECT m.id AS communicationId, m.client_id AS clientId, c.code AS clientCode, c.name AS clientName,
            m.staff_id AS staffId, s.name AS staffName, coalesce(m.next_action, '') AS nextAction,
            m.next_action_date AS nextActionDate, m.version
     FROM client_communications m
     CROSS JOIN clients c ON c.id = m.client_id
     LEFT JOIN staff s ON s.id = m.staff_id
     WHERE ${parts.join(' AND ')}
     ORDER BY m.next_action_date, c.name, m.id
     LIMIT ${FOLLOW_UPS_MAX}`,
  ).all(dueBy, ...where.params) as Omit<FollowUp, 'due'>[];
}
