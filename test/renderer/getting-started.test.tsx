import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { HomeSummary } from '../../src/shared/home/types';
import { useHome } from '../../src/renderer/src/stores/homeStore';
import { LOGGED_IN, resetClientScreens } from './clientsFakes';
import { MANAGER_USER, fakeMain, ok } from './fakeTransport';
import { renderApp } from './renderApp';

/** Home's figures for a manager: only what the getting-started card reads is filled in. */
const summaryOf = (o: { staff: number; accounts: number; leads: boolean; clients: number }): HomeSummary => ({
  clients: null,
  accounts: [],
  backups: null,
  org: null,
  service: null,
  kriWarnings: null,
  setup: {
    people: o.staff,
    groups: 1,
    groupsWithLead: o.leads ? 1 : 0,
    activeAccounts: o.accounts,
    clients: o.clients,
  },
});

describe('getting started on Home', { timeout: 40_000 }, () => {
  beforeEach(() => {
    localStorage.clear();
    useHome.setState(useHome.getInitialState(), true);
    resetClientScreens('#/home');
  });

  function department(o: { staff: number; accounts: number; leads: boolean; clients: number }) {
    fakeMain({
      ...LOGGED_IN,
      'home.summary': () => ok(summaryOf(o)),
      'todo.list': () => ok({ items: [], total: 0, urgentByNavPath: {} }),
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
    await waitFor(() => expect(useHome.getState().summary).not.toBeNull());
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
    await waitFor(() => expect(useHome.getState().summary).not.toBeNull());
    expect(screen.queryByTestId('getting-started')).toBeNull();
  });

  it('is not shown to anyone but the manager', async () => {
    department({ staff: 1, accounts: 1, leads: false, clients: 0 });
    // Main gives a deputy no set-up figures (home.summary's parts follow the permission of their screens).
    fakeMain({
      ...LOGGED_IN,
      'auth.me': () => ok({ ...MANAGER_USER, role: 'deputy' as const }),
      'home.summary': () =>
        ok({ ...summaryOf({ staff: 1, accounts: 1, leads: false, clients: 0 }), setup: null }),
      'todo.list': () => ok({ items: [], total: 0, urgentByNavPath: {} }),
    });
    renderApp('zh-CN');
    await screen.findByText('您好，王经理', {}, { timeout: 10_000 });
    await waitFor(() => expect(useHome.getState().summary).not.toBeNull());
    expect(screen.queryByTestId('getting-started')).toBeNull();
  });
});
