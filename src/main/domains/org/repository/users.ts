import type { Role } from '../../../../shared/contract/roles';
import type { Account, StaffStatus } from '../../../../shared/org/types';
import type { Stamp } from '../../../core/mutation';
import { stmt, type Db } from '../../../db/connection';

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
