import type { SetupInput } from '../../../shared/auth/channels';
import type { SessionUser, SetupStatus } from '../../../shared/auth/types';
import { AppError } from '../../../shared/contract/errors';
import { actingAs, SYSTEM_ACTOR, type Ctx } from '../../core/context';
import { mutate } from '../../core/mutation';
import { hashPassword, verifyPassword, type ScryptCost } from '../../core/password';
import type { Session } from '../../core/session';
import { insertAccount } from '../org/accounts';
import {
  recordLoginFailure,
  recordLoginSuccess,
  setOwnPassword,
  userByUsername,
  userById,
  userChargeGroupIds,
  userCount,
} from '../org/credentials';
import { ensureDefaultTemplates } from '../appraisal/defaultTemplates';
import { ensureBuiltinGroups } from '../org/groups';
import { insertStaff } from '../org/staff';
import { getSettings, initialiseSettings } from '../settings/service';

const USERNAME_SHAPE = /^[A-Za-z0-9._-]{2,32}$/;

// Verifying against a throwaway hash when the username is unknown keeps the answer time the same, so
// timing does not tell which usernames exist. One decoy per strength, made on first use.
const decoys = new Map<string, Promise<string>>();
function decoyHash(cost: ScryptCost): Promise<string> {
  const key = `${cost.N}/${cost.r}/${cost.p}`;
  let hash = decoys.get(key);
  if (!hash) {
    hash = hashPassword('decoy-password', cost);
    decoys.set(key, hash);
  }
  return hash;
}

function sessionUserFor(ctx: Ctx, userId: string): SessionUser {
  const u = userById(ctx, userId);
  if (!u) throw new AppError('NOT_FOUND', 'user not found');
  return {
    userId: u.id,
    staffId: u.staff_id,
    username: u.username,
    displayName: u.staff_name,
    role: u.role,
    groupId: u.group_id,
    chargeGroupIds: userChargeGroupIds(ctx, u.staff_id),
    mustChangePassword: u.must_change_password === 1,
  };
}

export function setupStatus(ctx: Ctx): SetupStatus {
  const needsSetup = userCount(ctx) === 0;
  return { needsSetup, departmentName: needsSetup ? null : getSettings(ctx).settings.departmentName };
}

/**
 * First run: the department, the rulebook's groups and the manager's account, in one mutation. The system
 * creates the groups, the person and the account; the new manager writes the first settings.
 */
export async function setup(ctx: Ctx, session: Session, input: SetupInput): Promise<SessionUser> {
  if (userCount(ctx) > 0) throw new AppError('INVALID_STATE', 'setup already done');
  const passwordHash = await hashPassword(input.password, ctx.passwordCost);
  const userId = mutate(actingAs(ctx, SYSTEM_ACTOR), (m) => {
    if (userCount(m) > 0) throw new AppError('INVALID_STATE', 'setup already done');
    ensureBuiltinGroups(m);
    ensureDefaultTemplates(m);
    const staff = insertStaff(m, {
      employeeNo: input.employeeNo,
      name: input.managerName,
      position: null,
      groupId: null,
      supervisorId: null,
      hireDate: null,
      status: 'active',
      phone: null,
      email: null,
      chargeGroupIds: [],
    });
    const account = insertAccount(m, {
      staffId: staff.id,
      username: input.username,
      passwordHash,
      role: 'manager',
      mustChangePassword: false,
    });
    mutate(actingAs(m, { userId: account.id, name: input.managerName }), (asManager) =>
      initialiseSettings(asManager, input.departmentName),
    );
    return account.id;
  });
  session.user = sessionUserFor(ctx, userId);
  return session.user;
}

export async function login(
  ctx: Ctx,
  session: Session,
  username: string,
  password: string,
): Promise<SessionUser> {
  const user = userByUsername(ctx, username);
  const now = ctx.clock.now();
  if (!user) {
    await verifyPassword(password, await decoyHash(ctx.passwordCost));
    // The typed name is kept for the manager only when it looks like a username: people sometimes type
    // their password into the username field, and the trail must never hold a password.
    const typed = USERNAME_SHAPE.test(username) ? [{ field: 'username', before: null, after: username }] : [];
    mutate(actingAs(ctx, SYSTEM_ACTOR), (m) =>
      m.audit({ entity: 'session', entityId: null, action: 'login_failed', changes: typed }),
    );
    throw new AppError('BAD_CREDENTIALS', 'wrong username or password');
  }
  if (user.locked_until && user.locked_until > now.toISOString()) {
    throw new AppError('LOCKED', 'account locked', { params: { until: user.locked_until } });
  }
  const matches = await verifyPassword(password, user.password_hash);
  const { lockoutAttempts, lockoutMinutes } = getSettings(ctx).settings;
  const asUser = actingAs(ctx, { userId: user.id, name: user.staff_name });
  // The hash check yields to other calls: attempts running side by side must each see the others'
  // failures, so the count is read again and written in one transaction (else parallel guesses never lock).
  const lockedNow = (c: Ctx) => {
    const current = userById(c, user.id);
    return current?.locked_until && current.locked_until > now.toISOString() ? current.locked_until : null;
  };
  if (!matches) {
    const outcome = mutate(asUser, (m) => {
      const until = lockedNow(m);
      if (until) return { lockedUntil: until, remaining: 0 };
      const attempts = (userById(m, user.id)?.failed_attempts ?? 0) + 1;
      const lock = attempts >= lockoutAttempts;
      const lockedUntil = lock ? new Date(now.getTime() + lockoutMinutes * 60_000).toISOString() : null;
      recordLoginFailure(m, user.id, lock ? 0 : attempts, lockedUntil);
      m.audit({ entity: 'session', entityId: user.id, action: lock ? 'locked' : 'login_failed' });
      return { lockedUntil, remaining: lockoutAttempts - attempts };
    });
    if (outcome.lockedUntil)
      throw new AppError('LOCKED', 'account locked', { params: { until: outcome.lockedUntil } });
    throw new AppError('BAD_CREDENTIALS', 'wrong username or password', {
      params: { remaining: outcome.remaining },
    });
  }
  if (user.active !== 1 || user.staff_status === 'left')
    throw new AppError('ACCOUNT_DISABLED', 'account disabled');
  mutate(asUser, (m) => {
    // Locked by a parallel wrong guess while this one was being checked: the lock wins.
    const until = lockedNow(m);
    if (until) throw new AppError('LOCKED', 'account locked', { params: { until } });
    recordLoginSuccess(m, user.id);
    m.audit({ entity: 'session', entityId: user.id, action: 'login' });
  });
  session.user = sessionUserFor(ctx, user.id);
  return session.user;
}

export function logout(ctx: Ctx, session: Session): null {
  mutate(ctx, (m) => m.audit({ entity: 'session', entityId: ctx.actor.userId, action: 'logout' }));
  session.user = null;
  return null;
}

export function me(session: Session): SessionUser | null {
  return session.user;
}

export async function changePassword(
  ctx: Ctx,
  session: Session,
  current: string,
  next: string,
): Promise<null> {
  const userId = session.user!.userId;
  const user = userById(ctx, userId);
  if (!user) throw new AppError('NOT_FOUND', 'user not found');
  if (!(await verifyPassword(current, user.password_hash))) {
    throw new AppError('VALIDATION', 'current password is wrong', {
      fields: { currentPassword: { key: 'validation.wrongPassword' } },
    });
  }
  if (current === next)
    throw new AppError('VALIDATION', 'same password', {
      fields: { newPassword: { key: 'validation.samePassword' } },
    });
  const hash = await hashPassword(next, ctx.passwordCost);
  mutate(ctx, (m) => {
    setOwnPassword(m, userId, hash);
    m.audit({ entity: 'account', entityId: userId, action: 'change_password' });
  });
  session.user = sessionUserFor(ctx, userId);
  return null;
}
