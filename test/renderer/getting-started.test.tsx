import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Group, OrgOverview } from '../../src/shared/org/types';
import { useOrg } from '../../src/renderer/src/stores/orgStore';
import { LOGGED_IN, aPage, resetClientScreens } from './clientsFakes';
import { MANAGER_USER, fakeMain, ok } from './fakeTransport';
import { renderApp } from './renderApp';

const aGroup = (n: number, leadStaffId: string | null): Group => ({
  id: `0190a0a0-0000-7000-8000-00000000010${n}`,
  name: `第${n}组`,
  nameEn: `Group ${n}`,
  builtin: null,
  leadStaffId,
  leadName: leadStaffId ? '李娜' : null,
  active: true,
  sortOrder: n,
  activeStaffCount: leadStaffId ? 1 : 0,
  version: 1,
});

const overviewOf = (totalStaff: number, activeAccounts: number): OrgOverview => ({
  departmentName: '业务部',
  totalStaff,
  byGroup: [],
  accounts: {
    active: activeAccounts,
    locked: 0,
    inactive: 0,
    byRole: { manager: 1, deputy: 0, group_lead: 0, staff: activeAccounts - 1 },
  },
});

describe('getting started on Home', { timeout: 40_000 }, () => {
  beforeEach(() => {
    localStorage.clear();
    useOrg.setState(useOrg.getInitialState(), true);
    resetClientScreens('#/home');
  });

  function department(o: { staff: number; accounts: number; leads: boolean; clients: number }) {
    const group = aGroup(1, o.leads ? '0190a0a0-0000-7000-8000-000000000201' : null);
    fakeMain({
      ...LOGGED_IN,
      'org.groups.list': () => ok([group]),
      'org.overview': () => ok(overviewOf(o.staff, o.accounts)),
      'clients.list': () => ok(aPage([], o.clients)),
      'accounts.list': () => ok([]),
      'followups.list': () => ok([]),
      'backup.list': () => ok([]),
    });
  }

  it("shows a new department's manager each step, linked to its screen, done ones ticked", async () => {
    department({ staff: 5, accounts: 1, leads: false, clients: 0 });
    renderApp('zh-CN');
    const card = await screen.findByTestId('getting-started', {}, { timeout: 10_000 });
    const done = (key: string) => within(card).getByTestId(`start-${key}`).getAttribute('data-done');
    expect(done('staff')).toBe('true');
    expect(done('groups')).toBe('false');
    expect(done('accounts')).toBe('false');
    expect(done('clients')).toBe('false');
    expect(within(card).getByText('已完成 1/4')).toBeInTheDocument();

    await userEvent.click(within(within(card).getByTestId('start-accounts')).getByRole('button'));
    await waitFor(() => expect(window.location.hash).toBe('#/org/accounts'));
  });

  it('is gone once every step is done', async () => {
    department({ staff: 5, accounts: 3, leads: true, clients: 12 });
    renderApp('zh-CN');
    await screen.findByText('您好，王经理', {}, { timeout: 10_000 });
    await waitFor(() => expect(useOrg.getState().overview).not.toBeNull());
    expect(screen.queryByTestId('getting-started')).toBeNull();
  });

  it('stays away once dismissed', async () => {
    department({ staff: 1, accounts: 1, leads: false, clients: 0 });
    const first = renderApp('en-US');
    const card = await screen.findByTestId('getting-started', {}, { timeout: 10_000 });
    expect(within(card).getByText('0 of 4 done')).toBeInTheDocument();
    await userEvent.click(within(card).getByTestId('getting-started-dismiss'));
    expect(screen.queryByTestId('getting-started')).toBeNull();
    first.unmount();

    renderApp('en-US');
    await screen.findByText('Hello, 王经理', {}, { timeout: 10_000 });
    await waitFor(() => expect(useOrg.getState().overview).not.toBeNull());
    expect(screen.queryByTestId('getting-started')).toBeNull();
  });

  it('is not shown to anyone but the manager', async () => {
    department({ staff: 1, accounts: 1, leads: false, clients: 0 });
    fakeMain({
      ...LOGGED_IN,
      'auth.me': () => ok({ ...MANAGER_USER, role: 'deputy' as const }),
      'org.groups.list': () => ok([aGroup(1, null)]),
      'org.overview': () => ok(overviewOf(1, 1)),
      'clients.list': () => ok(aPage([], 0)),
      'followups.list': () => ok([]),
    });
    renderApp('zh-CN');
    await screen.findByText('您好，王经理', {}, { timeout: 10_000 });
    await waitFor(() => expect(useOrg.getState().overview).not.toBeNull());
    expect(screen.queryByTestId('getting-started')).toBeNull();
  });
});
