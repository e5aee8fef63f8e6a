import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core/createCore';
import type { Session } from '../../../src/main/core/session';
import { CHANNEL_NAMES, channels, type ChannelName } from '../../../src/shared/contract/channels';
import type { ErrorCode } from '../../../src/shared/contract/errors';
import { PERMISSION_MATRIX, type Access, type Permission } from '../../../src/shared/contract/permissions';
import { ROLES, type Role } from '../../../src/shared/contract/roles';
import { exampleFor, makeExampleContext, type ExampleContext } from '../../support/channelExamples';
import { MANAGER, makeCore, sessionFor, setUpDepartment, unwrap } from '../../support/core';
import { fakePdfPrinter, tableChecksum } from './support';

/** sessionFor's accounts all get this password. */
const SESSION_FOR_PASSWORD = 'Temp#Pass123';

/**
 * Answers that are not about permission, for a caller the matrix lets through: the example input is valid
 * but the department is already set up, the database is healthy (recovery channels), or the backup named
 * by the example does not exist (so the example never replaces the database under the test).
 */
const NON_PERMISSION_ANSWERS: Partial<Record<ChannelName, ErrorCode>> = {
  'auth.setup': 'INVALID_STATE',
  'recovery.backups': 'INVALID_STATE',
  'recovery.restore': 'INVALID_STATE',
  'backup.restore': 'NOT_FOUND',
};

type Caller = Role | 'anonymous';
const CALLERS: Caller[] = [...ROLES, 'anonymous'];

/** What the matrix says a caller gets: through to the handler, FORBIDDEN or UNAUTHENTICATED. */
function expectedAnswer(access: Access, caller: Caller): 'through' | 'FORBIDDEN' | 'UNAUTHENTICATED' {
  if (access === 'public') return 'through';
  if (caller === 'anonymous') return 'UNAUTHENTICATED';
  if (access === 'authenticated') return 'through';
  return (PERMISSION_MATRIX[access] as readonly Role[]).includes(caller) ? 'through' : 'FORBIDDEN';
}

let core: Core;
let manager: Session;
let groups: Record<string, string>;
let ctx: ExampleContext;
let managerPassword = MANAGER.password;

beforeAll(async () => {
  core = await makeCore({ printer: fakePdfPrinter });
  ({ manager, groups } = await setUpDepartment(core));
  ctx = await makeExampleContext(core, manager, MANAGER.password);
});

afterAll(async () => {
  await core.close();
});

/** A fresh session per call: some examples log the caller out, log in as someone else or change a password. */
async function callerSession(caller: Caller): Promise<{ session: Session; password: string | null }> {
  if (caller === 'anonymous') return { session: core.sessions.create(), password: null };
  if (caller === 'manager') {
    const session = core.sessions.create();
    unwrap(await core.call('auth.login', { username: MANAGER.username, password: managerPassword }, session));
    return { session, password: managerPassword };
  }
  return { session: await sessionFor(core, manager, caller, groups.sales!), password: SESSION_FOR_PASSWORD };
}

describe('the permission matrix is enforced on every channel for every role', () => {
  it('every permission of the matrix guards at least one channel, and every channel names a known access rule', () => {
    const used = new Set(CHANNEL_NAMES.map((c) => channels[c].access));
    for (const p of Object.keys(PERMISSION_MATRIX) as Permission[]) expect(used, p).toContain(p);
    for (const c of CHANNEL_NAMES) {
      const access = channels[c].access;
      expect(access === 'public' || access === 'authenticated' || access in PERMISSION_MATRIX, c).toBe(true);
    }
  });

  it.each(CHANNEL_NAMES)('%s', async (channel) => {
    const access = channels[channel].access;
    const mismatches: string[] = [];
    for (const caller of CALLERS) {
      const { session, password } = await callerSession(caller);
      // The caller goes into the context: client examples work on the caller's own files, which every role sees.
      const input = await exampleFor(channel, {
        ...ctx,
        callerPassword: password ?? 'not-logged-in',
        caller: session,
      });
      const before = tableChecksum(core);
      const r = await core.dispatch(channel, input, session);
      const expected = expectedAnswer(access, caller);
      const got = r.ok ? 'ok' : r.error.code;

      if (expected === 'through') {
        const allowedAnswer = NON_PERMISSION_ANSWERS[channel] ?? 'ok';
        if (got !== allowedAnswer) mismatches.push(`${caller}: expected ${allowedAnswer}, got ${got}`);
        if (r.ok && channel === 'auth.changePassword' && caller === 'manager')
          managerPassword = (input as { newPassword: string }).newPassword;
      } else {
        if (got !== expected) mismatches.push(`${caller}: expected ${expected}, got ${got}`);
        // A refused call changes nothing at all, audit trail included.
        if (tableChecksum(core) !== before) mismatches.push(`${caller}: refused call changed the database`);
      }
      core.sessions.dispose(session);
    }
    expect(mismatches, `${channel} (access ${access})`).toEqual([]);
  });

  it('public channels answer without a login and never with FORBIDDEN or UNAUTHENTICATED', async () => {
    const publicChannels = CHANNEL_NAMES.filter((c) => channels[c].access === 'public');
    expect(publicChannels).toEqual(
      expect.arrayContaining(['system.status', 'auth.setupStatus', 'auth.login', 'auth.me']),
    );
    for (const c of publicChannels) {
      for (const caller of CALLERS) {
        const { session, password } = await callerSession(caller);
        const r = await core.dispatch(
          c,
          await exampleFor(c, { ...ctx, callerPassword: password ?? '' }),
          session,
        );
        if (!r.ok) expect(['FORBIDDEN', 'UNAUTHENTICATED'], `${c} as ${caller}`).not.toContain(r.error.code);
        core.sessions.dispose(session);
      }
    }
  });

  it('a session signed out mid-way is refused on its next call', async () => {
    const { session } = await callerSession('staff');
    expect((await core.call('org.overview', {}, session)).ok).toBe(true);
    unwrap(await core.call('auth.logout', {}, session));
    expect(await core.call('org.overview', {}, session)).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
  });
});
