import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore, type Core, type CoreOptions } from '../../src/main/core/createCore';
import type { Clock } from '../../src/main/core/clock';
import { silentLogger } from '../../src/main/core/logger';
import type { Session } from '../../src/main/core/session';
import type { Printer } from '../../src/main/printing/printer';
import type { Role } from '../../src/shared/contract/roles';
import type { Result } from '../../src/shared/contract/errors';
import { seedFromTemplate } from './templateDb';
import { DISK_TMP_ENV } from './runEnv';

/** Fast scrypt for tests that log in many times; the strength test uses the real default. */
export const TEST_SCRYPT = { N: 1024, r: 8, p: 1 };

export function tempDir(prefix = 'bizops-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/**
 * A folder on a real disk, for tests whose cost follows the disk's speed: the run's other folders may be in
 * memory (tempRoot.ts), where a writer that commits as fast as it can fills hundreds of megabytes.
 */
export function diskTempDir(prefix = 'bizops-test-'): string {
  return fs.mkdtempSync(path.join(process.env[DISK_TMP_ENV] ?? os.tmpdir(), prefix));
}

export class FakeClock implements Clock {
  constructor(private t = Date.parse('2026-11-27T02:00:00.000Z')) {}
  now(): Date {
    return new Date(this.t);
  }
  advance(ms: number): void {
    this.t += ms;
  }
}

export const noPrinter: Printer = {
  printToPdf: () => Promise.reject(new Error('no printer in this test')),
};

/**
 * A core over a data folder (a new one unless given). A folder without a database starts from the run's
 * template — the real migrations, applied once per run — unless `fromTemplate: false` asks for the core to
 * create the database itself (tests of creating and migrating).
 */
export async function makeCore(
  options: Partial<CoreOptions> & { fromTemplate?: boolean } = {},
): Promise<Core> {
  const { fromTemplate = true, ...coreOptions } = options;
  const dataDir = coreOptions.dataDir ?? tempDir();
  if (fromTemplate) seedFromTemplate(dataDir);
  return createCore({
    dataDir,
    printer: noPrinter,
    logger: silentLogger,
    passwordCost: TEST_SCRYPT,
    autoBackup: false,
    clock: new FakeClock(),
    ...coreOptions,
  });
}

export function unwrap<T>(r: Result<T>): T {
  if (!r.ok)
    throw new Error(
      `expected ok, got ${r.error.code}: ${r.error.message} ${JSON.stringify(r.error.fields ?? {})}`,
    );
  return r.data;
}

export const MANAGER = { username: 'manager', password: 'Manager#2026' };

/** A set-up department: the manager's session, the three rulebook groups. */
export async function setUpDepartment(
  core: Core,
): Promise<{ manager: Session; groups: Record<string, string> }> {
  const manager = core.sessions.create();
  unwrap(
    await core.call(
      'auth.setup',
      {
        departmentName: '业务部',
        managerName: '王经理',
        employeeNo: 'M001',
        username: MANAGER.username,
        password: MANAGER.password,
      },
      manager,
    ),
  );
  const groups = unwrap(await core.call('org.groups.list', { includeInactive: false }, manager));
  return { manager, groups: Object.fromEntries(groups.map((g) => [g.builtin ?? g.name, g.id])) };
}

/** The password of every account sessionFor opens. */
export const SESSION_PASSWORD = 'Temp#Pass123';

let counter = 0;
/** Creates a person with an account of the given role and returns a logged-in session for them. */
export async function sessionFor(
  core: Core,
  manager: Session,
  role: Role,
  groupId: string | null = null,
): Promise<Session> {
  counter++;
  const staff = unwrap(
    await core.call(
      'org.staff.create',
      {
        employeeNo: `T${String(counter).padStart(4, '0')}`,
        name: `测试${counter}`,
        groupId,
        chargeGroupIds: role === 'deputy' && groupId ? [groupId] : [],
      },
      manager,
    ),
  );
  const password = SESSION_PASSWORD;
  unwrap(
    await core.call(
      'accounts.create',
      { staffId: staff.id, username: `user${counter}`, password, role },
      manager,
    ),
  );
  const session = core.sessions.create();
  unwrap(await core.call('auth.login', { username: `user${counter}`, password }, session));
  return session;
}
