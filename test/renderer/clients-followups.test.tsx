import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { FollowUp } from '../../src/shared/clients/types';
import { fakeMain, ok } from './fakeTransport';
import { LOGGED_IN, resetClientScreens } from './clientsFakes';
import { renderApp } from './renderApp';

const followUp = (over: Partial<FollowUp>): FollowUp => ({
  communicationId: '0190a0a0-0000-7000-8000-000000000501',
  clientId: '0190a0a0-0000-7000-8000-000000000601',
  clientCode: 'KH-2026-00001',
  clientName: '华东精密机械有限公司',
  staffId: null,
  staffName: '王经理',
  nextAction: '发送报价单',
  nextActionDate: '2026-01-05',
  due: 'today',
  version: 3,
  ...over,
});

describe('my follow-ups', { timeout: 40_000 }, () => {
  beforeEach(() => resetClientScreens('#/followups'));

  it('sorts next actions into overdue, today and this week, marks one done, and shows the team', async () => {
    let open = [
      followUp({
        communicationId: '0190a0a0-0000-7000-8000-000000000502',
        due: 'overdue',
        nextActionDate: '2020-01-01',
        clientName: '上海东方贸易有限公司',
      }),
      followUp({}),
      followUp({
        communicationId: '0190a0a0-0000-7000-8000-000000000503',
        due: 'week',
        clientName: '杭州西湖电子科技有限公司',
      }),
    ];
    const { calls } = fakeMain({
      ...LOGGED_IN,
      'followups.list': () => ok(open),
      'communications.complete': (input) => {
        open = open.filter((f) => f.communicationId !== (input as { id: string }).id);
        return ok(null);
      },
    });
    renderApp('zh-CN');
    const today = await screen.findByTestId('followups-today', {}, { timeout: 10_000 });
    expect(today).toHaveTextContent('华东精密机械有限公司');
    expect(today).toHaveTextContent('发送报价单');
    expect(screen.getByTestId('followups-overdue')).toHaveTextContent('上海东方贸易有限公司');
    expect(screen.getByTestId('followups-overdue')).toHaveTextContent(/逾期 \d+ 天/);
    expect(screen.getByTestId('followups-week')).toHaveTextContent('杭州西湖电子科技有限公司');
    expect(calls.find((c) => c.channel === 'followups.list')!.input).toEqual({
      scope: 'mine',
      staffId: null,
    });

    await userEvent.click(within(today).getByTestId('followup-done'));
    await waitFor(() =>
      expect(screen.getByTestId('followups-today')).not.toHaveTextContent('华东精密机械有限公司'),
    );
    expect(calls.find((c) => c.channel === 'communications.complete')!.input).toEqual({
      id: '0190a0a0-0000-7000-8000-000000000501',
      version: 3,
    });

    // The manager can look at the team's follow-ups, with who owns each.
    await userEvent.click(screen.getByText('我的团队'));
    await waitFor(() =>
      expect(calls.filter((c) => c.channel === 'followups.list').at(-1)!.input).toEqual({
        scope: 'team',
        staffId: null,
      }),
    );
    expect(await screen.findAllByRole('columnheader', { name: '跟进人' })).not.toHaveLength(0);
  });
});
