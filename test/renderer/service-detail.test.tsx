import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { TicketDetail } from '../../src/shared/service/types';
import { fakeMain, ok } from './fakeTransport';
import { renderApp } from './renderApp';
import { SERVICE_LOGGED_IN, aTicket, resetServiceScreens } from './serviceFakes';

const moveButtons = () =>
  within(screen.getByTestId('ticket-header'))
    .queryAllByRole('button')
    .map((b) => b.getAttribute('data-testid'))
    .filter((id) => id !== null);

/** main's ticket: the test changes it as moves are made. */
function ticketMain(first: TicketDetail) {
  let current = first;
  return {
    get: () => ok(current),
    set: (next: TicketDetail) => {
      current = next;
      return ok(next);
    },
  };
}

describe('a ticket', { timeout: 60_000 }, () => {
  let ticket: TicketDetail;
  beforeEach(() => {
    ticket = aTicket({ allowed: ['startInvestigation', 'edit', 'assign'] });
    resetServiceScreens(`#/service/${ticket.id}`);
  });

  it('offers only the moves main allows, and each opens its step’s form', async () => {
    const main = ticketMain(ticket);
    const { calls } = fakeMain({
      ...SERVICE_LOGGED_IN,
      'service.get': main.get,
      'service.startInvestigation': () =>
        main.set({
          ...ticket,
          status: 'investigating',
          version: 2,
          firstResponseAt: '2026-04-10T03:00:00.000Z',
          firstResponseNote: '已受理，明天答复',
          allowed: ['saveInvestigation', 'startResolving', 'edit'],
          events: [
            ...ticket.events,
            {
              id: 'e2',
              kind: 'investigation_started',
              at: '2026-04-10T03:00:00.000Z',
              fromStatus: 'registered',
              toStatus: 'investigating',
              note: '已受理，明天答复',
              actorName: '王经理',
              recordedAt: '2026-04-10T03:00:00.000Z',
            },
          ],
        }),
    });
    renderApp('zh-CN');

    await screen.findByTestId('ticket-header', {}, { timeout: 10_000 });
    expect(moveButtons()).toEqual([
      'move-startInvestigation',
      'move-edit',
      'move-assign',
      'ticket-print',
      'ticket-improvement',
    ]);
    expect(screen.getByTestId('ticket-client-link')).toHaveAttribute('href', `#/clients/${ticket.clientId}`);
    expect(within(screen.getByTestId('ticket-timeline')).getByText('登记受理')).toBeInTheDocument();

    await userEvent.click(screen.getByTestId('move-startInvestigation'));
    const form = await screen.findByTestId('move-form');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await within(form).findByText('必填')).toBeInTheDocument();
    expect(calls.some((c) => c.channel === 'service.startInvestigation')).toBe(false);

    await userEvent.type(within(form).getByLabelText('告知客户的内容'), '已受理，明天答复');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() =>
      expect(moveButtons()).toEqual([
        'move-startResolving',
        'move-saveInvestigation',
        'move-edit',
        'ticket-print',
        'ticket-improvement',
      ]),
    );
    const input = calls.find((c) => c.channel === 'service.startInvestigation')!.input as Record<
      string,
      unknown
    >;
    expect(input).toMatchObject({ id: ticket.id, version: 1, note: '已受理，明天答复' });
    expect(Date.parse(input.at as string)).not.toBeNaN();
    expect(within(screen.getByTestId('ticket-status')).getByText('调查中')).toBeInTheDocument();
    expect(
      within(screen.getByTestId('ticket-timeline')).getByText('开始调查（首次响应）'),
    ).toBeInTheDocument();
  });

  it('closes a complaint only with the feedback visit’s fields, and shows main’s errors on them', async () => {
    const feedback = aTicket({
      status: 'feedback',
      resolvedAt: '2026-04-11T02:00:00.000Z',
      clock: null,
      allowed: ['close'],
    });
    resetServiceScreens(`#/service/${feedback.id}`);
    const { calls, transport } = fakeMain({
      ...SERVICE_LOGGED_IN,
      'service.get': () => ok(feedback),
      'service.printForm': () =>
        ok({ fileName: 'form.pdf', mimeType: 'application/pdf', bytes: new Uint8Array([37, 80, 68, 70]) }),
      'service.close': () => ({
        ok: false,
        error: {
          code: 'VALIDATION',
          message: 'invalid',
          fields: { feedbackAt: { key: 'validation.dateFuture' } },
        },
      }),
    });
    renderApp('en-US');

    await screen.findByTestId('ticket-header', {}, { timeout: 10_000 });
    expect(moveButtons()).toEqual(['move-close', 'ticket-print', 'ticket-improvement']);
    await userEvent.click(screen.getByTestId('ticket-print'));
    await waitFor(() => expect(transport.saveFile).toHaveBeenCalled());
    expect(calls.find((c) => c.channel === 'service.printForm')!.input).toEqual({
      id: feedback.id,
      locale: 'en-US',
    });
    await userEvent.click(screen.getByTestId('move-close'));
    const form = await screen.findByTestId('move-form');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    // Satisfied and the score are asked for before anything is sent.
    // Both messages, which antd may render a tick apart (findAll resolves at the first).
    await waitFor(() => expect(within(form).getAllByText('Required')).toHaveLength(2));
    expect(calls.some((c) => c.channel === 'service.close')).toBe(false);

    await userEvent.click(within(form).getByText('Satisfied'));
    const stars = within(screen.getByTestId('satisfaction-score')).getAllByRole('radio');
    await userEvent.click(stars[3]!);
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await within(form).findByText('The date cannot be later than today')).toBeInTheDocument();
    expect(calls.find((c) => c.channel === 'service.close')!.input).toMatchObject({
      id: feedback.id,
      feedbackMethod: 'phone',
      clientSatisfied: true,
      satisfactionScore: 4,
    });
  });

  it('shows no moves to a user main allows none, and no handling form for an inquiry', async () => {
    const inquiry = aTicket({ kind: 'inquiry', status: 'open', allowed: [] });
    resetServiceScreens(`#/service/${inquiry.id}`);
    fakeMain({ ...SERVICE_LOGGED_IN, 'service.get': () => ok(inquiry) });
    renderApp('zh-CN');
    await screen.findByTestId('ticket-header', {}, { timeout: 10_000 });
    expect(moveButtons()).toEqual([]);
    const steps = screen.getByTestId('ticket-steps');
    expect(within(steps).getByText('待答复')).toBeInTheDocument();
    expect(within(steps).getByText('已答复')).toBeInTheDocument();
    expect(within(steps).queryByText('调查中')).not.toBeInTheDocument();
  });
});
