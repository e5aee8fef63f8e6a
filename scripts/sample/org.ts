/**
 * The department (rulebook 二): manager, two deputies in charge of groups, the three rulebook groups with
 * their leads, staff with positions, supervisors, hire dates, statuses and contact details, and the
 * documented demo accounts. Everything goes through the contract as the manager, so the audit trail and
 * the org rules apply exactly as they do for a user. The department was set up about a year ago: the people
 * hired before then were entered that morning, later hires on their first day; the documented users last
 * signed in this week.
 */
import { mutate } from '../../src/main/core/mutation';
import { insertAccount } from '../../src/main/domains/org/accounts';
import { userByUsername } from '../../src/main/domains/org/credentials';
import { channels, type ChannelInput } from '../../src/shared/contract/channels';
import { roleMay, type Permission } from '../../src/shared/contract/permissions';
import type { Role } from '../../src/shared/contract/roles';
import type { BuiltinGroup, Group, Staff, StaffStatus } from '../../src/shared/org/types';
import { BUILTIN_GROUPS } from '../../src/shared/org/types';
import { DEMO_PASSWORD, type OrgIds, type SampleContext, type SampleDomain } from './context';
import { createPeopleFactory, type Identity } from './people';

export const DEPARTMENT_NAME = '业务部';
const EMPLOYEE_PREFIX = 'YW';

/** Members per group at scale 1 (the lead comes on top): 25 people in the three groups. */
const MEMBERS_AT_SCALE_1: Record<BuiltinGroup, number> = { market: 7, sales: 8, service: 7 };
/** Upper bound on members per group, whatever the scale (a benchmark's department, not a city's). */
const MAX_MEMBERS_PER_GROUP = 1500;

const LEAD_POSITION: Record<BuiltinGroup, string> = {
  market: '市场拓展组组长',
  sales: '销售组组长',
  service: '客户服务组组长',
};

/** Member positions per group, by weight (rulebook 二(二) 3–5). */
const POSITIONS: Record<BuiltinGroup, readonly (readonly [string, number])[]> = {
  market: [
    ['市场专员', 5],
    ['高级市场专员', 2],
    ['市场调研专员', 2],
    ['品牌推广专员', 1],
    ['渠道拓展专员', 1],
  ],
  sales: [
    ['销售代表', 5],
    ['高级销售代表', 2],
    ['大客户经理', 2],
    ['销售助理', 1],
    ['合同管理专员', 1],
  ],
  service: [
    ['客服专员', 5],
    ['高级客服专员', 2],
    ['客户回访专员', 2],
    ['订单跟进专员', 1],
    ['客服数据分析专员', 1],
  ],
};

/** Deputy managers and the groups in their charge (分管). */
const DEPUTIES: readonly { username: string; charge: readonly BuiltinGroup[] }[] = [
  { username: 'deputy1', charge: ['market', 'sales'] },
  { username: 'deputy2', charge: ['service'] },
];

const LEAD_USERNAMES: Record<BuiltinGroup, string> = {
  market: 'lead.market',
  sales: 'lead.sales',
  service: 'lead.service',
};

/** How many days before today the department was set up in the app. */
export const SETUP_DAYS_AGO = 390;

/** Staff logins: which group, which position (the documented staff accounts). */
const STAFF_LOGINS: readonly { username: string; group: BuiltinGroup; position: string }[] = [
  { username: 'staff1', group: 'sales', position: '销售代表' },
  { username: 'staff2', group: 'service', position: '客服专员' },
];

type StaffFields = ChannelInput<'org.staff.create'>;

type Rank = 'manager' | 'deputy' | 'lead' | 'member';

interface Planned extends Identity {
  rank: Rank;
  group: BuiltinGroup | null;
  position: string;
  hireDate: string;
  employeeNo: string;
  /** Status after the history is written: people are hired active, some later go on leave or leave. */
  finalStatus: StaffStatus;
  login: { username: string; role: Role } | null;
  charge: readonly BuiltinGroup[];
  staffId: string | null;
}

function membersPerGroup(scale: number): Record<BuiltinGroup, number> {
  const out = {} as Record<BuiltinGroup, number>;
  for (const g of BUILTIN_GROUPS)
    out[g] = Math.min(MAX_MEMBERS_PER_GROUP, Math.max(1, Math.round(MEMBERS_AT_SCALE_1[g] * scale)));
  return out;
}

/** Who is on leave and who has left: at scale 1 one sales and one service member on leave, one market member gone. */
function statusCounts(group: BuiltinGroup, members: number): { onLeave: number; left: number } {
  const onLeave = Math.round(members * 0.05);
  const left = Math.round(members * 0.04);
  return {
    onLeave: group === 'market' ? onLeave : Math.max(1, onLeave),
    left: group === 'market' ? Math.max(1, left) : left,
  };
}

function plan(ctx: SampleContext): Planned[] {
  const { rng } = ctx;
  const people = createPeopleFactory(rng, ctx.today);
  const planned: Planned[] = [];
  const add = (
    p: Omit<Planned, keyof Identity | 'employeeNo' | 'staffId' | 'finalStatus'> & {
      finalStatus?: StaffStatus;
    },
  ) => planned.push({ ...people.person(), employeeNo: '', staffId: null, finalStatus: 'active', ...p });

  add({
    rank: 'manager',
    group: null,
    position: '部门经理',
    hireDate: people.hireDate(8, 8.5),
    login: { username: 'manager', role: 'manager' },
    charge: [],
  });
  for (const d of DEPUTIES) {
    add({
      rank: 'deputy',
      group: null,
      position: '副经理',
      hireDate: people.hireDate(5, 8),
      login: { username: d.username, role: 'deputy' },
      charge: d.charge,
    });
  }
  const counts = membersPerGroup(ctx.scale);
  for (const g of BUILTIN_GROUPS) {
    add({
      rank: 'lead',
      group: g,
      position: LEAD_POSITION[g],
      hireDate: people.hireDate(3, 7.5),
      login: { username: LEAD_USERNAMES[g], role: 'group_lead' },
      charge: [],
    });
    const logins = STAFF_LOGINS.filter((s) => s.group === g);
    const members: Planned[] = [];
    for (let i = 0; i < counts[g]; i++) {
      const login = logins[i];
      members.push({
        ...people.person(),
        rank: 'member',
        group: g,
        position: login ? login.position : rng.weighted(POSITIONS[g]),
        // Skewed towards recent hires: a department grows and turns over.
        hireDate: people.hireDate(0.1, 7.5, 1.4),
        employeeNo: '',
        finalStatus: 'active',
        login: login ? { username: login.username, role: 'staff' } : null,
        charge: [],
        staffId: null,
      });
    }
    const { onLeave, left } = statusCounts(g, members.length);
    const candidates = rng.shuffle(members.filter((m) => !m.login));
    candidates.slice(0, left).forEach((m) => (m.finalStatus = 'left'));
    candidates.slice(left, left + onLeave).forEach((m) => (m.finalStatus = 'on_leave'));
    planned.push(...members);
  }

  // Employee numbers follow hiring order across the whole department: YW001 joined first.
  const width = Math.max(3, String(planned.length).length);
  const byHire = planned
    .map((p, i) => ({ p, i }))
    .sort((a, b) => a.p.hireDate.localeCompare(b.p.hireDate) || a.i - b.i);
  byHire.forEach(({ p }, n) => (p.employeeNo = `${EMPLOYEE_PREFIX}${String(n + 1).padStart(width, '0')}`));
  return planned;
}

export const orgSample: SampleDomain = {
  name: 'org',
  async generate(ctx) {
    const planned = plan(ctx);
    const { rng, time } = ctx;
    // The manager sets the department up on arrival and goes on entering people one after another.
    let clock = time.later(time.arrival(rng, SETUP_DAYS_AGO), rng.int(10, 40));
    const next = (minMinutes: number, maxMinutes: number): Date => {
      clock = time.later(clock, rng.int(minMinutes, maxMinutes));
      time.at(clock);
      return clock;
    };
    const entered = new Map<Planned, Date>();
    time.at(clock);
    const manager = planned.find((p) => p.rank === 'manager')!;
    const deputies = planned.filter((p) => p.rank === 'deputy');
    const leads = new Map(planned.filter((p) => p.rank === 'lead').map((p) => [p.group!, p]));
    // Members join in hiring order, as they would have been entered over the years.
    const members = planned
      .filter((p) => p.rank === 'member')
      .sort((a, b) => a.employeeNo.localeCompare(b.employeeNo));

    // The department, its three groups and the manager's account: first-run setup.
    const me = await ctx.call(
      'auth.setup',
      {
        departmentName: DEPARTMENT_NAME,
        managerName: manager.name,
        employeeNo: manager.employeeNo,
        username: 'manager',
        password: DEMO_PASSWORD,
      },
      ctx.manager,
    );
    manager.staffId = me.staffId;
    const groupList = await ctx.call('org.groups.list', { includeInactive: false });
    const groupOf = (g: BuiltinGroup): Group => {
      const found = groupList.find((x) => x.builtin === g);
      if (!found) throw new Error(`setup did not create the ${g} group`);
      return found;
    };
    const groupIds = Object.fromEntries(BUILTIN_GROUPS.map((g) => [g, groupOf(g).id])) as Record<
      BuiltinGroup,
      string
    >;

    const staffInput = (p: Planned, supervisorId: string | null): StaffFields => ({
      employeeNo: p.employeeNo,
      name: p.name,
      position: p.position,
      groupId: p.group ? groupIds[p.group] : null,
      supervisorId,
      hireDate: p.hireDate,
      status: 'active',
      phone: p.phone,
      email: p.email,
      chargeGroupIds: p.charge.map((g) => groupIds[g]),
    });
    const update = async (staff: Staff, changes: Partial<StaffFields>): Promise<Staff> =>
      ctx.call('org.staff.update', {
        id: staff.id,
        version: staff.version,
        employeeNo: staff.employeeNo,
        name: staff.name,
        position: staff.position,
        groupId: staff.groupId,
        supervisorId: staff.supervisorId,
        hireDate: staff.hireDate,
        status: staff.status,
        phone: staff.phone,
        email: staff.email,
        chargeGroupIds: staff.chargeGroupIds,
        ...changes,
      });

    // Setup knows only the manager's name and number; the rest of the record is filled in like any edit.
    const managerStaff = await ctx.call('org.staff.get', { id: me.staffId });
    entered.set(manager, clock);
    next(2, 6);
    await update(managerStaff, {
      position: manager.position,
      hireDate: manager.hireDate,
      phone: manager.phone,
      email: manager.email,
    });

    for (const d of deputies) {
      entered.set(d, next(1, 4));
      d.staffId = (await ctx.call('org.staff.create', staffInput(d, manager.staffId))).id;
    }
    const deputyFor = (g: BuiltinGroup) => deputies.find((d) => d.charge.includes(g))!;
    for (const g of BUILTIN_GROUPS) {
      const lead = leads.get(g)!;
      entered.set(lead, next(1, 4));
      lead.staffId = (await ctx.call('org.staff.create', staffInput(lead, deputyFor(g).staffId))).id;
      next(1, 2);
      const group = groupOf(g);
      await ctx.call('org.groups.update', {
        id: group.id,
        version: group.version,
        name: group.name,
        nameEn: group.nameEn,
        leadStaffId: lead.staffId,
        sortOrder: group.sortOrder,
        active: true,
      });
    }

    const created = new Map<Planned, Staff>();
    for (const [i, m] of members.entries()) {
      const hiredAgo = time.daysSince(m.hireDate);
      if (hiredAgo < SETUP_DAYS_AGO) {
        const firstDay = time.workMoment(rng, hiredAgo);
        if (firstDay > clock) clock = firstDay;
      }
      entered.set(m, next(1, 4));
      const staff = await ctx.call('org.staff.create', staffInput(m, leads.get(m.group!)!.staffId));
      m.staffId = staff.id;
      if (m.finalStatus !== 'active') created.set(m, staff);
      if ((i + 1) % 500 === 0) ctx.progress(`org: ${i + 1} / ${members.length} staff`);
    }
    // Later in their history: some go on leave, some leave the company.
    for (const [m, staff] of created) {
      const inPost = time.daysSince(time.dateOf(entered.get(m)!));
      time.at(time.workMoment(rng, rng.int(3, Math.max(3, Math.min(150, inPost - 1)))));
      await update(staff, { status: m.finalStatus });
    }

    // Accounts for the documented logins. An account the manager creates on the Accounts screen must change its
    // password at first login; the demo's users are past that, so their accounts are written through the org
    // service with no forced change — same validation (the channel's schema), same rules and audit row, acting
    // as the manager. All of them have the one documented password, so they share the manager's stored hash
    // (OWASP strength, made once at set-up) instead of hashing it again per account: equal hashes tell only
    // that the passwords are equal, which the README says anyway, and every login still verifies at full cost.
    // Hashing them side by side instead gains nothing on two busy cores (scrypt at N=2^17 is memory-bound).
    const withLogin = planned.filter((p) => p.login && p.rank !== 'manager');
    if (
      !ctx.manager.user ||
      !roleMay(ctx.manager.user.role, channels['accounts.create'].access as Permission)
    ) {
      throw new Error('the sample accounts must be created by a user allowed to manage accounts');
    }
    // Every demo account has the documented password: the manager's stored hash serves them all (equal hashes
    // only tell that the passwords are equal, which the README says anyway); every login still checks it at
    // full strength.
    const passwordHash = userByUsername(ctx.core.context(), 'manager')?.password_hash;
    if (!passwordHash) throw new Error('set-up did not create the manager account');
    const accounts: OrgIds['accounts'] = { manager: { userId: me.userId, staffId: me.staffId } };
    // The day after set-up, or shortly after a later hire's first morning: in the order they were entered.
    clock = time.workMoment(rng, SETUP_DAYS_AGO - 1);
    const byEntry = [...withLogin].sort((a, b) => entered.get(a)!.getTime() - entered.get(b)!.getTime());
    for (const p of byEntry) {
      const hired = time.later(entered.get(p)!, rng.int(20, 90));
      if (hired > clock) clock = hired;
      next(1, 3);
      const { password: _checked, ...input } = channels['accounts.create'].input.parse({
        staffId: p.staffId,
        username: p.login!.username,
        password: DEMO_PASSWORD,
        role: p.login!.role,
      });
      const account = mutate(ctx.core.context(ctx.manager), (m) =>
        insertAccount(m, { ...input, passwordHash, mustChangePassword: false }),
      );
      accounts[p.login!.username] = { userId: account.id, staffId: p.staffId! };
    }

    // Their latest sign-in (what the Accounts screen shows): leads and staff mostly this morning, deputies
    // within the last few working days. The sessions stay open for the later domains' records.
    ctx.progress(`org: ${withLogin.length} sign-ins (verifying passwords at full strength)`);
    for (const p of withLogin) {
      const daysAgo =
        p.rank === 'deputy'
          ? rng.int(0, 4)
          : rng.weighted([
              [0, 6],
              [1, 3],
              [3, 1],
            ] as const);
      time.at(time.arrival(rng, daysAgo));
      await ctx.sessionFor(p.login!.username);
    }

    const inGroup = (g: BuiltinGroup, activeOnly: boolean) => {
      const lead = leads.get(g)!;
      const ms = members.filter((m) => m.group === g && (!activeOnly || m.finalStatus === 'active'));
      return [lead.staffId!, ...ms.map((m) => m.staffId!)];
    };
    ctx.ids.org = {
      groups: groupIds,
      managerStaffId: me.staffId,
      deputyStaffIds: deputies.map((d) => d.staffId!),
      leadStaffIds: Object.fromEntries(BUILTIN_GROUPS.map((g) => [g, leads.get(g)!.staffId!])) as Record<
        BuiltinGroup,
        string
      >,
      staffByGroup: Object.fromEntries(BUILTIN_GROUPS.map((g) => [g, inGroup(g, false)])) as Record<
        BuiltinGroup,
        string[]
      >,
      activeStaffByGroup: Object.fromEntries(BUILTIN_GROUPS.map((g) => [g, inGroup(g, true)])) as Record<
        BuiltinGroup,
        string[]
      >,
      accounts,
    };

    const loginOrder = ['manager', 'deputy', 'lead', 'member'];
    const withLogins = planned
      .filter((x) => x.login)
      .sort((a, b) => loginOrder.indexOf(a.rank) - loginOrder.indexOf(b.rank));
    for (const p of withLogins) {
      const group = p.group ? groupOf(p.group) : null;
      ctx.logins.push({
        username: p.login!.username,
        password: DEMO_PASSWORD,
        role: p.login!.role,
        name: p.name,
        employeeNo: p.employeeNo,
        position: p.position,
        group: group ? { name: group.name, nameEn: group.nameEn } : null,
      });
    }
    ctx.counts.groups = BUILTIN_GROUPS.length;
    ctx.counts.staff = planned.length;
    ctx.counts['staff.onLeave'] = planned.filter((p) => p.finalStatus === 'on_leave').length;
    ctx.counts['staff.left'] = planned.filter((p) => p.finalStatus === 'left').length;
    ctx.counts.accounts = withLogin.length + 1;
  },
};
