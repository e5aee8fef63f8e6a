import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, localDate } from '../../../src/main/domains/clients/followups';
import { unwrap } from '../../support/core';
import { department, makeClient, staffIdOf, type Department } from './support';

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

async function record(
  as: Department['salesA'],
  clientId: string,
  nextAction: string,
  nextActionDate: string | null,
  extra = {},
) {
  return unwrap(
    await d.core.call(
      'communications.create',
      {
        clientId,
        at: d.clock.now().toISOString(),
        channel: 'phone',
        content: '沟通',
        nextAction,
        nextActionDate,
        ...extra,
      },
      as,
    ),
  );
}

describe('followups.list', () => {
  it('buckets open next actions by the local calendar date: overdue, today, this week; later ones wait', async () => {
    const c = await makeClient(d.core, d.salesA, { name: '跟进客户' });
    await record(d.salesA, c.id, '上周就该做', addDays(today, -7));
    await record(d.salesA, c.id, '昨天该做', addDays(today, -1));
    await record(d.salesA, c.id, '今天做', today);
    await record(d.salesA, c.id, '明天做', addDays(today, 1));
    await record(d.salesA, c.id, '一周后做', addDays(today, 7));
    await record(d.salesA, c.id, '八天后做', addDays(today, 8));
    await record(d.salesA, c.id, '已经做完', addDays(today, -2), { nextActionDone: true });
    await record(d.salesA, c.id, '没有日期', null);

    const list = unwrap(await d.core.call('followups.list', { scope: 'mine' }, d.salesA));
    expect(list.map((f) => [f.nextAction, f.due])).toEqual([
      ['上周就该做', 'overdue'],
      ['昨天该做', 'overdue'],
      ['今天做', 'today'],
      ['明天做', 'week'],
      ['一周后做', 'week'],
    ]);
    expect(list[0]).toMatchObject({
      clientId: c.id,
      clientCode: c.code,
      clientName: '跟进客户',
      staffId: staffIdOf(d.salesA),
      staffName: d.salesA.user!.displayName,
    });

    // Tomorrow, today's action is overdue and the one eight days out comes into the week.
    d.clock.advance(DAY);
    const next = unwrap(await d.core.call('followups.list', { scope: 'mine' }, d.salesA));
    expect(next.find((f) => f.nextAction === '今天做')!.due).toBe('overdue');
    expect(next.find((f) => f.nextAction === '明天做')!.due).toBe('today');
    expect(next.find((f) => f.nextAction === '八天后做')!.due).toBe('week');
  });

  it('completing an action or deleting its record takes it off the list', async () => {
    const c = await makeClient(d.core, d.salesB, { name: '完成跟进客户' });
    const done = await record(d.salesB, c.id, '要完成的', today);
    const removed = await record(d.salesB, c.id, '要删除的', today);
    unwrap(await d.core.call('communications.complete', { id: done.id, version: done.version }, d.salesB));
    unwrap(
      await d.core.call('communications.delete', { id: removed.id, version: removed.version }, d.salesB),
    );
    const list = unwrap(await d.core.call('followups.list', { scope: 'mine' }, d.salesB));
    expect(list.map((f) => f.nextAction)).toEqual([]);
  });

  it('the team: a lead sees their group’s people, optionally one of them; the actions are sorted by date', async () => {
    const a = await makeClient(d.core, d.salesA, { name: '甲的跟进' });
    const b = await makeClient(d.core, d.salesB, { name: '乙的跟进' });
    await record(d.salesA, a.id, '甲后天', addDays(today, 2));
    await record(d.salesB, b.id, '乙今天', today);
    const team = unwrap(await d.core.call('followups.list', { scope: 'team' }, d.salesLead));
    const mine = (name: string) => team.filter((f) => f.clientName === name).map((f) => f.nextAction);
    expect(mine('甲的跟进')).toEqual(['甲后天']);
    expect(mine('乙的跟进')).toEqual(['乙今天']);
    const dates = team.map((f) => f.nextActionDate);
    expect(dates).toEqual([...dates].sort());
    const onlyB = unwrap(
      await d.core.call('followups.list', { scope: 'team', staffId: staffIdOf(d.salesB) }, d.salesLead),
    );
    expect(new Set(onlyB.map((f) => f.staffId))).toEqual(new Set([staffIdOf(d.salesB)]));
    // The lead's own list is their own actions only.
    expect(unwrap(await d.core.call('followups.list', { scope: 'mine' }, d.salesLead))).toEqual([]);
  });
});

describe('the calendar day is the user’s, not UTC’s', () => {
  it('localDate reads the clock in the machine’s time zone', () => {
    const saved = process.env.TZ;
    try {
      process.env.TZ = 'Asia/Shanghai';
      // 01:30 on the 28th in Beijing is still the 27th in UTC.
      expect(localDate(new Date('2026-11-27T17:30:00.000Z'))).toBe('2026-11-28');
      process.env.TZ = 'America/Los_Angeles';
      expect(localDate(new Date('2026-11-27T05:00:00.000Z'))).toBe('2026-11-26');
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
    expect(addDays('2026-12-28', 7)).toBe('2027-01-04');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});
