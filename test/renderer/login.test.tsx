import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { MANAGER_USER, READY_STATUS, fakeMain, ok } from './fakeTransport';
import { renderApp } from './renderApp';

function loginScreenMain(
  login: (
    input: unknown,
  ) =>
    | ReturnType<typeof ok>
    | { ok: false; error: { code: 'BAD_CREDENTIALS'; message: string; params?: Record<string, number> } },
) {
  return fakeMain({
    'system.status': () => ok(READY_STATUS),
    'auth.setupStatus': () => ok({ needsSetup: false, departmentName: '业务部' }),
    'auth.me': () => ok(null),
    'auth.login': login,
    'org.overview': () =>
      ok({
        departmentName: '业务部',
        totalStaff: 1,
        byGroup: [],
        accounts: {
          active: 1,
          locked: 0,
          inactive: 0,
          byRole: { manager: 1, deputy: 0, group_lead: 0, staff: 0 },
        },
      }),
    'accounts.list': () => ok([]),
    'backup.list': () => ok([]),
  });
}

describe('login form', () => {
  it('asks for both fields before calling main', async () => {
    const { calls } = loginScreenMain(() => ok(MANAGER_USER));
    renderApp('zh-CN');
    await userEvent.click(await screen.findByTestId('login-submit'));
    // Both errors, however the two validations' renders fall (findAll returns at the first one).
    await waitFor(() => expect(screen.getAllByText('必填')).toHaveLength(2));
    expect(calls.some((c) => c.channel === 'auth.login')).toBe(false);
  });

  it('shows the translated error and attempts left on a wrong password, and clears the password', async () => {
    loginScreenMain(() => ({
      ok: false,
      error: { code: 'BAD_CREDENTIALS', message: 'wrong', params: { remaining: 3 } },
    }));
    renderApp('zh-CN');
    await userEvent.type(await screen.findByLabelText('用户名'), 'manager');
    await userEvent.type(screen.getByLabelText('密码'), 'nope-nope');
    await userEvent.click(screen.getByTestId('login-submit'));
    const alert = await screen.findByTestId('login-error');
    expect(alert).toHaveTextContent('用户名或密码错误。');
    expect(alert).toHaveTextContent('再错 3 次账号将被锁定。');
    expect(screen.getByLabelText('密码')).toHaveValue('');
  });

  it('enters the app with the user shown after a successful login', async () => {
    const { calls } = loginScreenMain(() => ok(MANAGER_USER));
    renderApp('zh-CN');
    await userEvent.type(await screen.findByLabelText('用户名'), 'manager');
    await userEvent.type(screen.getByLabelText('密码'), 'Manager#2026');
    await userEvent.click(screen.getByTestId('login-submit'));
    expect(await screen.findByText('您好，王经理', {}, { timeout: 15_000 })).toBeInTheDocument();
    expect(calls.find((c) => c.channel === 'auth.login')?.input).toEqual({
      username: 'manager',
      password: 'Manager#2026',
    });
  });

  it('shows a locked account message with the unlock time', async () => {
    fakeMain({
      'system.status': () => ok(READY_STATUS),
      'auth.setupStatus': () => ok({ needsSetup: false, departmentName: '业务部' }),
      'auth.me': () => ok(null),
      'auth.login': () => ({
        ok: false,
        error: { code: 'LOCKED', message: 'locked', params: { until: '2026-11-27T02:15:00.000Z' } },
      }),
    });
    renderApp('en-US');
    await userEvent.type(await screen.findByLabelText('Username'), 'manager');
    await userEvent.type(screen.getByLabelText('Password'), 'whatever1');
    await userEvent.click(screen.getByTestId('login-submit'));
    expect(await screen.findByTestId('login-error')).toHaveTextContent(/The account is locked until .*2026/);
  });
});
