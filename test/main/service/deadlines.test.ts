import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core/createCore';
import type { Session } from '../../../src/main/core/session';
import { clockText } from '../../../src/shared/service/clockText';
import type { Deadline } from '../../../src/shared/service/settings';
import { translator } from '../../../src/main/i18n/translate';
import { FakeClock, makeCore, sessionFor, setUpDepartment, unwrap } from '../../support/core';
import { newTicket } from './support';

/*
 * Deadlines in working hours (工作时间) on the Chinese calendar: a working day of 9:00–12:00 and 13:00–18:00
 * China time (the default), weekends off. The clock: Monday 2026-11-30, 10:00 in China (02:00 UTC).
 */
const clock = new FakeClock(Date.parse('2026-11-30T02:00:00.000Z'));
let core: Core;
let manager: Session;
let desk: Session;

const working = (hours: number): Deadline => ({ hours, mode: 'working' });

beforeAll(async () => {
  core = await makeCore({ clock });
  let groups: Record<string, string>;
  ({ manager, groups } = await setUpDepartment(core));
  desk = await sessionFor(core, manager, 'staff', groups.service!);
  const { settings, version } = unwrap(await core.call('settings.get', {}, manager));
  unwrap(
    await core.call(
      'settings.update',
      {
        version,
        settings: {
          ...settings,
          serviceDeadlines: {
            inquiryAnswer: { normal: working(24), major: working(24), critical: working(24) },
            complaintFirstResponse: { normal: working(4), major: working(4), critical: working(4) },
            complaintResolution: { normal: working(72), major: working(72), critical: working(24) },
          },
        },
      },
      manager,
    ),
  );
});
afterAll(async () => {
  await core.close();
});

describe('deadlines in working hours', () => {
  it('received on Friday at 17:00: the first response is due on Monday at 12:00, after the weekend', async () => {
    const t = await newTicket(core, desk, desk.user!.staffId, {
      receivedAt: '2026-11-27T09:00:00.000Z',
      severity: 'major',
    });
    expect(t).toMatchObject({
      responseMode: 'working',
      resolutionMode: 'working',
      // Friday 17:00–18:00 and Monday 9:00–12:00.
      responseDueAt: '2026-11-30T04:00:00.000Z',
      // 72 working hours: Friday's one, eight working days of eight, and seven on Thursday 10 December.
      resolutionDueAt: '2026-12-10T09:00:00.000Z',
    });
    // Two working hours left: near (serviceWarnHours: 2), said in working hours.
    expect(t.clock).toEqual({
      stage: 'response',
      dueAt: '2026-11-30T04:00:00.000Z',
      mode: 'working',
      minutesLeft: 120,
      near: true,
      overdue: false,
    });
    expect(clockText(t.clock!, translator('zh-CN'))).toBe('剩余 2 小时（工作时间）');
    expect(clockText(t.clock!, translator('en-US'))).toBe('2 h left (working hours)');
  });

  it('a critical complaint: resolved within 24 working hours, three working days', async () => {
    const t = await newTicket(core, desk, desk.user!.staffId, {
      receivedAt: '2026-11-27T09:00:00.000Z',
      severity: 'critical',
    });
    expect(t.resolutionDueAt).toBe('2026-12-02T09:00:00.000Z');
  });

  it('past due over the lunch break: overdue, by no working time yet', async () => {
    const t = await newTicket(core, desk, desk.user!.staffId, { receivedAt: '2026-11-27T09:00:00.000Z' });
    // 12:30 in China: due at 12:00, and the half hour since is the lunch break.
    clock.advance(150 * 60_000);
    const now = unwrap(await core.call('service.get', { id: t.id }, desk));
    expect(now.clock).toMatchObject({ minutesLeft: 0, overdue: true, near: true });
    expect(clockText(now.clock!, translator('zh-CN'))).toBe('已超时（工作时间）');
    // 13:20: twenty working minutes past.
    clock.advance(50 * 60_000);
    const later = unwrap(await core.call('service.get', { id: t.id }, desk));
    expect(later.clock).toMatchObject({ minutesLeft: -20, overdue: true });
    expect(clockText(later.clock!, translator('en-US'))).toBe('Overdue by 20 min (working hours)');
  });

  it('the deadlines stay as they were set when the settings change later', async () => {
    const before = await newTicket(core, desk, desk.user!.staffId, {
      receivedAt: '2026-11-30T01:00:00.000Z',
    });
    const { settings, version } = unwrap(await core.call('settings.get', {}, manager));
    unwrap(
      await core.call(
        'settings.update',
        {
          version,
          settings: {
            ...settings,
            serviceDeadlines: {
              ...settings.serviceDeadlines,
              complaintFirstResponse: {
                normal: { hours: 8, mode: 'calendar' },
                major: { hours: 8, mode: 'calendar' },
                critical: { hours: 8, mode: 'calendar' },
              },
            },
          },
        },
        manager,
      ),
    );
    const again = unwrap(await core.call('service.get', { id: before.id }, desk));
    expect(again.responseDueAt).toBe(before.responseDueAt);
    expect(again.responseMode).toBe('working');
  });
});
