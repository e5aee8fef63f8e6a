import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session } from '../../../src/main/core/session';
import type { TicketDetail } from '../../../src/shared/service/types';
import { unwrap } from '../../support/core';
import { walkTo } from '../../support/ticketFlow';
import { department, newTicket, staffIdOf, type Department } from './support';

let d: Department;
let t: Record<'nearA' | 'overdueA' | 'farA' | 'answeredA' | 'nearB' | 'overdueC', TicketDetail>;

// The clock: 2026-11-27T02:00Z (10:00 in China). A complaint's first response is due 4 hours after it was
// received; within 2 hours (serviceWarnHours) a deadline is near.
beforeAll(async () => {
  d = await department();
  const received = (handler: Session, receivedAt: string, kind: 'complaint' | 'inquiry' = 'complaint') =>
    newTicket(d.core, d.manager, staffIdOf(handler), { receivedAt, kind, content: `来电 ${receivedAt}` });
  t = {
    nearA: await received(d.salesA, '2026-11-26T23:00:00.000Z'),
    overdueA: await received(d.salesA, '2026-11-26T20:00:00.000Z'),
    farA: await received(d.salesA, '2026-11-27T01:30:00.000Z'),
    answeredA: await walkTo(
      d.core,
      d.manager,
      await received(d.salesA, '2026-11-26T01:00:00.000Z', 'inquiry'),
      'answered',
    ),
    nearB: await received(d.salesB, '2026-11-26T23:30:00.000Z'),
    overdueC: await received(d.marketC, '2026-11-26T20:00:00.000Z'),
  };
});
afterAll(async () => {
  await d.core.close();
});

const ticketTodos = async (s: Session) =>
  unwrap(await d.core.call('todo.list', {}, s)).items.filter((i) => i.kind === 'ticketDeadline');

describe('ticket deadlines on My to-do', () => {
  it('the handler’s own tickets whose deadline is near or past, soonest first', async () => {
    const items = await ticketTodos(d.salesA);
    expect(items).toEqual([
      {
        key: `ticketDeadline:${t.overdueA.id}`,
        kind: 'ticketDeadline',
        urgency: 'overdue',
        dueDate: '2026-11-27',
        dueAt: '2026-11-27T00:00:00.000Z',
        title: '来电 2026-11-26T20:00:00.000Z',
        subject: { code: t.overdueA.code, name: '来电客户' },
        assigneeName: null,
        link: `/service/${t.overdueA.id}`,
        navPath: '/service',
      },
      expect.objectContaining({
        key: `ticketDeadline:${t.nearA.id}`,
        urgency: 'today',
        dueAt: '2026-11-27T03:00:00.000Z',
        assigneeName: null,
      }),
    ]);
    const list = unwrap(await d.core.call('todo.list', {}, d.salesA));
    expect(list.urgentByNavPath['/service']).toBe(2);
  });

  it('their group lead sees the group’s, named by whose they are', async () => {
    const items = await ticketTodos(d.salesLead);
    expect(items.map((i) => [i.key, i.assigneeName])).toEqual([
      [`ticketDeadline:${t.overdueA.id}`, d.salesA.user!.displayName],
      [`ticketDeadline:${t.nearA.id}`, d.salesA.user!.displayName],
      [`ticketDeadline:${t.nearB.id}`, d.salesB.user!.displayName],
    ]);
  });

  it('others are not flooded: another handler sees only theirs; deputies and the manager none', async () => {
    expect((await ticketTodos(d.salesB)).map((i) => i.key)).toEqual([`ticketDeadline:${t.nearB.id}`]);
    expect((await ticketTodos(d.marketC)).map((i) => i.key)).toEqual([`ticketDeadline:${t.overdueC.id}`]);
    expect(await ticketTodos(d.marketDeputy)).toEqual([]);
    expect(await ticketTodos(d.manager)).toEqual([]);
  });

  it('a deadline met leaves the list; one further off joins it as it nears', async () => {
    unwrap(
      await d.core.call(
        'service.startInvestigation',
        { id: t.nearB.id, version: t.nearB.version, at: '2026-11-27T01:00:00.000Z', note: '已回电' },
        d.salesB,
      ),
    );
    expect(await ticketTodos(d.salesB)).toEqual([]);
    expect((await ticketTodos(d.salesA)).map((i) => i.key)).not.toContain(`ticketDeadline:${t.farA.id}`);
    d.clock.advance(90 * 60_000);
    expect((await ticketTodos(d.salesA)).map((i) => i.key)).toContain(`ticketDeadline:${t.farA.id}`);
  });
});

describe('customer service on Home', () => {
  const figures = async (s: Session) => unwrap(await d.core.call('home.summary', {}, s)).service;

  it('counts the tickets each person may see: open, past deadline, complaints', async () => {
    // The clock now stands at 03:30Z (moved on above): nearA's first response (due 03:00Z) is past too.
    // salesA handles nearA, overdueA, farA (complaints, open) and answeredA (an answered inquiry, still open).
    expect(await figures(d.salesA)).toEqual({
      open: 4,
      overdue: 2,
      openComplaints: 3,
      complaintsThisMonth: 3,
    });
    // The manager sees all six; nearB has been answered (its resolution runs for days), overdueC is past.
    expect(await figures(d.manager)).toEqual({
      open: 6,
      overdue: 3,
      openComplaints: 5,
      complaintsThisMonth: 5,
    });
  });
});
