import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { SessionUser } from '../../src/shared/auth/types';
import type { Group, Staff } from '../../src/shared/org/types';
import { useOrg } from '../../src/renderer/src/stores/orgStore';
import { LOGGED_IN, resetClientScreens } from './clientsFakes';
import { MANAGER_USER, fakeMain, ok } from './fakeTransport';
import { renderApp } from './renderApp';

const SALES: Group = {
  id: '0190a0a0-0000-7000-8000-0000000000a1',
  name: '销售组',
  nameEn: 'Sales',
  builtin: 'sales',
  leadStaffId: null,
  leadName: null,
  sortOrder: 2,
  active: true,
  activeStaffCount: 1,
  version: 1,
};

function aPerson(over: Partial<Staff>): Staff {
  return {
    id: '0190a0a0-0000-7000-8000-000000000101',
    employeeNo: 'YW012',
    name: '魏彤倩',
    position: '销售代表',
    groupId: SALES.id,
    groupName: SALES.name,
    groupNameEn: SALES.nameEn,
    supervisorId: null,
    supervisorName: '罗金婧',
    hireDate: '2022-06-24',
    status: 'active',
    phone: '13812345678',
    email: 'wei.tongqian@bizops.example',
    chargeGroupIds: [],
    account: { userId: 'u1', username: 'staff1', role: 'staff', active: true },
    createdAt: '2025-11-04T01:00:00.000Z',
    updatedAt: '2025-11-04T01:00:00.000Z',
    version: 1,
    ...over,
  };
}

const MEMBER = aPerson({});
const DEPUTY = aPerson({
  id: '0190a0a0-0000-7000-8000-000000000102',
  employeeNo: 'YW003',
  name: '谢娟乐',
  position: '副经理',
  groupId: null,
  groupName: null,
  groupNameEn: null,
  supervisorName: '钱鑫鹏',
  chargeGroupIds: [SALES.id],
  account: { userId: 'u2', username: 'deputy1', role: 'deputy', active: true },
});

function withStaff(user: SessionUser = MANAGER_USER) {
  fakeMain({
    ...LOGGED_IN,
    'auth.me': () => ok(user),
    'org.groups.list': () => ok([SALES]),
    'org.staff.list': () => ok([MEMBER, DEPUTY]),
  });
}

describe('a staff profile', { timeout: 40_000 }, () => {
  beforeEach(() => {
    useOrg.setState(useOrg.getInitialState(), true);
    resetClientScreens('#/org/staff');
  });

  it('opens as a record to read, with the deputy-only field only for a deputy; Edit leads to the form', async () => {
    withStaff();
    renderApp('zh-CN');
    await userEvent.click(await screen.findByText('魏彤倩', {}, { timeout: 10_000 }));
    const profile = await screen.findByTestId('staff-profile');
    for (const text of ['YW012', '销售代表', '销售组', '罗金婧', 'staff1', '员工', '在职', '13812345678'])
      expect(within(profile).getByText(text)).toBeInTheDocument();
    expect(within(profile).queryByText('分管小组')).toBeNull();
    expect(screen.queryByTestId('staff-form')).toBeNull();
    await userEvent.click(screen.getByTestId('staff-edit'));
    const form = await screen.findByTestId('staff-form');
    expect(form.querySelector('#staff-position')).toHaveValue('销售代表');
    expect(within(form).queryByText('分管小组')).toBeNull();
    expect(form.querySelector('#staff-chargeGroups')).toBeNull();
  });

  it("shows a deputy's groups in charge, and offers them in the deputy's form", async () => {
    withStaff();
    renderApp('zh-CN');
    await userEvent.click(await screen.findByText('谢娟乐', {}, { timeout: 10_000 }));
    const profile = await screen.findByTestId('staff-profile');
    expect(within(profile).getByText('分管小组')).toBeInTheDocument();
    expect(within(profile).getByText('销售组')).toBeInTheDocument();
    await userEvent.click(screen.getByTestId('staff-edit'));
    const form = await screen.findByTestId('staff-form');
    expect(within(form).getByText('分管小组')).toBeInTheDocument();
    expect(form.querySelector('#staff-chargeGroups')).not.toBeNull();
  });

  it('is read-only for someone who may not manage staff', async () => {
    withStaff({ ...MANAGER_USER, role: 'staff', displayName: '魏彤倩' });
    renderApp('en-US');
    await userEvent.click(await screen.findByText('谢娟乐', {}, { timeout: 10_000 }));
    const profile = await screen.findByTestId('staff-profile');
    expect(within(profile).getByText('Groups in charge')).toBeInTheDocument();
    expect(within(profile).getByText('Deputy manager')).toBeInTheDocument();
    expect(screen.queryByTestId('staff-edit')).toBeNull();
  });
});

describe('a client file the reader may not open', { timeout: 40_000 }, () => {
  it('says it was not found or is not theirs to see (main answers the same for both)', async () => {
    resetClientScreens('#/clients/0190a0a0-0000-7000-8000-000000000999');
    fakeMain({
      ...LOGGED_IN,
      'clients.get': () => ({ ok: false, error: { code: 'NOT_FOUND', message: 'client not found' } }),
    });
    renderApp('zh-CN');
    expect(
      await screen.findByText('找不到这份客户档案，或它不在您的查看范围内', {}, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(screen.queryByText(/不存在或已被删除/)).toBeNull();
  });
});
