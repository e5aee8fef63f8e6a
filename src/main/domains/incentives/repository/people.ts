import type { Role } from '../../../../shared/contract/roles';
import { stmt, type Db } from '../../../db/connection';

/** A person an incentive may be for, with what decides who may propose it: supervisor, group, account role. */
export interface PersonRow {
  staffId: string;
  staffName: string;
  employeeNo: string;
  position: string | null;
  status: string;
  groupId: string | null;
  groupName: string | null;
  groupNameEn: string | null;
  groupOrder: number | null;
  supervisorId: string | null;
  role: Role | null;
}

const SELECT = `
  SELECT s.id AS staffId, s.name AS staffName, s.employee_no AS employeeNo, s.position, s.status,
         s.group_id AS groupId, g.name AS groupName, g.name_en AS groupNameEn, g.sort_order AS groupOrder,
         s.supervisor_id AS supervisorId, u.role
  FROM staff s
  LEFT JOIN groups g ON g.id = s.group_id
  LEFT JOIN users u ON u.staff_id = s.id`;

export function personRow(db: Db, staffId: string): PersonRow | null {
  return (stmt(db, `${SELECT} WHERE s.id = ?`).get(staffId) as PersonRow | undefined) ?? null;
}

/** Everyone at work, by group then name: the service keeps those the reader oversees. */
export function activePeople(db: Db): PersonRow[] {
  return stmt(
    db,
    `${SELECT} WHERE s.status = 'active' ORDER BY g.sort_order IS NULL, g.sort_order, s.name, s.id`,
  ).all() as PersonRow[];
}
