import type { Role } from '../../../../shared/contract/roles';
import type { StaffFilter, StaffInput } from '../../../../shared/org/channels';
import type { Staff, StaffStatus } from '../../../../shared/org/types';
import type { Stamp } from '../../../core/mutation';
import { stmt, type Db } from '../../../db/connection';

/** A person as stored in the staff table (the groups a deputy is in charge of are rows of their own). */
export type StaffWrite = Omit<StaffInput, 'chargeGroupIds'>;

const STAFF_SELECT = `
  SELECT s.id, s.employee_no AS employeeNo, s.name, s.position, s.group_id AS groupId, g.name AS groupName,
         g.name_en AS groupNameEn, s.supervisor_id AS supervisorId, sup.name AS supervisorName, s.hire_date AS hireDate,
         s.status, s.phone, s.email, s.created_at AS createdAt, s.updated_at AS updatedAt, s.version,
         (SELECT json_group_array(group_id) FROM staff_charge_groups c WHERE c.staff_id = s.id) AS chargeGroupIds,
         u.id AS userId, u.username, u.role, u.active AS userActive
  FROM staff s
  LEFT JOIN groups g ON g.id = s.group_id
  LEFT JOIN staff sup ON sup.id = s.supervisor_id
  LEFT JOIN users u ON u.staff_id = s.id`;

type StaffRow = Omit<Staff, 'chargeGroupIds' | 'account'> & {
  chargeGroupIds: string;
  userId: string | null;
  username: string | null;
  role: Role | null;
  userActive: number | null;
};

function toStaff(r: StaffRow): Staff {
  const { userId, username, role, userActive, chargeGroupIds, ...rest } = r;
  return {
    ...rest,
    chargeGroupIds: (JSON.parse(chargeGroupIds) as string[]).sort(),
    account: userId && username && role ? { userId, username, role, active: userActive === 1 } : null,
  };
}

export function listStaff(db: Db, q: StaffFilter): Staff[] {
  const parts: string[] = [];
  const params: unknown[] = [];
  if (q.groupId) {
    parts.push('s.group_id = ?');
    params.push(q.groupId);
  }
  if (q.status) {
    parts.push('s.status = ?');
    params.push(q.status);
  }
  if (q.search) {
    // instr, not LIKE: user text is matched literally, '%' and '_' included.
    parts.push(
      "(instr(s.name, ?) > 0 OR instr(lower(s.employee_no), lower(?)) > 0 OR instr(coalesce(s.phone, ''), ?) > 0)",
    );
    params.push(q.search, q.search, q.search);
  }
  const where = parts.length ? `WHERE ${parts.join(' AND ')}` : '';
  return (
    stmt(db, `${STAFF_SELECT} ${where} ORDER BY s.status = 'left', g.sort_order, s.employee_no`).all(
      ...params,
    ) as StaffRow[]
  ).map(toStaff);
}

export function getStaff(db: Db, id: string): Staff | null {
  const r = stmt(db, `${STAFF_SELECT} WHERE s.id = ?`).get(id) as StaffRow | undefined;
  return r ? toStaff(r) : null;
}

/** The person with this employee number, as an import names them: who, their state, their group. */
export interface StaffRef {
  id: string;
  name: string;
  status: StaffStatus;
  groupId: string | null;
}

export function staffRefByEmployeeNo(db: Db, employeeNo: string): StaffRef | null {
  return (
    (stmt(db, 'SELECT id, name, status, group_id AS groupId FROM staff WHERE employee_no = ?').get(
      employeeNo,
    ) as StaffRef | undefined) ?? null
  );
}

export function employeeNoTaken(db: Db, employeeNo: string, exceptId: string | null): boolean {
  return !!stmt(db, 'SELECT 1 FROM staff WHERE employee_no = ? AND id IS NOT ?').get(employeeNo, exceptId);
}

export function staffExists(db: Db, id: string): boolean {
  return !!stmt(db, 'SELECT 1 FROM staff WHERE id = ?').get(id);
}

/** Supervisor chain upwards from `id`, to refuse cycles. */
export function supervisorChain(db: Db, id: string): string[] {
  const rows = stmt(
    db,
    `WITH RECURSIVE chain(id, depth) AS (SELECT supervisor_id, 1 FROM staff WHERE id = ?
       UNION ALL SELECT s.supervisor_id, depth + 1 FROM staff s JOIN chain ON s.id = chain.id WHERE depth < 100)
     SELECT id FROM chain WHERE id IS NOT NULL`,
  ).all(id) as { id: string }[];
  return rows.map((r) => r.id);
}

/** A staff write as named statement parameters (the columns an insert and an update both set). */
function staffParams(s: StaffWrite) {
  return {
    employeeNo: s.employeeNo,
    name: s.name,
    position: s.position,
    groupId: s.groupId,
    supervisorId: s.supervisorId,
    hireDate: s.hireDate,
    status: s.status,
    phone: s.phone,
    email: s.email,
  };
}

export function insertStaff(db: Db, id: string, s: StaffWrite, stamp: Stamp): void {
  stmt(
    db,
    `INSERT INTO staff (id, employee_no, name, position, group_id, supervisor_id, hire_date, status, phone, email,
       created_at, updated_at, created_by, updated_by)
     VALUES (@id, @employeeNo, @name, @position, @groupId, @supervisorId, @hireDate, @status, @phone, @email,
       @at, @at, @by, @by)`,
  ).run({ ...staffParams(s), id, at: stamp.at, by: stamp.by });
}

export function updateStaff(db: Db, id: string, version: number, s: StaffWrite, stamp: Stamp): boolean {
  return (
    stmt(
      db,
      `UPDATE staff SET employee_no = @employeeNo, name = @name, position = @position, group_id = @groupId,
         supervisor_id = @supervisorId, hire_date = @hireDate, status = @status, phone = @phone, email = @email,
         updated_at = @at, updated_by = @by, version = version + 1
       WHERE id = @id AND version = @version`,
    ).run({ ...staffParams(s), id, version, at: stamp.at, by: stamp.by }).changes === 1
  );
}

export function replaceChargeGroups(db: Db, staffId: string, groupIds: readonly string[]): void {
  stmt(db, 'DELETE FROM staff_charge_groups WHERE staff_id = ?').run(staffId);
  for (const g of new Set(groupIds))
    stmt(db, 'INSERT INTO staff_charge_groups (staff_id, group_id) VALUES (?, ?)').run(staffId, g);
}

export function chargeGroupIds(db: Db, staffId: string): string[] {
  return (
    stmt(db, 'SELECT group_id FROM staff_charge_groups WHERE staff_id = ? ORDER BY group_id').all(
      staffId,
    ) as { group_id: string }[]
  ).map((r) => r.group_id);
}
