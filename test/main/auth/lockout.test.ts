import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core/createCore';
import type { Session } from '../../../src/main/core/session';
import type { Result } from '../../../src/shared/contract/errors';
import { FakeClock, MANAGER, makeCore, setUpDepartment, unwrap } from '../../support/core';

const MINUTE = 60_000;
const PASSWORD = 'Right#Pass2026';
const WRONG = 'Wrong#Pass2026';

let clock: FakeClock;
let core: Core;
let manager: Session;
let groups: Record<string, string>;
let n = 0;

beforeEach(async () => {
  clock = new FakeClock();
  core = await makeCore({ clock });
  ({ manager, groups } = await setUpDepartment(core));
});

afterEach(async () => {
  await core.close();
});

/** A person in the sales group with an account; returns its username and account id. */
async function person(role: 'staff' | 'group_lead' = 'staff') {
  n++;
  const staff = unwrap(
    await core.call(
      'org.staff.create',
      { employeeNo: `L${n}`, name: `李${n}`, groupId: groups.sales! },
      manager,
    ),
  );
  const account = unwrap(
    await core.call(
      'accounts.create',
      { staffId: staff.id, username: `li${n}`, password: PASSWORD, role },
      manager,
    ),
  );
  return { username: `li${n}`, staffId: staff.id, accountId: account.id };
}

const login = (username: string, password: string, session: Session = core.sessions.create()) =>
  core.call('auth.login', { username, password }, session);
const errorOf = <T>(r: Result<T>) => (r.ok ? null : r.error);
const account = async (id: string) =>
  unwrap(await core.call('accounts.list', {}, manager)).find((a) => a.id === id)!;

describe('lockout after repeated wrong passwords', () => {
  it('counts down, locks for 15 minutes on the 5th failure, then lets the right password in and starts counting afresh', async () => {
    const { username, accountId } = await person();
    for (const remaining of [4, 3, 2, 1]) {
      expect(errorOf(await login(username, WRONG))).toMatchObject({
        code: 'BAD_CREDENTIALS',
        params: { remaining },
      });
    }
    const lockedAt = clock.now().getTime();
    const until = new Date(lockedAt + 15 * MINUTE).toISOString();
    expect(errorOf(await login(username, WRONG))).toMatchObject({ code: 'LOCKED', params: { until } });
    expect((await account(accountId)).lockedUntil).toBe(until);
    expect(unwrap(await core.call('org.overview', {}, manager)).accounts.locked).toBe(1);

    // The right password does not open a locked account.
    const session = core.sessions.create();
    expect(errorOf(await login(username, PASSWORD, session))).toMatchObject({
      code: 'LOCKED',
      params: { until },
    });
    expect(session.user).toBeNull();

    clock.advance(14 * MINUTE + 59_000);
    expect(errorOf(await login(username, PASSWORD))).toMatchObject({ code: 'LOCKED', params: { until } });

    clock.advance(2_000);
    const user = unwrap(await login(username, PASSWORD, session));
    expect(user.username).toBe(username);
    expect(session.user?.userId).toBe(accountId);
    expect((await account(accountId)).lockedUntil).toBeNull();

    // The count starts again from the full allowance.
    expect(errorOf(await login(username, WRONG))).toMatchObject({
      code: 'BAD_CREDENTIALS',
      params: { remaining: 4 },
    });
  });

  it('wrong passwords sent side by side are all counted, so parallel guessing still locks', async () => {
    const { username, accountId } = await person();
    const results = await Promise.all(Array.from({ length: 12 }, () => login(username, WRONG)));
    const codes = results.map((r) => errorOf(r)?.code);
    expect(codes.filter((c) => c === 'BAD_CREDENTIALS')).toHaveLength(4);
    expect(codes.filter((c) => c === 'LOCKED')).toHaveLength(8);
    const remaining = results.map((r) => errorOf(r)?.params?.remaining).filter((x) => x !== undefined);
    expect(remaining.sort()).toEqual([1, 2, 3, 4]);
    expect((await account(accountId)).lockedUntil).toBe(
      new Date(clock.now().getTime() + 15 * MINUTE).toISOString(),
    );
    expect(errorOf(await login(username, PASSWORD))?.code).toBe('LOCKED');
  });

  it('a successful login resets the failure count', async () => {
    const { username } = await person();
    expect(errorOf(await login(username, WRONG))).toMatchObject({ params: { remaining: 4 } });
    expect(errorOf(await login(username, WRONG))).toMatchObject({ params: { remaining: 3 } });
    unwrap(await login(username, PASSWORD));
    expect(errorOf(await login(username, WRONG))).toMatchObject({
      code: 'BAD_CREDENTIALS',
      params: { remaining: 4 },
    });
  });

  it('follows the lockoutAttempts and lockoutMinutes settings', async () => {
    const { username } = await person();
    const current = unwrap(await core.call('settings.get', {}, manager));
    unwrap(
      await core.call(
        'settings.update',
        {
          version: current.version,
          settings: { ...current.settings, lockoutAttempts: 3, lockoutMinutes: 2 },
        },
        manager,
      ),
    );

    expect(errorOf(await login(username, WRONG))).toMatchObject({
      code: 'BAD_CREDENTIALS',
      params: { remaining: 2 },
    });
    expect(errorOf(await login(username, WRONG))).toMatchObject({
      code: 'BAD_CREDENTIALS',
      params: { remaining: 1 },
    });
    const until = new Date(clock.now().getTime() + 2 * MINUTE).toISOString();
    expect(errorOf(await login(username, WRONG))).toMatchObject({ code: 'LOCKED', params: { until } });

    clock.advance(MINUTE + 59_000);
    expect(errorOf(await login(username, PASSWORD))).toMatchObject({ code: 'LOCKED' });
    clock.advance(2_000);
    unwrap(await login(username, PASSWORD));
  });

  it("the manager's unlock opens a locked account at once, and the trail says so", async () => {
    const { username, accountId } = await person();
    for (let i = 0; i < 5; i++) await login(username, WRONG);
    const locked = await account(accountId);
    expect(locked.lockedUntil).not.toBeNull();
    expect(errorOf(await login(username, PASSWORD))).toMatchObject({ code: 'LOCKED' });

    const unlocked = unwrap(
      await core.call('accounts.unlock', { id: accountId, version: locked.version }, manager),
    );
    expect(unlocked.lockedUntil).toBeNull();
    unwrap(await login(username, PASSWORD));

    const trail = unwrap(
      await core.call('audit.list', { entity: 'account', entityId: accountId }, manager),
    ).rows;
    const row = trail.find((r) => r.action === 'unlock');
    expect(row?.actorUserId).toBe(manager.user!.userId);
    expect(row?.changes).toEqual([{ field: 'lockedUntil', before: locked.lockedUntil, after: null }]);
  });

  it('an unknown username answers BAD_CREDENTIALS, the same code as a wrong password', async () => {
    const { username } = await person();
    const unknown = errorOf(await login('no.such.user', WRONG));
    const wrong = errorOf(await login(username, WRONG));
    expect(unknown?.code).toBe('BAD_CREDENTIALS');
    expect(wrong?.code).toBe('BAD_CREDENTIALS');
    // Usernames are matched without regard to case: the same account, not an unknown one.
    expect(errorOf(await login(username.toUpperCase(), WRONG))).toMatchObject({
      code: 'BAD_CREDENTIALS',
      params: { remaining: 3 },
    });
  });
});

describe('account life cycle at login', () => {
  it('setup can be done only once', async () => {
    const again = await core.call(
      'auth.setup',
      {
        departmentName: '另一个部门',
        managerName: '篡位者',
        employeeNo: 'X001',
        username: 'usurper',
        password: 'Usurper#2026',
      },
      core.sessions.create(),
    );
    expect(errorOf(again)?.code).toBe('INVALID_STATE');
    expect(unwrap(await core.call('auth.setupStatus', {}, core.sessions.create()))).toEqual({
      needsSetup: false,
      departmentName: '业务部',
    });
    expect(errorOf(await login('usurper', 'Usurper#2026'))?.code).toBe('BAD_CREDENTIALS');
  });

  it('someone who has left cannot log in', async () => {
    const { username, staffId } = await person();
    const session = core.sessions.create();
    unwrap(await login(username, PASSWORD, session));
    const s = unwrap(await core.call('org.staff.get', { id: staffId }, manager));
    unwrap(await core.call('org.staff.update', { ...pickStaff(s), status: 'left' }, manager));
    expect(errorOf(await login(username, PASSWORD))?.code).toBe('ACCOUNT_DISABLED');
    // Their open window is signed out too.
    expect(errorOf(await core.call('org.overview', {}, session))?.code).toBe('UNAUTHENTICATED');
  });

  it('a new account must change its password, and no longer must once it has', async () => {
    const { username, accountId } = await person();
    const session = core.sessions.create();
    expect(unwrap(await login(username, PASSWORD, session)).mustChangePassword).toBe(true);
    expect((await account(accountId)).mustChangePassword).toBe(true);

    const wrongCurrent = await core.call(
      'auth.changePassword',
      { currentPassword: WRONG, newPassword: 'Brand#New2026' },
      session,
    );
    expect(errorOf(wrongCurrent)).toMatchObject({ code: 'VALIDATION', fields: { currentPassword: {} } });
    expect(unwrap(await core.call('auth.me', {}, session))?.mustChangePassword).toBe(true);

    unwrap(
      await core.call(
        'auth.changePassword',
        { currentPassword: PASSWORD, newPassword: 'Brand#New2026' },
        session,
      ),
    );
    expect(unwrap(await core.call('auth.me', {}, session))?.mustChangePassword).toBe(false);
    expect((await account(accountId)).mustChangePassword).toBe(false);
    expect(errorOf(await login(username, PASSWORD))?.code).toBe('BAD_CREDENTIALS');
    expect(unwrap(await login(username, 'Brand#New2026')).mustChangePassword).toBe(false);
  });

  it('a password reset by the manager signs the user out and makes them change it again', async () => {
    const { username, accountId } = await person();
    const session = core.sessions.create();
    unwrap(await login(username, PASSWORD, session));
    unwrap(
      await core.call(
        'auth.changePassword',
        { currentPassword: PASSWORD, newPassword: 'Brand#New2026' },
        session,
      ),
    );

    const a = await account(accountId);
    unwrap(
      await core.call(
        'accounts.resetPassword',
        { id: accountId, version: a.version, newPassword: 'Reset#By2026' },
        manager,
      ),
    );
    expect(errorOf(await core.call('org.overview', {}, session))?.code).toBe('UNAUTHENTICATED');
    expect(errorOf(await login(username, 'Brand#New2026'))?.code).toBe('BAD_CREDENTIALS');
    expect(unwrap(await login(username, 'Reset#By2026')).mustChangePassword).toBe(true);
  });

  it('an account change by the manager signs the user out; a deactivated account cannot log in', async () => {
    const { username, accountId } = await person();
    const session = core.sessions.create();
    unwrap(await login(username, PASSWORD, session));
    expect(session.user?.role).toBe('staff');

    const a = await account(accountId);
    unwrap(
      await core.call(
        'accounts.update',
        { id: accountId, version: a.version, role: 'group_lead', active: true },
        manager,
      ),
    );
    expect(errorOf(await core.call('org.overview', {}, session))?.code).toBe('UNAUTHENTICATED');
    expect(unwrap(await login(username, PASSWORD, session)).role).toBe('group_lead');

    const b = await account(accountId);
    unwrap(
      await core.call(
        'accounts.update',
        { id: accountId, version: b.version, role: 'group_lead', active: false },
        manager,
      ),
    );
    expect(errorOf(await core.call('org.overview', {}, session))?.code).toBe('UNAUTHENTICATED');
    expect(errorOf(await login(username, PASSWORD))?.code).toBe('ACCOUNT_DISABLED');
    // The manager's own session is untouched.
    expect(manager.user?.username).toBe(MANAGER.username);
  });

  it('logout ends the session', async () => {
    const { username } = await person();
    const session = core.sessions.create();
    unwrap(await login(username, PASSWORD, session));
    unwrap(await core.call('auth.logout', {}, session));
    expect(unwrap(await core.call('auth.me', {}, session))).toBeNull();
    expect(errorOf(await core.call('org.staff.list', {}, session))?.code).toBe('UNAUTHENTICATED');
  });
});

function pickStaff(s: {
  id: string;
  version: number;
  employeeNo: string;
  name: string;
  position: string | null;
  groupId: string | null;
  supervisorId: string | null;
  hireDate: string | null;
  status: 'active' | 'on_leave' | 'left';
  phone: string | null;
  email: string | null;
  chargeGroupIds: string[];
}) {
  const {
    id,
    version,
    employeeNo,
    name,
    position,
    groupId,
    supervisorId,
    hireDate,
    status,
    phone,
    email,
    chargeGroupIds,
  } = s;
  return {
    id,
    version,
    employeeNo,
    name,
    position,
    groupId,
    supervisorId,
    hireDate,
    status,
    phone,
    email,
    chargeGroupIds,
  };
}
