import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { READY_STATUS, fakeMain, ok } from './fakeTransport';
import { renderApp } from './renderApp';

async function fillSetup(values: Record<string, string>) {
  for (const [label, value] of Object.entries(values)) {
    const input = await screen.findByLabelText(label);
    await userEvent.clear(input);
    await userEvent.type(input, value);
  }
}

describe('field-level errors from main', () => {
  it('puts each validation error from main under its own field, in the current language', async () => {
    fakeMain({
      'system.status': () => ok(READY_STATUS),
      'auth.setupStatus': () => ok({ needsSetup: true, departmentName: null }),
      'auth.setup': () => ({
        ok: false,
        error: {
          code: 'VALIDATION',
          message: 'invalid input',
          fields: {
            username: { key: 'validation.username' },
            managerName: { key: 'validation.tooLong', params: { max: 100 } },
          },
        },
      }),
    });
    renderApp('zh-CN');
    await fillSetup({
      经理姓名: '王经理',
      工号: 'M001',
      用户名: 'bad name',
      密码: 'Manager#2026',
      确认密码: 'Manager#2026',
    });
    await userEvent.click(screen.getByTestId('setup-submit'));
    expect(await screen.findByText('只能包含字母、数字、点、下划线和连字符')).toBeInTheDocument();
    expect(await screen.findByText('不能超过 100 个字符')).toBeInTheDocument();
    expect(screen.getByText('输入有误，请检查标出的字段。')).toBeInTheDocument();
  });

  it('checks the password confirmation before anything is sent', async () => {
    const { calls } = fakeMain({
      'system.status': () => ok(READY_STATUS),
      'auth.setupStatus': () => ok({ needsSetup: true, departmentName: null }),
    });
    renderApp('en-US');
    await fillSetup({
      "Manager's name": 'Wang',
      'Employee no.': 'M001',
      Username: 'manager',
      Password: 'Manager#2026',
      'Confirm password': 'Different#1',
    });
    await userEvent.click(screen.getByTestId('setup-submit'));
    expect(await screen.findByText('The passwords do not match')).toBeInTheDocument();
    expect(calls.some((c) => c.channel === 'auth.setup')).toBe(false);
  });
});
