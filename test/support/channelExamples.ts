import type { Core } from '../../src/main/core/createCore';
import type { Session } from '../../src/main/core/session';
import type { ChannelInput, ChannelName } from '../../src/shared/contract/channels';
import { unwrap } from './core';

/**
 * What the examples work on: a set-up department, the manager's session (used to read current versions and
 * to create prerequisites), and a group, a person and that person's account created for the purpose.
 */
export interface ExampleContext {
  core: Core;
  manager: Session;
  groupId: string;
  staffId: string;
  /** The account (users.id) of `staffId`. */
  accountId: string;
  username: string;
  password: string;
  /** Password of the session that will dispatch the example (auth.changePassword needs it). */
  callerPassword: string;
}

export type ChannelExamples = {
  [C in ChannelName]: (ctx: ExampleContext) => ChannelInput<C> | Promise<ChannelInput<C>>;
};

export const EXAMPLE_PASSWORD = 'Example#Pass42';
/** A well-formed backup file name that does not exist: restore examples never replace the database. */
export const ABSENT_BACKUP = 'bizops-20260101-000000-000-manual.sqlite';

let seq = 0;
const next = () => `${process.pid % 1000}${++seq}`;

/** Creates the group, person and account the examples work on. */
export async function makeExampleContext(
  core: Core,
  manager: Session,
  callerPassword: string,
): Promise<ExampleContext> {
  const n = next();
  const group = unwrap(
    await core.call('org.groups.create', { name: `示例组${n}`, nameEn: `Example group ${n}` }, manager),
  );
  const staff = unwrap(
    await core.call(
      'org.staff.create',
      { employeeNo: `EX${n}`, name: `示例员工${n}`, groupId: group.id },
      manager,
    ),
  );
  const username = `example${n}`;
  const account = unwrap(
    await core.call(
      'accounts.create',
      { staffId: staff.id, username, password: EXAMPLE_PASSWORD, role: 'staff' },
      manager,
    ),
  );
  return {
    core,
    manager,
    groupId: group.id,
    staffId: staff.id,
    accountId: account.id,
    username,
    password: EXAMPLE_PASSWORD,
    callerPassword,
  };
}

async function currentAccount(ctx: ExampleContext) {
  const accounts = unwrap(await ctx.core.call('accounts.list', {}, ctx.manager));
  const account = accounts.find((a) => a.id === ctx.accountId);
  if (!account) throw new Error('example account missing');
  return account;
}

async function currentGroup(ctx: ExampleContext) {
  const groups = unwrap(await ctx.core.call('org.groups.list', { includeInactive: true }, ctx.manager));
  const group = groups.find((g) => g.id === ctx.groupId);
  if (!group) throw new Error('example group missing');
  return group;
}

/**
 * A valid input for every channel of the contract (a new channel without one is a type error). Update
 * examples read the record's current version first and change one field, so each call is a real change.
 */
export const channelExamples: ChannelExamples = {
  'system.status': () => ({}),

  'auth.setupStatus': () => ({}),
  'auth.setup': () => ({
    departmentName: '业务部',
    managerName: '第二经理',
    employeeNo: 'M900',
    username: 'second.manager',
    password: 'Second#Pass1',
  }),
  'auth.login': (ctx) => ({ username: ctx.username, password: ctx.password }),
  'auth.logout': () => ({}),
  'auth.me': () => ({}),
  'auth.changePassword': (ctx) => ({
    currentPassword: ctx.callerPassword,
    newPassword: `${ctx.callerPassword}-next`,
  }),

  'org.overview': () => ({}),
  'org.groups.list': () => ({ includeInactive: true }),
  'org.groups.create': () => {
    const n = next();
    return { name: `新小组${n}`, nameEn: `New group ${n}`, sortOrder: 50 };
  },
  'org.groups.update': async (ctx) => {
    const g = await currentGroup(ctx);
    return {
      id: g.id,
      version: g.version,
      name: g.name,
      nameEn: g.nameEn,
      leadStaffId: g.leadStaffId,
      sortOrder: g.sortOrder === 60 ? 61 : 60,
      active: true,
    };
  },
  'org.staff.list': (ctx) => ({ search: '示例', groupId: ctx.groupId, status: 'active' }),
  'org.staff.get': (ctx) => ({ id: ctx.staffId }),
  'org.staff.create': (ctx) => {
    const n = next();
    return {
      employeeNo: `NS${n}`,
      name: `新员工${n}`,
      position: '客户经理',
      groupId: ctx.groupId,
      hireDate: '2025-03-01',
      phone: '13812345678',
      email: `new${n}@example.com`,
    };
  },
  'org.staff.update': async (ctx) => {
    const s = unwrap(await ctx.core.call('org.staff.get', { id: ctx.staffId }, ctx.manager));
    return {
      id: s.id,
      version: s.version,
      employeeNo: s.employeeNo,
      name: s.name,
      position: s.position === '销售代表' ? '高级销售代表' : '销售代表',
      groupId: s.groupId,
      supervisorId: s.supervisorId,
      hireDate: s.hireDate,
      status: s.status,
      phone: s.phone,
      email: s.email,
      chargeGroupIds: s.chargeGroupIds,
    };
  },

  'accounts.list': () => ({}),
  'accounts.create': async (ctx) => {
    const n = next();
    const staff = unwrap(
      await ctx.core.call(
        'org.staff.create',
        { employeeNo: `NA${n}`, name: `待开户${n}`, groupId: ctx.groupId },
        ctx.manager,
      ),
    );
    return { staffId: staff.id, username: `opened${n}`, password: 'Opened#Pass1', role: 'staff' };
  },
  'accounts.update': async (ctx) => {
    const a = await currentAccount(ctx);
    return { id: a.id, version: a.version, role: a.role === 'staff' ? 'group_lead' : 'staff', active: true };
  },
  // The same password again, so the example account can still log in afterwards.
  'accounts.resetPassword': async (ctx) => {
    const a = await currentAccount(ctx);
    return { id: a.id, version: a.version, newPassword: ctx.password };
  },
  'accounts.unlock': async (ctx) => {
    const a = await currentAccount(ctx);
    return { id: a.id, version: a.version };
  },

  'settings.get': () => ({}),
  'settings.update': async (ctx) => {
    const { settings, version } = unwrap(await ctx.core.call('settings.get', {}, ctx.manager));
    return { version, settings: { ...settings, backupKeepRecent: settings.backupKeepRecent === 6 ? 7 : 6 } };
  },

  'audit.list': (ctx) => ({
    actorUserId: null,
    entity: 'staff',
    entityId: ctx.staffId,
    from: '2020-01-01',
    to: '2099-12-31',
    page: 1,
    pageSize: 20,
  }),
  'audit.entities': () => ({}),
  'audit.export': () => ({ entity: 'staff', locale: 'zh-CN' }),

  'backup.list': () => ({}),
  'backup.create': () => ({}),
  'backup.restore': () => ({ fileName: ABSENT_BACKUP }),
  'recovery.backups': () => ({}),
  'recovery.restore': () => ({ fileName: ABSENT_BACKUP }),

  'reports.roster': (ctx) => ({ locale: 'zh-CN', groupId: ctx.groupId }),
};

export function exampleFor<C extends ChannelName>(channel: C, ctx: ExampleContext): Promise<ChannelInput<C>> {
  return Promise.resolve(
    (channelExamples[channel] as (ctx: ExampleContext) => ChannelInput<C> | Promise<ChannelInput<C>>)(ctx),
  );
}
