import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { emptyTicketFilter } from '../../src/shared/service/channels';
import { fakeMain, ok } from './fakeTransport';
import { renderApp } from './renderApp';
import { SERVICE_LOGGED_IN, aTicketRow, resetServiceScreens } from './serviceFakes';

type ListInput = Record<string, unknown>;

const OVERDUE = aTicketRow({
  clientName: '久拖未决有限公司',
  clock: {
    stage: 'resolution',
    dueAt: '2026-04-09T02:00:00.000Z',
    mode: 'calendar',
    minutesLeft: -(26 * 60),
    near: true,
    overdue: true,
  },
});
const NEAR = aTicketRow({
  clientName: '快到期有限公司',
  clock: {
    stage: 'response',
    dueAt: '2026-04-10T06:00:00.000Z',
    mode: 'working',
    minutesLeft: 80,
    near: true,
    overdue: false,
  },
});

describe('service desk list', { timeout: 60_000 }, () => {
  beforeEach(() => resetServiceScreens('#/service'));

  it('sends scope, search, filters and sort to service.list and exports what it shows', async () => {
    const { calls, transport } = fakeMain({
      ...SERVICE_LOGGED_IN,
      'service.list': () => ok({ rows: [OVERDUE, NEAR], total: 2 }),
      'service.export': () =>
        ok({ fileName: 'tickets.xlsx', mimeType: 'application/octet-stream', bytes: new Uint8Array([1]) }),
    });
    const lists = () => calls.filter((c) => c.channel === 'service.list').map((c) => c.input as ListInput);
    renderApp('zh-CN');

    expect(await screen.findByText('久拖未决有限公司', {}, { timeout: 10_000 })).toBeInTheDocument();
    // A manager's desk opens on every ticket.
    expect(lists()[0]).toEqual({
      ...emptyTicketFilter,
      scope: 'all',
      sort: 'receivedAt',
      order: 'desc',
      page: 1,
      pageSize: 20,
    });

    // The time left in the reader's language: red once overdue, orange when near.
    const clocks = screen.getAllByTestId('ticket-clock');
    expect(clocks[0]).toHaveTextContent('已超时 1 天 2 小时');
    expect(clocks[0]).toHaveAttribute('data-state', 'overdue');
    expect(clocks[0]).toHaveStyle({ color: '#cf1322' });
    expect(clocks[1]).toHaveTextContent('剩余 1 小时 20 分（工作时间）');
    expect(clocks[1]).toHaveAttribute('data-state', 'near');

    // A manager has "mine" and "all"; no "my group".
    const scope = screen.getByTestId('ticket-scope');
    expect(within(scope).queryByText('本组')).not.toBeInTheDocument();
    await userEvent.click(within(scope).getByText('我的'));
    await waitFor(() => expect(lists().at(-1)).toMatchObject({ scope: 'mine', page: 1 }));
    await userEvent.click(within(scope).getByText('全部'));
    await waitFor(() => expect(lists().at(-1)).toMatchObject({ scope: 'all', page: 1 }));

    // A one-character search is sent as is.
    await userEvent.type(screen.getByPlaceholderText('搜索编号、客户、联系人、电话或内容'), '华');
    await waitFor(() => expect(lists().at(-1)).toMatchObject({ search: '华', scope: 'all' }));

    await userEvent.click(within(screen.getByTestId('filter-kinds')).getByRole('combobox'));
    await userEvent.click(await screen.findByTitle('投诉'));
    await waitFor(() => expect(lists().at(-1)).toMatchObject({ kinds: ['complaint'], search: '华' }));
    await userEvent.keyboard('{Escape}');

    await userEvent.click(screen.getByTestId('filter-overdue'));
    await waitFor(() => expect(lists().at(-1)).toMatchObject({ overdue: true, kinds: ['complaint'] }));

    await userEvent.click(screen.getByTestId('filter-more'));
    await userEvent.click(within(screen.getByTestId('filter-departments')).getByRole('combobox'));
    await userEvent.click(await screen.findByTitle('物流部'));
    await waitFor(() => expect(lists().at(-1)).toMatchObject({ departments: ['logistics'], overdue: true }));
    await userEvent.keyboard('{Escape}');

    // Sorting by the time left is main's deadline order.
    await userEvent.click(screen.getByRole('columnheader', { name: /剩余时间/ }));
    await waitFor(() => expect(lists().at(-1)).toMatchObject({ sort: 'dueAt', order: 'asc' }));

    await userEvent.click(screen.getByTestId('ticket-export'));
    await waitFor(() => expect(transport.saveFile).toHaveBeenCalled());
    expect(calls.find((c) => c.channel === 'service.export')!.input).toMatchObject({
      scope: 'all',
      search: '华',
      kinds: ['complaint'],
      overdue: true,
      departments: ['logistics'],
      sort: 'dueAt',
      order: 'asc',
      locale: 'zh-CN',
    });

    // Clearing the filters keeps the scope.
    await userEvent.click(screen.getByTestId('filter-clear'));
    await waitFor(() =>
      expect(lists().at(-1)).toMatchObject({ ...emptyTicketFilter, scope: 'all', sort: 'dueAt' }),
    );
  });

  it('tells an empty desk from a search that matches nothing', async () => {
    fakeMain({ ...SERVICE_LOGGED_IN, 'service.list': () => ok({ rows: [], total: 0 }) });
    renderApp('en-US');
    expect(await screen.findByText('No tickets yet', {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.getByTestId('empty-nothing-yet')).toBeInTheDocument();
    await userEvent.type(screen.getByPlaceholderText('Search code, client, contact, phone or content'), 'x');
    expect(await screen.findByTestId('empty-no-match')).toBeInTheDocument();
  });
});
