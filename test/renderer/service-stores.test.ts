import { beforeEach, describe, expect, it } from 'vitest';
import { announce } from '../../src/renderer/src/api/changes';
import { useService } from '../../src/renderer/src/stores/serviceStore';
import { useTicket } from '../../src/renderer/src/stores/serviceTicketStore';
import { fakeMain, ok } from './fakeTransport';
import { aTicket, aTicketRow, resetServiceScreens } from './serviceFakes';

describe('service desk stores', () => {
  beforeEach(() => resetServiceScreens('#/service'));

  it('reload what they show when a ticket or an action changes, and nothing they do not show', async () => {
    const ticket = aTicket();
    const { calls } = fakeMain({
      'service.list': () => ok({ rows: [aTicketRow()], total: 1 }),
      'service.get': () => ok(ticket),
    });
    const count = (channel: string) => calls.filter((c) => c.channel === channel).length;
    await useService.getState().loadList({ filter: { scope: 'all' } });
    await useTicket.getState().load(ticket.id);
    expect([count('service.list'), count('service.get')]).toEqual([1, 1]);

    await announce(['ticketAction', 'ticket']);
    expect([count('service.list'), count('service.get')]).toEqual([2, 2]);
    // The reload keeps the scope and filters on screen.
    expect(calls.filter((c) => c.channel === 'service.list').at(-1)!.input).toMatchObject({ scope: 'all' });

    await announce(['communication']);
    expect([count('service.list'), count('service.get')]).toEqual([2, 2]);
  });

  it('forget the last person’s desk when someone else signs in', async () => {
    const ticket = aTicket();
    fakeMain({
      'service.list': () => ok({ rows: [aTicketRow()], total: 1 }),
      'service.get': () => ok(ticket),
    });
    await useService.getState().loadList({ filter: { scope: 'all', overdue: true } });
    await useTicket.getState().load(ticket.id);

    await announce(['session', 'account']);
    expect(useService.getState().list.data).toBeNull();
    expect(useService.getState().list.filter).toMatchObject({ scope: 'mine', overdue: false });
    expect(useTicket.getState().detail).toBeNull();
  });
});
