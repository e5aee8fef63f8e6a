import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core/createCore';
import type { Session } from '../../../src/main/core/session';
import type { Result } from '../../../src/shared/contract/errors';
import type { Staff } from '../../../src/shared/org/types';
import { MANAGER, makeCore, setUpDepartment, unwrap } from '../../support/core';

let core: Core;
let manager: Session;
let groups: Record<string, string>;

beforeEach(async () => {
  core = await makeCore();
  ({ manager, groups } = await setUpDepartment(core));
});

afterEach(async () => {
  await core.close();
});

const errorOf = <T>(r: Result<T>) => (r.ok ? null : r.error);

/** The update input for a staff record as read, with changes. */
function edit(s: Staff, changes: Partial<Staff> = {}) {
  const v = { ...s, ...changes };
  return {
    id: v.id,
    version: v.version,
    employeeNo: v.employeeNo,
    name: v.name,
    position: v.position,
    groupId: v.groupId,
    supervisorId: v.supervisorId,
    hireDate: v.hireDate,
    status: v.status,
    phone: v.phone,
    email: v.email,
    chargeGroupIds: v.chargeGroupIds,
  };
}

const get = async (id: string) => unwrap(await core.call('org.staff.get', { id }, manager));
const createStaff = async (
  employeeNo: string,
  name: string,
  extra: { groupId?: string | null; supervisorId?: string | null; chargeGroupIds?: string[] } = {},
) => unwrap(await core.call('org.staff.create', { employeeNo, name, ...extra }, manager));

describe('the rulebook organisation', () => {
  it('setup creates the three rulebook groups, with Chinese and English names', async () => {
    const list = unwrap(await core.call('org.groups.list', {}, manager));
    expect(list.map((g) => [g.builtin, g.name, g.nameEn])).toEqual([
      ['market', '市场拓展组', 'Market Expansion'],
      ['sales', '销售组', 'Sales'],
      ['service', '客户服务组', 'Customer Service'],
    ]);
    expect(list.every((g) => g.active && g.activeStaffCount === 0 && g.version === 1)).toBe(true);
  });

  it('a new group and two people are created and read back', async () => {
    const g = unwrap(
      await core.call(
        'org.groups.create',
        { name: '大客户组', nameEn: 'Key Accounts', sortOrder: 40 },
        manager,
      ),
    );
    expect(g).toMatchObject({
      name: '大客户组',
      nameEn: 'Key Accounts',
      builtin: null,
      active: true,
      sortOrder: 40,
      activeStaffCount: 0,
      version: 1,
    });
    const a = await createStaff('S001', '张三', { groupId: g.id });
    const b = await createStaff('S002', '李四', { groupId: g.id, supervisorId: a.id });
    expect(b).toMatchObject({
      groupId: g.id,
      groupName: '大客户组',
      groupNameEn: 'Key Accounts',
      supervisorId: a.id,
      supervisorName: '张三',
      status: 'active',
      version: 1,
    });
    expect(
      unwrap(await core.call('org.groups.list', {}, manager)).find((x) => x.id === g.id)?.activeStaffCount,
    ).toBe(2);
    expect(unwrap(await core.call('org.staff.list', { groupId: g.id }, manager)).map((s) => s.name)).toEqual([
      '张三',
      '李四',
    ]);
  });

  it('employee numbers and group names are unique', async () => {
    await createStaff('S001', '张三');
    expect(
      errorOf(await core.call('org.staff.create', { employeeNo: 'S001', name: '另一个张三' }, manager)),
    ).toMatchObject({
      code: 'DUPLICATE',
      fields: { employeeNo: { key: 'validation.duplicate' } },
    });
    // Employee numbers are compared without regard to case.
    expect(
      errorOf(await core.call('org.staff.create', { employeeNo: 's001', name: '小写' }, manager))?.code,
    ).toBe('DUPLICATE');
    const b = await createStaff('S002', '李四');
    expect(
      errorOf(await core.call('org.staff.update', edit(b, { employeeNo: 'S001' }), manager)),
    ).toMatchObject({
      code: 'DUPLICATE',
      fields: { employeeNo: {} },
    });

    expect(errorOf(await core.call('org.groups.create', { name: '销售组' }, manager))).toMatchObject({
      code: 'DUPLICATE',
      fields: { name: {} },
    });
    const g = unwrap(await core.call('org.groups.create', { name: '新组' }, manager));
    expect(
      errorOf(
        await core.call('org.groups.update', { id: g.id, version: g.version, name: '客户服务组' }, manager),
      )?.code,
    ).toBe('DUPLICATE');
  });

  it('nobody is their own supervisor, and reporting lines never loop', async () => {
    const a = await createStaff('S001', '甲');
    const b = await createStaff('S002', '乙', { supervisorId: a.id });
    const c = await createStaff('S003', '丙', { supervisorId: b.id });

    expect(
      errorOf(await core.call('org.staff.update', edit(a, { supervisorId: a.id }), manager)),
    ).toMatchObject({
      code: 'VALIDATION',
      fields: { supervisorId: { key: 'validation.selfSupervisor' } },
    });
    // a → c would close the loop a ← b ← c.
    expect(
      errorOf(await core.call('org.staff.update', edit(await get(a.id), { supervisorId: c.id }), manager)),
    ).toMatchObject({
      code: 'VALIDATION',
      fields: { supervisorId: { key: 'validation.supervisorCycle' } },
    });
    expect(
      errorOf(await core.call('org.staff.update', edit(await get(b.id), { supervisorId: c.id }), manager)),
    ).toMatchObject({
      fields: { supervisorId: { key: 'validation.supervisorCycle' } },
    });
    expect((await get(a.id)).supervisorId).toBeNull();
    expect((await get(b.id)).supervisorId).toBe(a.id);
    // A supervisor that does not exist is refused on the field too.
    expect(
      errorOf(
        await core.call(
          'org.staff.create',
          { employeeNo: 'S004', name: '丁', supervisorId: '01900000-0000-7000-8000-000000000000' },
          manager,
        ),
      ),
    ).toMatchObject({
      code: 'VALIDATION',
      fields: { supervisorId: { key: 'validation.notFound' } },
    });
  });

  it("a deputy's groups in charge are saved and returned, also in the deputy's session", async () => {
    const d = await createStaff('D001', '赵副经理', { chargeGroupIds: [groups.sales!, groups.market!] });
    expect(d.chargeGroupIds).toEqual([groups.sales!, groups.market!].sort());
    const updated = unwrap(
      await core.call('org.staff.update', edit(d, { chargeGroupIds: [groups.service!] }), manager),
    );
    expect(updated.chargeGroupIds).toEqual([groups.service!]);
    expect((await get(d.id)).chargeGroupIds).toEqual([groups.service!]);

    unwrap(
      await core.call(
        'accounts.create',
        { staffId: d.id, username: 'zhao', password: 'Deputy#2026', role: 'deputy' },
        manager,
      ),
    );
    const session = core.sessions.create();
    const user = unwrap(
      await core.call('auth.login', { username: 'zhao', password: 'Deputy#2026' }, session),
    );
    expect(user.role).toBe('deputy');
    expect(user.chargeGroupIds).toEqual([groups.service!]);
  });

  it('a group with current members cannot be deactivated; once empty it can', async () => {
    const g = unwrap(await core.call('org.groups.create', { name: '临时组' }, manager));
    const s = await createStaff('S001', '钱', { groupId: g.id });
    expect(
      errorOf(
        await core.call(
          'org.groups.update',
          { id: g.id, version: g.version, name: g.name, active: false },
          manager,
        ),
      ),
    ).toMatchObject({
      code: 'VALIDATION',
      fields: { active: { key: 'validation.groupHasStaff' } },
    });
    expect(unwrap(await core.call('org.groups.list', {}, manager)).some((x) => x.id === g.id)).toBe(true);

    unwrap(await core.call('org.staff.update', edit(s, { groupId: groups.sales! }), manager));
    const off = unwrap(
      await core.call(
        'org.groups.update',
        { id: g.id, version: g.version, name: g.name, active: false },
        manager,
      ),
    );
    expect(off.active).toBe(false);
    expect(unwrap(await core.call('org.groups.list', {}, manager)).some((x) => x.id === g.id)).toBe(false);
    expect(
      unwrap(await core.call('org.groups.list', { includeInactive: true }, manager)).find(
        (x) => x.id === g.id,
      )?.active,
    ).toBe(false);
  });

  it('someone who leaves keeps their record, is listed under "left", and their account is closed', async () => {
    const s = await createStaff('S001', '孙', { groupId: groups.sales! });
    const account = unwrap(
      await core.call(
        'accounts.create',
        { staffId: s.id, username: 'sun', password: 'Leaver#2026', role: 'staff' },
        manager,
      ),
    );
    const session = core.sessions.create();
    unwrap(await core.call('auth.login', { username: 'sun', password: 'Leaver#2026' }, session));

    const left = unwrap(await core.call('org.staff.update', edit(s, { status: 'left' }), manager));
    expect(left).toMatchObject({ id: s.id, name: '孙', status: 'left', groupId: groups.sales! });
    expect(left.account).toMatchObject({ userId: account.id, active: false });
    expect(unwrap(await core.call('org.staff.list', { status: 'left' }, manager)).map((x) => x.id)).toEqual([
      s.id,
    ]);
    expect(
      unwrap(await core.call('org.staff.list', { status: 'active' }, manager)).some((x) => x.id === s.id),
    ).toBe(false);
    expect(
      unwrap(await core.call('org.groups.list', {}, manager)).find((g) => g.id === groups.sales)
        ?.activeStaffCount,
    ).toBe(0);

    expect(
      errorOf(
        await core.call('auth.login', { username: 'sun', password: 'Leaver#2026' }, core.sessions.create()),
      )?.code,
    ).toBe('ACCOUNT_DISABLED');
    expect(errorOf(await core.call('org.overview', {}, session))?.code).toBe('UNAUTHENTICATED');
    const acc = unwrap(await core.call('accounts.list', {}, manager)).find((a) => a.id === account.id)!;
    expect(acc.active).toBe(false);
    // Re-opening the account of someone who has left is refused.
    expect(
      errorOf(
        await core.call(
          'accounts.update',
          { id: acc.id, version: acc.version, role: 'staff', active: true },
          manager,
        ),
      ),
    ).toMatchObject({
      code: 'VALIDATION',
      fields: { active: { key: 'validation.staffLeft' } },
    });
  });

  it('the last active manager can be neither demoted, deactivated nor marked as left', async () => {
    const me = unwrap(await core.call('accounts.list', {}, manager)).find(
      (a) => a.username === MANAGER.username,
    )!;
    expect(
      errorOf(
        await core.call(
          'accounts.update',
          { id: me.id, version: me.version, role: 'deputy', active: true },
          manager,
        ),
      ),
    ).toMatchObject({
      code: 'VALIDATION',
      fields: { role: { key: 'validation.lastManager' } },
    });
    expect(
      errorOf(
        await core.call(
          'accounts.update',
          { id: me.id, version: me.version, role: 'manager', active: false },
          manager,
        ),
      ),
    ).toMatchObject({
      code: 'VALIDATION',
      fields: { active: { key: 'validation.lastManager' } },
    });
    const staff = await get(me.staffId);
    expect(
      errorOf(await core.call('org.staff.update', edit(staff, { status: 'left' }), manager)),
    ).toMatchObject({
      code: 'VALIDATION',
      fields: { status: { key: 'validation.lastManager' } },
    });
    expect((await get(me.staffId)).status).toBe('active');
    expect(unwrap(await core.call('accounts.list', {}, manager)).find((a) => a.id === me.id)).toMatchObject({
      role: 'manager',
      active: true,
      version: me.version,
    });

    // With a second manager, the first may step down.
    const other = await createStaff('M002', '周经理');
    unwrap(
      await core.call(
        'accounts.create',
        { staffId: other.id, username: 'zhou', password: 'Manager#2027', role: 'manager' },
        manager,
      ),
    );
    const demoted = unwrap(
      await core.call(
        'accounts.update',
        { id: me.id, version: me.version, role: 'deputy', active: true },
        manager,
      ),
    );
    expect(demoted.role).toBe('deputy');
  });

  it('phone numbers and email addresses are checked', async () => {
    for (const phone of ['12345', '1234567890a', '12812345678', '+86 138 1234 567a']) {
      expect(
        errorOf(await core.call('org.staff.create', { employeeNo: 'P001', name: '电话', phone }, manager)),
        phone,
      ).toMatchObject({
        code: 'VALIDATION',
        fields: { phone: { key: 'validation.phone' } },
      });
    }
    for (const email of ['not-an-email', 'a@', '@example.com', 'a b@example.com']) {
      expect(
        errorOf(await core.call('org.staff.create', { employeeNo: 'P001', name: '邮件', email }, manager)),
        email,
      ).toMatchObject({
        code: 'VALIDATION',
        fields: { email: { key: 'validation.email' } },
      });
    }
    const ok = [
      { phone: '13812345678', email: 'zhang.san@example.com' },
      { phone: '+44 20 7946 0958', email: 'ops+roster@example.co.uk' },
      { phone: '138-1234-5678', email: '' },
    ];
    let n = 0;
    for (const c of ok) {
      n++;
      const s = unwrap(
        await core.call('org.staff.create', { employeeNo: `P00${n}`, name: `联系${n}`, ...c }, manager),
      );
      expect(s.phone).toBe(c.phone);
      expect(s.email).toBe(c.email === '' ? null : c.email);
    }
  });

  it('the overview counts people by group and accounts by role', async () => {
    const a = await createStaff('S001', '甲', { groupId: groups.sales! });
    await createStaff('S002', '乙', { groupId: groups.sales! });
    const c = await createStaff('S003', '丙', { groupId: groups.service! });
    const d = await createStaff('S004', '丁', { groupId: groups.service! });
    await createStaff('S005', '戊');
    unwrap(await core.call('org.staff.update', edit(c, { status: 'on_leave' }), manager));
    unwrap(await core.call('org.staff.update', edit(d, { status: 'left' }), manager));
    unwrap(
      await core.call(
        'accounts.create',
        { staffId: a.id, username: 'jia', password: 'Lead#2026ab', role: 'group_lead' },
        manager,
      ),
    );

    const o = unwrap(await core.call('org.overview', {}, manager));
    expect(o.departmentName).toBe('业务部');
    // The manager (no group), 甲 乙 in sales, 丙 on leave in service, 戊 without group; 丁 has left.
    expect(o.totalStaff).toBe(5);
    const by = Object.fromEntries(
      o.byGroup.map((g) => [
        g.groupId ?? 'none',
        { name: g.name, nameEn: g.nameEn, active: g.active, onLeave: g.onLeave },
      ]),
    );
    expect(by[groups.sales!]).toEqual({ name: '销售组', nameEn: 'Sales', active: 2, onLeave: 0 });
    expect(by[groups.service!]).toEqual({
      name: '客户服务组',
      nameEn: 'Customer Service',
      active: 0,
      onLeave: 1,
    });
    expect(by.none).toEqual({ name: null, nameEn: null, active: 2, onLeave: 0 });
    // An empty group is listed with zeros.
    expect(by[groups.market!]).toEqual({
      name: '市场拓展组',
      nameEn: 'Market Expansion',
      active: 0,
      onLeave: 0,
    });
    expect(o.accounts).toEqual({
      active: 2,
      locked: 0,
      inactive: 0,
      byRole: { manager: 1, deputy: 0, group_lead: 1, staff: 0 },
    });
  });
});
