import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeMain, ok } from './fakeTransport';
import { LOGGED_IN, aClient, aPage, resetClientScreens } from './clientsFakes';
import { renderApp } from './renderApp';

type ListInput = Record<string, unknown>;

describe('client list', { timeout: 40_000 }, () => {
  beforeEach(() => resetClientScreens('#/clients'));

  it('sends search, filters, sort and page to clients.list', async () => {
    const rows = [aClient({ name: '华东精密机械有限公司' }), aClient({ name: '上海东方贸易有限公司' })];
    const { calls } = fakeMain({
      ...LOGGED_IN,
      'clients.list': (input) => {
        const i = input as ListInput;
        return ok(aPage(rows, 120, i.page as number, i.pageSize as number));
      },
    });
    const lists = () => calls.filter((c) => c.channel === 'clients.list').map((c) => c.input as ListInput);
    renderApp('zh-CN');

    expect(await screen.findByText('华东精密机械有限公司', {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(lists()[0]).toEqual({
      search: null,
      tiers: [],
      statuses: [],
      ownerId: null,
      groupId: null,
      province: null,
      city: null,
      industry: null,
      source: null,
      stale: false,
      tags: [],
      sort: 'updatedAt',
      order: 'desc',
      page: 1,
      pageSize: 20,
    });

    // Typing searches once the typing pauses (not once per key), from the first page.
    await userEvent.type(screen.getByPlaceholderText('搜索名称、编号、联系人、电话或信用代码'), '华东');
    await waitFor(() => expect(lists().at(-1)).toMatchObject({ search: '华东', page: 1 }));
    expect(lists().filter((i) => i.search === '华').length).toBeLessThanOrEqual(1);

    // Sorting by a column is done by main.
    await userEvent.click(screen.getByRole('columnheader', { name: /客户名称/ }));
    await waitFor(() => expect(lists().at(-1)).toMatchObject({ sort: 'name', order: 'asc', search: '华东' }));
    await userEvent.click(screen.getByRole('columnheader', { name: /客户名称/ }));
    await waitFor(() => expect(lists().at(-1)).toMatchObject({ sort: 'name', order: 'desc' }));

    // A tier filter; the list starts again from page one.
    await userEvent.click(screen.getByTitle('2'));
    await waitFor(() => expect(lists().at(-1)).toMatchObject({ page: 2, sort: 'name' }));
    await userEvent.click(within(screen.getByTestId('filter-tiers')).getByRole('combobox'));
    await userEvent.click(await screen.findByTitle('A 类'));
    await waitFor(() => expect(lists().at(-1)).toMatchObject({ tiers: ['A'], page: 1, search: '华东' }));

    // More filters: source and "needs update only".
    await userEvent.click(screen.getByTestId('filter-more'));
    await userEvent.click(screen.getByTestId('filter-stale'));
    await waitFor(() => expect(lists().at(-1)).toMatchObject({ stale: true, tiers: ['A'] }));

    expect(screen.getAllByText('共 120 个客户').length).toBeGreaterThan(0);
  });

  it('keeps its own filters on the update list, always asking for stale files, oldest first', async () => {
    resetClientScreens('#/clients-stale');
    const { calls } = fakeMain({
      ...LOGGED_IN,
      'settings.get': () =>
        ok({
          version: 1,
          updatedAt: '2026-01-01T00:00:00.000Z',
          settings: {
            departmentName: '业务部',
            lockoutAttempts: 5,
            lockoutMinutes: 15,
            backupIntervalMinutes: 60,
            backupKeepRecent: 5,
            backupKeepDaily: 14,
            backupMaxFiles: 40,
            clientStaleDays: 180,
          },
        }),
      'clients.list': () => ok(aPage([aClient({ name: '久未联系有限公司', stale: true })])),
    });
    renderApp('en-US');
    expect(await screen.findByText('久未联系有限公司', {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(await screen.findByText(/not updated for more than 180 days/)).toBeInTheDocument();
    expect(screen.getByTestId('stale-flag')).toHaveTextContent('Needs update');
    const first = calls.find((c) => c.channel === 'clients.list')!.input;
    expect(first).toMatchObject({ stale: true, sort: 'touchedAt', order: 'asc' });
  });
});
