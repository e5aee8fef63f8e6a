import { stmt, type Db } from '../../../db/connection';

export interface PlanPerson {
  staffId: string;
  staffName: string;
  employeeNo: string;
  groupId: string | null;
  status: string;
}

const SELECT = `SELECT s.id AS staffId, s.name AS staffName, s.employee_no AS employeeNo, s.group_id AS groupId,
  s.status FROM staff s`;

export function planPerson(db: Db, staffId: string): PlanPerson | null {
  return (stmt(db, `${SELECT} WHERE s.id = ?`).get(staffId) as PlanPerson | undefined) ?? null;
}

/** Everyone in the group now, at work or not (a group's new clients count all of them), by name. */
export function peopleOfGroup(db: Db, groupId: string): PlanPerson[] {
  return stmt(db, `${SELECT} WHERE s.group_id = ? ORDER BY s.name, s.id`).all(groupId) as PlanPerson[];
}

export interface PlanGroupRow {
  id: string;
  name: string;
  nameEn: string | null;
  active: number;
}

/** The department's groups, in their order. */
export function planGroups(db: Db): PlanGroupRow[] {
  return stmt(
    db,
    `SELECT id, name, name_en AS nameEn, active FROM groups ORDER BY sort_order IS NULL, sort_order, name`,
  ).all() as PlanGroupRow[];
}
