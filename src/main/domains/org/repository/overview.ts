import type { Role } from '../../../../shared/contract/roles';
import { stmt, type Db } from '../../../db/connection';

export function overviewCounts(db: Db) {
  // Every active group appears (an empty one shows 0), plus a row for people without a group when there are any.
  const byGroup = stmt(
    db,
    `SELECT groupId, name, nameEn, active, onLeave FROM (
       SELECT g.id AS groupId, g.name, g.name_en AS nameEn, g.sort_order AS sortOrder,
              coalesce(sum(s.status = 'active'), 0) AS active, coalesce(sum(s.status = 'on_leave'), 0) AS onLeave
       FROM groups g LEFT JOIN staff s ON s.group_id = g.id AND s.status != 'left'
       WHERE g.active = 1 GROUP BY g.id
       UNION ALL
       SELECT NULL, NULL, NULL, 1e9, sum(status = 'active'), sum(status = 'on_leave')
       FROM staff WHERE group_id IS NULL AND status != 'left' HAVING count(*) > 0)
     ORDER BY sortOrder, name`,
  ).all() as {
    groupId: string | null;
    name: string | null;
    nameEn: string | null;
    active: number;
    onLeave: number;
  }[];
  const accounts = stmt(db, 'SELECT role, active, locked_until AS lockedUntil FROM users').all() as {
    role: Role;
    active: number;
    lockedUntil: string | null;
  }[];
  return { byGroup, accounts };
}
