import type { Role } from '../../../shared/contract/roles';
import type { AccountInput } from '../../../shared/org/channels';
import type { Account } from '../../../shared/org/types';
import { diffRecords } from '../../core/auditDiff';
import type { Ctx } from '../../core/context';
import { newId } from '../../core/ids';
import { mutate, type Mutation } from '../../core/mutation';
import { hashPassword } from '../../core/password';
import { fieldRefusal, notFound } from '../../core/refusals';
import type { Db } from '../../db/connection';
import { getStaff } from './repository/staff';
import * as users from './repository/users';

/** An account about to be written: the password already hashed. */
export interface NewAccount extends Omit<AccountInput, 'password'> {
  passwordHash: string;
  mustChangePassword: boolean;
}

/** Active managers other than this account: the department always keeps one. */
export function otherActiveManagers(db: Db, exceptUserId: string): number {
  return users.listAccounts(db).filter((a) => a.role === 'manager' && a.active && a.id !== exceptUserId)
    .length;
}

function mustGetAccount(db: Db, id: string): Account {
  const a = users.getAccount(db, id);
  if (!a) throw notFound('account');
  return a;
}

export function listAccounts(ctx: Ctx): Account[] {
  return users.listAccounts(ctx.db);
}

export async function createAccount(
  ctx: Ctx,
  input: AccountInput,
  options: { mustChangePassword: boolean } = { mustChangePassword: true },
): Promise<Account> {
  const { password, ...account } = input;
  const passwordHash = await hashPassword(password, ctx.passwordCost);
  return mutate(ctx, (m) =>
    insertAccount(m, { ...account, passwordHash, mustChangePassword: options.mustChangePassword }),
  );
}

/** A new account, inside a mutation: its own (createAccount) or setup's. */
export function insertAccount(m: Mutation, input: NewAccount): Account {
  const staff = getStaff(m.db, input.staffId);
  if (!staff) throw fieldRefusal('VALIDATION', 'staffId', 'validation.notFound');
  if (staff.status === 'left') throw fieldRefusal('VALIDATION', 'staffId', 'validation.staffLeft');
  if (users.staffHasAccount(m.db, input.staffId))
    throw fieldRefusal('DUPLICATE', 'staffId', 'validation.duplicate');
  if (users.usernameTaken(m.db, input.username))
    throw fieldRefusal('DUPLICATE', 'username', 'validation.duplicate');
  const id = newId();
  users.insertUser(m.db, { id, ...input }, m.stamp);
  const account = users.getAccount(m.db, id)!;
  m.audit({
    entity: 'account',
    entityId: id,
    action: 'create',
    changes: diffRecords(null, {
      staffId: input.staffId,
      username: input.username,
      role: input.role,
      active: true,
    }),
  });
  return account;
}

export function updateAccount(ctx: Ctx, id: string, version: number, role: Role, active: boolean): Account {
  const after = mutate(ctx, (m) => {
    const before = mustGetAccount(m.db, id);
    const losesManager = before.role === 'manager' && before.active && (role !== 'manager' || !active);
    if (losesManager && otherActiveManagers(m.db, id) === 0)
      throw fieldRefusal('VALIDATION', role !== 'manager' ? 'role' : 'active', 'validation.lastManager');
    if (active && !before.active && getStaff(m.db, before.staffId)?.status === 'left')
      throw fieldRefusal('VALIDATION', 'active', 'validation.staffLeft');
    m.versioned('account', users.updateUserRole(m.db, id, version, role, active, m.stamp));
    const updated = users.getAccount(m.db, id)!;
    m.audit({
      entity: 'account',
      entityId: id,
      action: 'update',
      changes: diffRecords(
        { role: before.role, active: before.active },
        { role: updated.role, active: updated.active },
      ),
    });
    return updated;
  });
  // Role and access are read at login: a changed account signs in again.
  ctx.sessions.signOutUser(id);
  return after;
}

export async function resetPassword(
  ctx: Ctx,
  id: string,
  version: number,
  newPassword: string,
): Promise<Account> {
  const hash = await hashPassword(newPassword, ctx.passwordCost);
  const after = mutate(ctx, (m) => {
    mustGetAccount(m.db, id);
    m.versioned('account', users.updateUserPassword(m.db, id, version, hash, true, m.stamp));
    m.audit({ entity: 'account', entityId: id, action: 'reset_password' });
    return users.getAccount(m.db, id)!;
  });
  ctx.sessions.signOutUser(id);
  return after;
}

export function unlockAccount(ctx: Ctx, id: string, version: number): Account {
  return mutate(ctx, (m) => {
    const before = mustGetAccount(m.db, id);
    m.versioned('account', users.unlockUser(m.db, id, version, m.stamp));
    m.audit({
      entity: 'account',
      entityId: id,
      action: 'unlock',
      changes: diffRecords({ lockedUntil: before.lockedUntil }, { lockedUntil: null }),
    });
    return users.getAccount(m.db, id)!;
  });
}
