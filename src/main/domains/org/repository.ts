import type { Role } from '../../../shared/contract/roles';
import type { Account, Group, Staff, StaffStatus } from '../../../shared/org/types';
import { stmt, type Db } from '../../db/connection';

export interface StaffWrite {
  employeeNo: string;
  name: string;
  position: string | null;
  groupId: string | null;
  supervisorId: string | null;
  hireDate: string | null;
  status: StaffStatus;
  phone: string | null;
  email: string | null;
}

export interface GroupWrite {
  name: string;
  nameEn: string | null;
  leadStaffId: string | null;
  sortOrder: number;
  active: boolean;
}

export interface Stamp {
  at: string;
  by: string | null;
}

const GROUP_SELECT = `
  SELECT g.id, g.name, g.name_en AS nameEn, g.builtin, g.lead_staff_id AS leadStaffId, l.name AS leadName,
         g.active, g.sort_order AS sortOrder, g.version,
         (SELECT count(*) FROM staff s WHERE s.group_id = g.id AND s.status != 'left') AS activeStaffCount
  FROM groups g LEFT JOIN staff l ON l.id = g.lead_staff_id`;

type GroupRow = Omit<Group, 'active'> & { active: number };
const toGroup = (r: GroupRow): Group => ({ ...r, active: r.active === 1 });

export function listGroups(db: Db, includeInactive: boolean): Group[] {
  const rows = stmt(
    db,
    `${GROUP_SELECT} ${includeInactive ? '' : 'WHERE g.active = 1'} ORDER BY g.sort_order, g.name`,
  ).all() as GroupRow[];
  return rows.map(toGroup);
}

export function getGroup(db: Db, id: string): Group | null {
  const r = stmt(db, `${GROUP_SELECT} WHERE g.id = ?`).get(id) as GroupRow | undefined;
  return r ? toGroup(r) : null;
}

export function groupNameTaken(db: Db, name: string, exceptId: string | null): boolean {
  return !!stmt(db, 'SELECT 1 FROM groups WHERE name = ? AND id IS NOT ?').get(name, exceptId);
}

export function insertGroup(db: Db, id: string, g: GroupWrite, builtin: string | null, s: Stamp): void {
  stmt(
    db,
    `INSERT INTO groups (id, name, name_en, builtin, lead_staff_id, active, sort_order, created_at, updated_at, created_by, updated_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, g.name, g.nameEn, builtin, g.leadStaffId, g.active ? 1 : 0, g.sortOrder, s.at, s.at, s.by, s.by);
}

export function updateGroup(db: Db, id: string, version: number, g: GroupWrite, s: Stamp): boolean {
  return (
    stmt(
      db,
      `UPDATE groups SET name = ?, name_en = ?, lead_staff_id = ?, active = ?, sort_order = ?, updated_at = ?, updated_by = ?,
       version = version + 1 WHERE id = ? AND version = ?`,
    ).run(g.name, g.nameEn, g.leadStaffId, g.active ? 1 : 0, g.sortOrder, s.at, s.by, id, version).changes ===
    1
  );
}

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

export interface StaffQuery {
  search: string | null;
  groupId: string | null;
  status: StaffStatus | null;
}

export function listStaff(db: Db, q: StaffQuery): Staff[] {
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

export function employeeNoTaken(db: Db, employeeNo: string, exceptId: string | null): boolean {
  return !!stmt(db, 'SELECT 1 FROM staff WHERE employee_no = ? AND id IS NOT ?').get(employeeNo, exceptId);
}

export function staffExists(db: Db, id: string): boolean {
  return !!stmt(db, 'SELECT 1 FROM staff WHERE id = ?').get(id);
}

export function groupExists(db: Db, id: string): boolean {
  return !!stmt(db, 'SELECT 1 FROM groups WHERE id = ?').get(id);
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

export function insertStaff(db: Db, id: string, s: StaffWrite, stamp: Stamp): void {
  stmt(
    db,
    `INSERT INTO staff (id, employee_no, name, position, group_id, supervisor_id, hire_date, status, phone, email,
       created_at, updated_at, created_by, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    s.employeeNo,
    s.name,
    s.position,
    s.groupId,
    s.supervisorId,
    s.hireDate,
    s.status,
    s.phone,
    s.email,
    stamp.at,
    stamp.at,
    stamp.by,
    stamp.by,
  );
}

export function updateStaff(db: Db, id: string, version: number, s: StaffWrite, stamp: Stamp): boolean {
  return (
    stmt(
      db,
      `UPDATE staff SET employee_no = ?, name = ?, position = ?, group_id = ?, supervisor_id = ?, hire_date = ?, status = ?,
       phone = ?, email = ?, updated_at = ?, updated_by = ?, version = version + 1 WHERE id = ? AND version = ?`,
    ).run(
      s.employeeNo,
      s.name,
      s.position,
      s.groupId,
      s.supervisorId,
      s.hireDate,
      s.status,
      s.phone,
      s.email,
      stamp.at,
      stamp.by,
      id,
      version,
    ).changes === 1
  );
}

export function replaceChargeGroups(db: Db, staffId: string, groupIds: readonly string[]): void {
  stmt(db, 'DELETE FROM staff_charge_groups WHERE staff_id = ?').run(staffId);
  for (const g of new Set(groupIds))
    stmt(db, 'INSERT INTO staff_charge_groups (staff_id, group_id) VALUES (?, ?)').run(staffId, g);
}

// Accounts

const ACCOUNT_SELECT = `
  SELECT u.id, u.staff_id AS staffId, s.name AS staffName, s.employee_no AS employeeNo, u.username, u.role, u.active,
         u.locked_until AS lockedUntil, u.last_login_at AS lastLoginAt, u.must_change_password AS mustChangePassword, u.version
  FROM users u JOIN staff s ON s.id = u.staff_id`;

type AccountRow = Omit<Account, 'active' | 'mustChangePassword'> & {
  active: number;
  mustChangePassword: number;
};
const toAccount = (r: AccountRow): Account => ({
  ...r,
  active: r.active === 1,
  mustChangePassword: r.mustChangePassword === 1,
});

export function listAccounts(db: Db): Account[] {
  return (stmt(db, `${ACCOUNT_SELECT} ORDER BY u.active DESC, s.employee_no`).all() as AccountRow[]).map(
    toAccount,
  );
}

export function getAccount(db: Db, id: string): Account | null {
  const r = stmt(db, `${ACCOUNT_SELECT} WHERE u.id = ?`).get(id) as AccountRow | undefined;
  return r ? toAccount(r) : null;
}

export interface UserAuthRow {
  id: string;
  staff_id: string;
  username: string;
  password_hash: string;
  role: Role;
  active: number;
  failed_attempts: number;
  locked_until: string | null;
  must_change_password: number;
  version: number;
  staff_name: string;
  staff_status: StaffStatus;
  group_id: string | null;
}

const AUTH_SELECT = `SELECT u.*, s.name AS staff_name, s.status AS staff_status, s.group_id FROM users u JOIN staff s ON s.id = u.staff_id`;

export function findUserByUsername(db: Db, username: string): UserAuthRow | null {
  return (stmt(db, `${AUTH_SELECT} WHERE u.username = ?`).get(username) as UserAuthRow | undefined) ?? null;
}

export function findUserById(db: Db, id: string): UserAuthRow | null {
  return (stmt(db, `${AUTH_SELECT} WHERE u.id = ?`).get(id) as UserAuthRow | undefined) ?? null;
}

export function chargeGroupIds(db: Db, staffId: string): string[] {
  return (
    stmt(db, 'SELECT group_id FROM staff_charge_groups WHERE staff_id = ? ORDER BY group_id').all(
      staffId,
    ) as { group_id: string }[]
  ).map((r) => r.group_id);
}

export function usernameTaken(db: Db, username: string): boolean {
  return !!stmt(db, 'SELECT 1 FROM users WHERE username = ?').get(username);
}

export function staffHasAccount(db: Db, staffId: string): boolean {
  return !!stmt(db, 'SELECT 1 FROM users WHERE staff_id = ?').get(staffId);
}

export function userCount(db: Db): number {
  return (stmt(db, 'SELECT count(*) AS n FROM users').get() as { n: number }).n;
}

export function insertUser(
  db: Db,
  u: {
    id: string;
    staffId: string;
    username: string;
    passwordHash: string;
    role: Role;
    mustChangePassword: boolean;
  },
  s: Stamp,
): void {
  stmt(
    db,
    `INSERT INTO users (id, staff_id, username, password_hash, role, must_change_password, created_at, updated_at, created_by, updated_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    u.id,
    u.staffId,
    u.username,
    u.passwordHash,
    u.role,
    u.mustChangePassword ? 1 : 0,
    s.at,
    s.at,
    s.by,
    s.by,
  );
}

export function updateUserRole(
  db: Db,
  id: string,
  version: number,
  role: Role,
  active: boolean,
  s: Stamp,
): boolean {
  return (
    stmt(
      db,
      'UPDATE users SET role = ?, active = ?, updated_at = ?, updated_by = ?, version = version + 1 WHERE id = ? AND version = ?',
    ).run(role, active ? 1 : 0, s.at, s.by, id, version).changes === 1
  );
}

export function updateUserPassword(
  db: Db,
  id: string,
  version: number | null,
  hash: string,
  mustChange: boolean,
  s: Stamp,
): boolean {
  return (
    stmt(
      db,
      `UPDATE users SET password_hash = ?, must_change_password = ?, failed_attempts = 0, locked_until = NULL, updated_at = ?,
       updated_by = ?, version = version + 1 WHERE id = ? AND (? IS NULL OR version = ?)`,
    ).run(hash, mustChange ? 1 : 0, s.at, s.by, id, version, version).changes === 1
  );
}

export function unlockUser(db: Db, id: string, version: number, s: Stamp): boolean {
  return (
    stmt(
      db,
      'UPDATE users SET failed_attempts = 0, locked_until = NULL, updated_at = ?, updated_by = ?, version = version + 1 WHERE id = ? AND version = ?',
    ).run(s.at, s.by, id, version).changes === 1
  );
}

export function recordLoginFailure(db: Db, id: string, attempts: number, lockedUntil: string | null): void {
  stmt(db, 'UPDATE users SET failed_attempts = ?, locked_until = ? WHERE id = ?').run(
    attempts,
    lockedUntil,
    id,
  );
}

export function recordLoginSuccess(db: Db, id: string, at: string): void {
  stmt(db, 'UPDATE users SET failed_attempts = 0, locked_until = NULL, last_login_at = ? WHERE id = ?').run(
    at,
    id,
  );
}

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
