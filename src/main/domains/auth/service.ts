import type { SessionUser, SetupStatus } from '../../../shared/auth/types';
import { AppError } from '../../../shared/contract/errors';
import type { Actor, CoreDeps } from '../../core/context';
import { hashPassword, verifyPassword } from '../../core/password';
import type { Session } from '../../core/session';
import type { AuditService } from '../audit/service';
import type { CredentialStore, OrgService } from '../org/service';
import type { SettingsService } from '../settings/service';

export interface SetupInput {
  departmentName: string;
  managerName: string;
  employeeNo: string;
  username: string;
  password: string;
}

const SYSTEM: Actor = { userId: null, name: null };
const USERNAME_SHAPE = /^[A-Za-z0-9._-]{2,32}$/;

export function createAuthService(
  deps: CoreDeps,
  audit: AuditService,
  org: OrgService & { credentials: CredentialStore },
  settings: SettingsService,
) {
  const credentials = org.credentials;
  // Verifying against a throwaway hash when the username is unknown keeps the answer time the same,
  // so timing does not tell which usernames exist.
  let decoyHash: Promise<string> | null = null;
  const decoy = () => (decoyHash ??= hashPassword('decoy-password', deps.passwordCost));

  function sessionUserFor(userId: string): SessionUser {
    const u = credentials.byId(userId);
    if (!u) throw new AppError('NOT_FOUND', 'user not found');
    return {
      userId: u.id,
      staffId: u.staff_id,
      username: u.username,
      displayName: u.staff_name,
      role: u.role,
      groupId: u.group_id,
      chargeGroupIds: credentials.chargeGroupIds(u.staff_id),
      mustChangePassword: u.must_change_password === 1,
    };
  }

  return {
    setupStatus(): SetupStatus {
      const needsSetup = credentials.count() === 0;
      return { needsSetup, departmentName: needsSetup ? null : settings.get().settings.departmentName };
    },

    /** First run: the department, the rulebook's groups and the manager's account, in one transaction. */
    async setup(input: SetupInput, session: Session): Promise<SessionUser> {
      if (credentials.count() > 0) throw new AppError('INVALID_STATE', 'setup already done');
      const passwordHash = await hashPassword(input.password, deps.passwordCost);
      const db = deps.store.db;
      const userId = db.transaction(() => {
        if (credentials.count() > 0) throw new AppError('INVALID_STATE', 'setup already done');
        org.ensureBuiltinGroups(db, SYSTEM);
        const staff = org.insertStaff(
          db,
          {
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
          },
          SYSTEM,
        );
        const account = org.insertAccount(
          db,
          {
            staffId: staff.id,
            username: input.username,
            passwordHash,
            role: 'manager',
            mustChangePassword: false,
          },
          SYSTEM,
        );
        settings.initialise(db, input.departmentName, { userId: account.id, name: input.managerName });
        return account.id;
      })();
      session.user = sessionUserFor(userId);
      return session.user;
    },

    async login(username: string, password: string, session: Session): Promise<SessionUser> {
      const db = deps.store.db;
      const user = credentials.byUsername(username);
      const now = deps.clock.now();
      if (!user) {
        await verifyPassword(password, await decoy());
        // The typed name is kept for the manager only when it looks like a username: people sometimes type
        // their password into the username field, and the trail must never hold a password.
        const typed = USERNAME_SHAPE.test(username)
          ? [{ field: 'username', before: null, after: username }]
          : [];
        db.transaction(() =>
          audit.record(db, SYSTEM, {
            entity: 'session',
            entityId: null,
            action: 'login_failed',
            changes: typed,
          }),
        )();
        throw new AppError('BAD_CREDENTIALS', 'wrong username or password');
      }
      if (user.locked_until && user.locked_until > now.toISOString()) {
        throw new AppError('LOCKED', 'account locked', { params: { until: user.locked_until } });
      }
      const matches = await verifyPassword(password, user.password_hash);
      const { lockoutAttempts, lockoutMinutes } = settings.get().settings;
      const actor = { userId: user.id, name: user.staff_name };
      // The hash check yields to other calls: attempts running side by side must each see the others'
      // failures, so the count is read again and written in one transaction (else parallel guesses never lock).
      const lockedNow = () => {
        const current = credentials.byId(user.id);
        return current?.locked_until && current.locked_until > now.toISOString()
          ? current.locked_until
          : null;
      };
      if (!matches) {
        const outcome = db.transaction(() => {
          const until = lockedNow();
          if (until) return { lockedUntil: until, remaining: 0 };
          const attempts = (credentials.byId(user.id)?.failed_attempts ?? 0) + 1;
          const lock = attempts >= lockoutAttempts;
          const lockedUntil = lock ? new Date(now.getTime() + lockoutMinutes * 60_000).toISOString() : null;
          credentials.recordFailure(user.id, lock ? 0 : attempts, lockedUntil);
          audit.record(db, actor, {
            entity: 'session',
            entityId: user.id,
            action: lock ? 'locked' : 'login_failed',
          });
          return { lockedUntil, remaining: lockoutAttempts - attempts };
        })();
        if (outcome.lockedUntil)
          throw new AppError('LOCKED', 'account locked', { params: { until: outcome.lockedUntil } });
        throw new AppError('BAD_CREDENTIALS', 'wrong username or password', {
          params: { remaining: outcome.remaining },
        });
      }
      if (user.active !== 1 || user.staff_status === 'left')
        throw new AppError('ACCOUNT_DISABLED', 'account disabled');
      db.transaction(() => {
        // Locked by a parallel wrong guess while this one was being checked: the lock wins.
        const until = lockedNow();
        if (until) throw new AppError('LOCKED', 'account locked', { params: { until } });
        credentials.recordSuccess(user.id, now.toISOString());
        audit.record(db, actor, { entity: 'session', entityId: user.id, action: 'login' });
      })();
      session.user = sessionUserFor(user.id);
      return session.user;
    },

    logout(session: Session, actor: Actor): null {
      const db = deps.store.db;
      db.transaction(() =>
        audit.record(db, actor, { entity: 'session', entityId: actor.userId, action: 'logout' }),
      )();
      session.user = null;
      return null;
    },

    me(session: Session): SessionUser | null {
      return session.user;
    },

    async changePassword(session: Session, current: string, next: string, actor: Actor): Promise<null> {
      const userId = session.user!.userId;
      const user = credentials.byId(userId);
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
      const hash = await hashPassword(next, deps.passwordCost);
      const db = deps.store.db;
      db.transaction(() => {
        credentials.setPassword(userId, hash, deps.clock.now().toISOString());
        audit.record(db, actor, { entity: 'account', entityId: userId, action: 'change_password' });
      })();
      session.user = sessionUserFor(userId);
      return null;
    },
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
