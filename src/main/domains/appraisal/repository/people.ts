import { stmt, type Db } from '../../../db/connection';

/**
 * The people a cycle may take in — active staff, the manager excepted (the department manager is appraised
 * above the department) — with who could evaluate each: their direct supervisor, their group's lead, the first
 * deputy in charge of their group (none of them the person themselves, all active).
 */
export interface CandidateRow {
  staffId: string;
  staffName: string;
  employeeNo: string;
  groupId: string | null;
  groupName: string | null;
  groupNameEn: string | null;
  groupOrder: number | null;
  position: string | null;
  supervisorId: string | null;
  leadId: string | null;
  deputyId: string | null;
}

export function candidateRows(db: Db): CandidateRow[] {
  return stmt(
    db,
    `SELECT s.id AS staffId, s.name AS staffName, s.employee_no AS employeeNo, s.group_id AS groupId,
            g.name AS groupName, g.name_en AS groupNameEn, g.sort_order AS groupOrder, s.position,
            CASE WHEN sup.status = 'active' AND sup.id <> s.id THEN sup.id END AS supervisorId,
            CASE WHEN lead.status = 'active' AND lead.id <> s.id THEN lead.id END AS leadId,
            (SELECT d.id FROM staff_charge_groups c
               JOIN staff d ON d.id = c.staff_id
               JOIN users du ON du.staff_id = d.id AND du.role = 'deputy' AND du.active = 1
             WHERE c.group_id = s.group_id AND d.status = 'active' AND d.id <> s.id
             ORDER BY d.name, d.id LIMIT 1) AS deputyId
     FROM staff s
     LEFT JOIN groups g ON g.id = s.group_id
     LEFT JOIN staff sup ON sup.id = s.supervisor_id
     LEFT JOIN staff lead ON lead.id = g.lead_staff_id
     LEFT JOIN users u ON u.staff_id = s.id
     WHERE s.status = 'active' AND (u.role IS NULL OR u.role <> 'manager')
     ORDER BY g.sort_order IS NULL, g.sort_order, s.name, s.id`,
  ).all() as CandidateRow[];
}

/** The department manager's staff record (the evaluator of last resort); null before setup. */
export function managerStaffId(db: Db): string | null {
  const r = stmt(
    db,
    `SELECT u.staff_id AS id FROM users u JOIN staff s ON s.id = u.staff_id
     WHERE u.role = 'manager' AND u.active = 1 AND s.status = 'active' ORDER BY u.created_at, u.id LIMIT 1`,
  ).get() as { id: string } | undefined;
  return r?.id ?? null;
}

/** Whether this person may evaluate: an active staff member. */
export function isActiveStaff(db: Db, staffId: string): boolean {
  return !!stmt(db, `SELECT 1 FROM staff WHERE id = ? AND status = 'active'`).get(staffId);
}

export function staffNames(db: Db, ids: readonly string[]): Map<string, string> {
  const rows = stmt(db, `SELECT id, name FROM staff WHERE id IN (SELECT value FROM json_each(?))`).all(
    JSON.stringify(ids),
  ) as { id: string; name: string }[];
  return new Map(rows.map((r) => [r.id, r.name]));
}
