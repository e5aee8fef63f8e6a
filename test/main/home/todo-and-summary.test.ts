import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, localDate } from '../../../src/main/domains/clients/followups';
import { unwrap } from '../../support/core';
import { department, makeClient, type Department } from '../clients/support';

const DAY = 86_400_000;
let d: Department;
let today: string;

beforeAll(async () => {
  d = await department();
  today = localDate(d.clock.now());
});
afterAll(async () => {
  await d.core.close();
});

async function nextAction(as: Department['salesA'], clientId: string, what: string, date: string) {
  return unwrap(
    await d.core.call(
      'communications.create',
      {
        clientId,
        at: d.clock.now().toISOString(),
        channel: 'phone',
        content: '沟通',
        nextAction: what,
        nextActionDate: date,
      },
      as,
    ),
  );
}

describe('My to-do (todo.list)', () => {
  it("lists the user's own due follow-ups, oldest first, each opening its file; counts the urgent ones per menu entry", async () => {
    const c = await makeClient(d.core, d.salesA, { name: '待办客户' });
    await nextAction(d.salesA, c.id, '下周三拜访', addDays(today, 5));
    await nextAction(d.salesA, c.id, '今天回电', today);
    await nextAction(d.salesA, c.id, '上周该寄样品', addDays(today, -6));
    await nextAction(d.salesA, c.id, '一个月后再说', addDays(today, 30));

    const mine = unwrap(await d.core.call('todo.list', {}, d.salesA));
    expect(mine.items.map((i) => [i.title, i.urgency])).toEqual([
      ['上周该寄样品', 'overdue'],
      ['今天回电', 'today'],
      ['下周三拜访', 'soon'],
    ]);
    expect(mine.items[0]).toMatchObject({
      kind: 'followup',
      dueDate: addDays(today, -6),
      subject: { code: c.code, name: '待办客户' },
      link: `/clients/${c.id}`,
      navPath: '/followups',
      assigneeName: null,
    });
    expect(mine.total).toBe(3);
    expect(mine.urgentByNavPath).toEqual({ '/followups': 2 });

    // Someone else's to-do is not mine, even for their lead (leads see the team on My follow-ups).
    const lead = unwrap(await d.core.call('todo.list', {}, d.salesLead));
    expect(lead.items.map((i) => i.title)).not.toContain('今天回电');

    // Done is off the list; tomorrow, what was due today is overdue.
    const first = mine.items[0]!;
    const comm = unwrap(await d.core.call('communications.list', { clientId: c.id }, d.salesA)).rows.find(
      (r) => r.nextAction === first.title,
    )!;
    unwrap(await d.core.call('communications.complete', { id: comm.id, version: comm.version }, d.salesA));
    d.clock.advance(DAY);
    const later = unwrap(await d.core.call('todo.list', {}, d.salesA));
    expect(later.items.map((i) => [i.title, i.urgency])).toEqual([
      ['今天回电', 'overdue'],
      ['下周三拜访', 'soon'],
    ]);
    expect(later.urgentByNavPath).toEqual({ '/followups': 1 });
  });
});

describe('Home figures (home.summary)', () => {
  it("gives each role only the parts its screens allow, the client counts within the user's own scope", async () => {
    const own = await makeClient(d.core, d.salesB, { name: '首页客户' });
    unwrap(
      await d.core.call(
        'clients.setStatus',
        { id: own.id, version: own.version, status: 'customer', reason: '签约' },
        d.salesB,
      ),
    );
    const staff = unwrap(await d.core.call('home.summary', {}, d.salesB));
    const mineOnly = unwrap(await d.core.call('clients.list', { pageSize: 1 }, d.salesB)).total;
    expect(staff.clients!.total).toBe(mineOnly);
    expect(staff.clients!.byStatus.customer).toBe(
      unwrap(await d.core.call('clients.list', { statuses: ['customer'], pageSize: 1 }, d.salesB)).total,
    );
    expect(staff.accounts).toBeNull();
    expect(staff.backups).toBeNull();
    expect(staff.org).not.toBeNull();

    const manager = unwrap(await d.core.call('home.summary', {}, d.manager));
    const all = unwrap(await d.core.call('clients.list', { pageSize: 1 }, d.manager)).total;
    expect(manager.clients!.total).toBe(all);
    expect(manager.clients!.total).toBeGreaterThan(staff.clients!.total);
    for (const status of ['potential', 'customer'] as const)
      expect(manager.clients!.byStatus[status]).toBe(
        unwrap(await d.core.call('clients.list', { statuses: [status], pageSize: 1 }, d.manager)).total,
      );
    expect(manager.accounts).not.toBeNull();
    expect(manager.backups).toMatchObject({ stale: true, latest: null, count: 0 });
    // The getting-started figures: the manager's alone, counting the whole department.
    expect(staff.setup).toBeNull();
    const groups = unwrap(await d.core.call('org.groups.list', { includeInactive: false }, d.manager));
    expect(manager.setup).toEqual({
      people: manager.org!.totalStaff,
      groups: groups.length,
      groupsWithLead: groups.filter((g) => g.leadStaffId).length,
      activeAccounts: manager.org!.accounts.active,
      clients: all,
    });
  });

  it('counts files due their periodic update, and accounts the manager should look at', async () => {
    const before = unwrap(await d.core.call('home.summary', {}, d.manager));
    // A year later every file is due its update; the accounts made for the test never logged in with their own password.
    d.clock.advance(365 * DAY);
    const later = unwrap(await d.core.call('home.summary', {}, d.manager));
    expect(later.clients!.stale).toBe(later.clients!.total);
    expect(later.clients!.stale).toBeGreaterThan(before.clients!.stale);
    expect(later.clients!.stale).toBe(
      unwrap(await d.core.call('clients.list', { stale: true, pageSize: 1 }, d.manager)).total,
    );
    const attention = later.accounts!;
    const accounts = unwrap(await d.core.call('accounts.list', {}, d.manager));
    expect(attention.map((a) => a.id).sort()).toEqual(
      accounts
        .filter((a) => a.active && a.mustChangePassword)
        .map((a) => a.id)
        .sort(),
    );
  });
});
