import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core/createCore';
import type { Session } from '../../../src/main/core/session';
import type { KriSource } from '../../../src/shared/kri/types';
import { FakeClock, makeCore, sessionFor, setUpDepartment, unwrap } from '../../support/core';
import { ticketInput } from '../../support/ticketFlow';
import { chinaTime, kriDetail, makeKri } from './support';

/*
 * The computed indicators against a fixture made through the owning domains' own channels, the clock moved
 * along as the department lived through October and November 2026. Every figure below is counted by hand.
 */

const clock = new FakeClock(Date.parse(chinaTime('2026-10-15', 10)));
let core: Core;
let manager: Session;
let staff: Session;
let staffId: string;

const advanceTo = (iso: string) => clock.advance(Date.parse(iso) - clock.now().getTime());

async function client(name: string) {
  return unwrap(await core.call('clients.create', { name, ownerId: staffId }, manager));
}

async function lose(id: string) {
  const { client: c } = unwrap(await core.call('clients.get', { id }, manager));
  unwrap(
    await core.call(
      'clients.setStatus',
      { id, version: c.version, status: 'lost', reason: '转向竞争对手' },
      manager,
    ),
  );
}

async function followUp(clientId: string, at: string, nextActionDate: string) {
  return unwrap(
    await core.call(
      'communications.create',
      { clientId, at, channel: 'phone', content: '电话回访', nextAction: '寄送报价单', nextActionDate },
      manager,
    ),
  );
}

async function complaint(receivedAt: string, kind: 'complaint' | 'inquiry' = 'complaint') {
  return unwrap(await core.call('service.create', ticketInput(staffId, { kind, receivedAt }), manager));
}

beforeAll(async () => {
  core = await makeCore({ clock });
  ({ manager } = await setUpDepartment(core));
  staff = await sessionFor(core, manager, 'staff');
  staffId = staff.user!.staffId;

  // 15 October: a client lost; two follow-ups agreed the day before, due 20 and 25 October.
  const [a, b, c, dClient] = [
    await client('甲公司'),
    await client('乙公司'),
    await client('丙公司'),
    await client('丁公司'),
  ];
  await lose(a.id);
  await followUp(b.id, chinaTime('2026-10-14', 10), '2026-10-20');
  const f2 = await followUp(b.id, chinaTime('2026-10-14', 11), '2026-10-25');

  // 5 November: two more clients lost; the second October follow-up done; a new one due 10 November.
  advanceTo(chinaTime('2026-11-05', 10));
  await lose(b.id);
  await lose(c.id);
  unwrap(await core.call('communications.complete', { id: f2.id, version: f2.version }, manager));
  await followUp(dClient.id, chinaTime('2026-11-05', 9), '2026-11-10');
  // Due today and due later: not overdue on 27 November.
  advanceTo(chinaTime('2026-11-27', 10));
  await followUp(dClient.id, chinaTime('2026-11-26', 9), '2026-11-27');
  await followUp(dClient.id, chinaTime('2026-11-26', 10), '2026-11-30');

  // Complaints at the months' edges (China days), and an inquiry that is not one.
  const octFirst = await complaint(chinaTime('2026-10-01', 1)); // response due 05:00, resolution 4 Oct
  await complaint(new Date(Date.parse(chinaTime('2026-11-01')) - 60_000).toISOString()); // 31 Oct 23:59
  const novFirst = await complaint(chinaTime('2026-11-01')); // 1 Nov 00:00
  await complaint(chinaTime('2026-11-26', 9)); // response due 13:00 (passed), resolution 29 Nov (not yet)
  await complaint(chinaTime('2026-11-20', 9), 'inquiry');
  // The first October complaint answered in time; the first November one answered two hours late.
  unwrap(
    await core.call(
      'service.startInvestigation',
      { id: octFirst.id, version: octFirst.version, at: chinaTime('2026-10-01', 2), note: '已回电' },
      manager,
    ),
  );
  unwrap(
    await core.call(
      'service.startInvestigation',
      { id: novFirst.id, version: novFirst.version, at: chinaTime('2026-11-01', 6), note: '已回电' },
      manager,
    ),
  );
});
afterAll(async () => {
  await core.close();
});

/** The indicator's last three monthly figures: September, October, November to date. */
async function lastThree(source: KriSource, thresholds = { warningThreshold: 2, alarmThreshold: 4 }) {
  const k = await makeKri(core, manager, staffId, { source, ...thresholds, name: source });
  const detail = await kriDetail(core, manager, k.id);
  return { kri: detail.kri, readings: detail.readings.slice(-3) };
}

describe('computed indicators', () => {
  it('complaints received per month (inquiries not counted), the running month to date', async () => {
    const { kri, readings } = await lastThree('complaints_per_month');
    expect(readings.map((r) => [r.period, r.periodOn, r.value, r.partial])).toEqual([
      ['2026-09', '2026-09-30', 0, false],
      ['2026-10', '2026-10-31', 2, false],
      ['2026-11', '2026-11-27', 2, true],
    ]);
    expect(kri.latest).toMatchObject({ value: 2, state: 'warning' });
  });

  it('clients that became lost in each month', async () => {
    const { readings } = await lastThree('clients_lost');
    expect(readings.map((r) => r.value)).toEqual([0, 1, 2]);
  });

  it('follow-ups overdue at each month’s end (the running month: today)', async () => {
    // 31 Oct: both October follow-ups (the second was done only in November).
    // 27 Nov: the first October one and the one due 10 Nov; not those due today or later, nor the done one.
    const { readings } = await lastThree('overdue_follow_ups');
    expect(readings.map((r) => r.value)).toEqual([0, 2, 2]);
  });

  it('complaint deadlines missed in each month', async () => {
    // October: 1 Oct complaint's resolution (due 4 Oct, never resolved) — its response was in time.
    // November: 31 Oct 23:59 complaint's response (due 1 Nov 03:59) and resolution (3 Nov); 1 Nov complaint's
    // response (answered late) and resolution (4 Nov); 26 Nov complaint's response (due 13:00, passed).
    const { readings, kri } = await lastThree('overdue_complaint_deadlines');
    expect(readings.map((r) => r.value)).toEqual([0, 1, 5]);
    expect(kri.state).toBe('alarm');
  });

  it('quarterly: the same figures by quarter', async () => {
    const k = await makeKri(core, manager, staffId, {
      source: 'complaints_per_month',
      frequency: 'quarterly',
      warningThreshold: 5,
      alarmThreshold: 8,
    });
    const last = (await kriDetail(core, manager, k.id)).readings.at(-1)!;
    expect(last).toMatchObject({ period: '2026-Q4', periodOn: '2026-11-27', value: 4, state: 'normal' });
  });

  it('the figures are the department’s, whoever reads them', async () => {
    const k = await makeKri(core, manager, staffId, { source: 'clients_lost', name: '员工看到的流失客户' });
    const asStaff = await kriDetail(core, staff, k.id);
    expect(asStaff.readings.slice(-2).map((r) => r.value)).toEqual([1, 2]);
  });
});
