import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ClientDetail } from '../../src/shared/clients/types';
import { useClientFiles } from '../../src/renderer/src/stores/clientFilesStore';
import { aClient, resetClientScreens } from './clientsFakes';
import { fakeMain, ok } from './fakeTransport';
import { renderApp } from './renderApp';
import { SERVICE_LOGGED_IN, aCaller, aTicketRow, resetServiceScreens } from './serviceFakes';

const client = aClient({ name: '华东精密机械有限公司', code: 'KH-2026-00001' });
const detail: ClientDetail = {
  client,
  contacts: [],
  communications: [],
  communicationsTotal: 0,
  transactions: [],
  transactionsTotalFen: 0,
  statusHistory: [],
  attachments: [],
  completeness: { score: 40, missing: [] },
};

describe('a client file’s tickets', { timeout: 60_000 }, () => {
  beforeEach(() => {
    resetServiceScreens(`#/clients/${client.id}`);
    resetClientScreens(`#/clients/${client.id}`);
    useClientFiles.setState(useClientFiles.getInitialState(), true);
  });

  it('counts the complaints in the header, lists the tickets and starts a new one for this file', async () => {
    const row = aTicketRow({ clientId: client.id, clientName: client.name, summary: '包装破损' });
    const { calls } = fakeMain({
      ...SERVICE_LOGGED_IN,
      'clients.get': () => ok(detail),
      'attachments.list': () => ok([]),
      'service.list': () => ok({ rows: [row], total: 1 }),
      'service.clientFigures': () => ok({ complaints: 3, openComplaints: 1, inquiries: 2 }),
      'service.findClients': () =>
        ok([aCaller({ clientId: client.id, clientCode: client.code, clientName: client.name })]),
    });
    renderApp('zh-CN');

    const tab = await screen.findByRole('tab', { name: '服务工单（5）' }, { timeout: 10_000 });
    // The complaint count where everyone opening the file sees it.
    expect(screen.getByTestId('client-complaints-tag')).toHaveTextContent('投诉 3 次，1 个未关闭');
    expect(calls.find((c) => c.channel === 'service.list')!.input).toMatchObject({
      clientId: client.id,
      scope: 'all',
    });
    await userEvent.click(tab);
    const pane = await screen.findByTestId('client-tickets');
    expect(within(pane).getByText('包装破损')).toBeInTheDocument();
    expect(within(pane).getByText('投诉 3 次')).toBeInTheDocument();
    expect(within(pane).getByText('未关闭投诉 1 个')).toBeInTheDocument();
    expect(within(pane).getByRole('link', { name: row.code })).toHaveAttribute('href', `#/service/${row.id}`);

    await userEvent.click(within(pane).getByTestId('client-ticket-new'));
    await screen.findByTestId('intake-form');
    await waitFor(() =>
      expect(
        within(screen.getByTestId('intake-client')).getByText(`${client.name} · ${client.code}`),
      ).toBeInTheDocument(),
    );
    await waitFor(() =>
      expect(within(screen.getByTestId('intake-contact')).getByText('李娜')).toBeInTheDocument(),
    );
  });
});
