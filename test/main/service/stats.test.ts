import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core/createCore';
import type { Ctx } from '../../../src/main/core/context';
import { serviceStats } from '../../../src/main/domains/service/stats';
import { previousPeriod, presetPeriod, periodMonths } from '../../../src/shared/service/statsPeriod';
import { FakeClock, makeCore, setUpDepartment } from '../../support/core';
import { insertTickets, type TicketRowSeed } from '../../support/serviceTickets';

/**
 * The statistics (三(三)5) against a fixture worked out by hand. Times are China time (UTC+8), the calendar
 * the periods are counted in; "now" is 1 November 2026, 10:00.
 */
const HOUR = 3_600_000;
const cn = (local: string) => new Date(Date.parse(`${local.replace(' ', 'T')}:00+08:00`)).toISOString();
const plus = (iso: string, hours: number) => new Date(Date.parse(iso) + hours * HOUR).toISOString();

/** A complaint received at `at` (China time), due for a response in 4 h and a resolution in 72 h. */
function complaint(
  at: string,
  rest: Partial<TicketRowSeed> & { respond?: number; resolve?: number },
): TicketRowSeed {
  const receivedAt = cn(at);
  const { respond, resolve, ...seed } = rest;
  return {
    receivedAt,
    responseDueAt: plus(receivedAt, 4),
    resolutionDueAt: plus(receivedAt, 72),
    firstResponseAt: respond === undefined ? null : plus(receivedAt, respond),
    resolvedAt: resolve === undefined ? null : plus(receivedAt, resolve),
    ...seed,
  };
}

const closed = (score: number, satisfied: boolean): Partial<TicketRowSeed> => ({
  status: 'closed',
  satisfactionScore: score,
  clientSatisfied: satisfied,
});

/** October 2026: seven complaints counted, and four that must not be. */
const OCTOBER: TicketRowSeed[] = [
  // T1 on the first minute of the period: response in 2 h (met), resolved in 48 h (met); 5, satisfied.
  complaint('2026-10-01 00:00', {
    category: 'product_quality',
    channel: 'hotline',
    responsibleDept: 'production',
    respond: 2,
    resolve: 48,
    ...closed(5, true),
  }),
  // T2: response in 6 h (missed), resolved in 80 h (missed); reopened once; 2, not satisfied.
  complaint('2026-10-05 09:00', {
    category: 'product_quality',
    channel: 'hotline',
    responsibleDept: 'production',
    respond: 6,
    resolve: 80,
    reopenCount: 1,
    ...closed(2, false),
  }),
  // T3: response in 1 h, resolved in 24 h (both met); waiting for the feedback call.
  complaint('2026-10-10 14:00', {
    category: 'delivery',
    channel: 'email',
    responsibleDept: 'logistics',
    respond: 1,
    resolve: 24,
    status: 'feedback',
  }),
  // T4: never answered: both deadlines passed long ago (missed, missed).
  complaint('2026-10-15 10:00', { category: 'delivery', channel: 'wechat' }),
  // T5 on the last minute of the period: response in 3 h, resolved in 10 h (met, met); 4, satisfied.
  complaint('2026-10-31 23:59', {
    category: 'product_quality',
    channel: 'walk_in',
    responsibleDept: 'quality',
    respond: 3,
    resolve: 10,
    ...closed(4, true),
  }),
  // T9: not answered; its response was due at 00:00 today (missed), its resolution is due on 3 November
  // (still running: not judged).
  complaint('2026-10-31 20:00', { category: 'service_attitude', channel: 'hotline' }),
  // T10: response in half an hour (met); resolution was due on 23 October and is not done (missed).
  complaint('2026-10-20 10:00', {
    category: 'billing',
    channel: 'email',
    responsibleDept: 'finance',
    respond: 0.5,
    status: 'resolving',
  }),

  // Not counted: received on 1 November (the next period), an inquiry, a deleted complaint, and one
  // received a minute before the previous period began.
  complaint('2026-11-01 00:00', { category: 'billing', channel: 'other' }),
  {
    ...complaint('2026-10-12 10:00', { category: 'billing', respond: 1, resolve: 1 }),
    kind: 'inquiry',
    status: 'answered',
  },
  complaint('2026-10-12 11:00', { category: 'billing', deletedAt: cn('2026-10-13 09:00') }),
  complaint('2026-08-30 23:59', { category: 'billing', channel: 'other' }),
];

/** The previous period of October (31 days): 31 August – 30 September. */
const SEPTEMBER: TicketRowSeed[] = [
  // P1 on the first minute: response in 5 h (missed), resolved in 30 h (met); 3, not satisfied.
  complaint('2026-08-31 00:00', {
    category: 'product_quality',
    channel: 'hotline',
    responsibleDept: 'production',
    respond: 5,
    resolve: 30,
    ...closed(3, false),
  }),
  // P2: response in 1 h (met), resolved in 100 h (missed).
  complaint('2026-09-15 12:00', {
    category: 'delivery',
    channel: 'hotline',
    responsibleDept: 'logistics',
    respond: 1,
    resolve: 100,
    status: 'feedback',
  }),
  // P3: never answered (missed, missed).
  complaint('2026-09-30 23:00', { category: 'other', channel: 'email' }),
];

let core: Core;
let ctx: Ctx;

beforeAll(async () => {
  core = await makeCore({ clock: new FakeClock(Date.parse('2026-11-01T02:00:00.000Z')) });
  const { manager } = await setUpDepartment(core);
  ctx = core.context(manager);
  insertTickets(core.store.db, [...OCTOBER, ...SEPTEMBER]);
});
afterAll(async () => {
  await core.close();
});

describe('complaint statistics for October 2026, against a hand-worked fixture', () => {
  const stats = () => serviceStats(ctx, { from: '2026-10-01', to: '2026-10-31', kind: 'complaint' });

  it('compares with the 31 days before: 31 August – 30 September', () => {
    const s = stats();
    expect(s.period).toEqual({ from: '2026-10-01', to: '2026-10-31' });
    expect(s.previousPeriod).toEqual({ from: '2026-08-31', to: '2026-09-30' });
  });

  it('counts the seven complaints of the period and the three of the previous one', () => {
    const s = stats();
    // T1 T2 T3 T4 T5 T9 T10; not the one of 1 November, the inquiry, the deleted one, the one of 30 August.
    expect(s.current.total).toBe(7);
    expect(s.previous.total).toBe(3);
    expect(s.byMonth).toEqual([{ month: '2026-10', count: 7 }]);
  });

  it('first-response deadline: 4 of 7 met (57.1 %); 1 of 3 before (33.3 %)', () => {
    const s = stats();
    // Due: the five answered (T1 T2 T3 T5 T10) and the two unanswered whose deadline passed (T4, T9).
    // Met: T1 (2 h), T3 (1 h), T5 (3 h), T10 (0.5 h); T2 took 6 h. 4 / 7 = 57.14… → 57.1.
    expect(s.current.responseSla).toEqual({ due: 7, met: 4, pct: 57.1 });
    // P1 (5 h, missed), P2 (1 h, met), P3 (unanswered, passed): 1 / 3 = 33.33… → 33.3.
    expect(s.previous.responseSla).toEqual({ due: 3, met: 1, pct: 33.3 });
  });

  it('resolution deadline: 3 of 6 met (50 %); the one still running is not judged', () => {
    const s = stats();
    // Due: the four resolved (T1 T2 T3 T5) and the unresolved whose 72 h passed (T4, T10) = 6; T9's
    // resolution is due on 3 November. Met: T1 (48 h), T3 (24 h), T5 (10 h); T2 took 80 h. 3 / 6 = 50.0.
    expect(s.current.resolutionSla).toEqual({ due: 6, met: 3, pct: 50 });
    // P1 (30 h, met), P2 (100 h, missed), P3 (passed): 1 / 3.
    expect(s.previous.resolutionSla).toEqual({ due: 3, met: 1, pct: 33.3 });
  });

  it('mean and median calendar hours to the first response and to resolution', () => {
    const s = stats();
    // Response: 2, 6, 1, 3, 0.5 h → sum 12.5, mean 12.5 / 5 = 2.5; sorted 0.5 1 2 3 6 → median 2.
    expect(s.current.toResponse).toEqual({ n: 5, meanHours: 2.5, medianHours: 2 });
    // Resolution: 48, 80, 24, 10 h → sum 162, mean 40.5; sorted 10 24 48 80 → median (24 + 48) / 2 = 36.
    expect(s.current.toResolution).toEqual({ n: 4, meanHours: 40.5, medianHours: 36 });
    // Before: response 5, 1 → mean 3, median 3; resolution 30, 100 → mean 65, median 65.
    expect(s.previous.toResponse).toEqual({ n: 2, meanHours: 3, medianHours: 3 });
    expect(s.previous.toResolution).toEqual({ n: 2, meanHours: 65, medianHours: 65 });
  });

  it('satisfaction of the closed complaints, and the reopened ones', () => {
    const s = stats();
    // T1 5 (satisfied), T2 2 (not), T5 4 (satisfied): mean 11 / 3 = 3.666… → 3.67; 2 / 3 = 66.7 %.
    expect(s.current.satisfaction).toEqual({ n: 3, meanScore: 3.67, satisfiedPct: 66.7 });
    expect(s.current.reopened).toBe(1);
    // P1 only: 3, not satisfied.
    expect(s.previous.satisfaction).toEqual({ n: 1, meanScore: 3, satisfiedPct: 0 });
    expect(s.previous.reopened).toBe(0);
  });

  it('by category, channel and responsible department, beside the previous period, most first', () => {
    const s = stats();
    // Ordered by count, then previous count, then key (billing before service_attitude at 1 – 0).
    expect(s.byCategory).toEqual([
      { key: 'product_quality', count: 3, previous: 1 },
      { key: 'delivery', count: 2, previous: 1 },
      { key: 'billing', count: 1, previous: 0 },
      { key: 'service_attitude', count: 1, previous: 0 },
      { key: 'other', count: 0, previous: 1 },
    ]);
    // No channel 'other' in either period: not listed.
    expect(s.byChannel).toEqual([
      { key: 'hotline', count: 3, previous: 2 },
      { key: 'email', count: 2, previous: 1 },
      { key: 'walk_in', count: 1, previous: 0 },
      { key: 'wechat', count: 1, previous: 0 },
    ]);
    // T4 and T9 (and P3) have no responsible department yet: 'unassigned'.
    expect(s.byDepartment).toEqual([
      { key: 'production', count: 2, previous: 1 },
      { key: 'unassigned', count: 2, previous: 1 },
      { key: 'logistics', count: 1, previous: 1 },
      { key: 'finance', count: 1, previous: 0 },
      { key: 'quality', count: 1, previous: 0 },
    ]);
  });

  it('Pareto of causes: descending, ties by key, share and running share of 7', () => {
    // 3/7 = 42.857 → 42.9; 2/7 = 28.571 → 28.6, running 5/7 = 71.4; 1/7 = 14.3, running 6/7 = 85.7, then 100.
    expect(stats().pareto).toEqual([
      { key: 'product_quality', count: 3, share: 42.9, cumulative: 42.9 },
      { key: 'delivery', count: 2, share: 28.6, cumulative: 71.4 },
      { key: 'billing', count: 1, share: 14.3, cumulative: 85.7 },
      { key: 'service_attitude', count: 1, share: 14.3, cumulative: 100 },
    ]);
  });
});

describe('periods', () => {
  it('a period over three months counts each month, the partial ones too', () => {
    const s = serviceStats(ctx, { from: '2026-09-01', to: '2026-11-01', kind: 'complaint' });
    // September: P2, P3 (P1 is 31 August); October: 7; 1 November: the one received at 00:00.
    expect(s.byMonth).toEqual([
      { month: '2026-09', count: 2 },
      { month: '2026-10', count: 7 },
      { month: '2026-11', count: 1 },
    ]);
    expect(s.current.total).toBe(10);
    // 62 days before 1 September: 1 July – 31 August.
    expect(s.previousPeriod).toEqual({ from: '2026-07-01', to: '2026-08-31' });
  });

  it('inquiries are counted on their own', () => {
    const s = serviceStats(ctx, { from: '2026-10-01', to: '2026-10-31', kind: 'inquiry' });
    expect(s.current.total).toBe(1);
    // Answered (which for an inquiry is also resolved) in 1 h.
    expect(s.current.responseSla).toEqual({ due: 1, met: 1, pct: 100 });
    expect(s.current.resolutionSla).toEqual({ due: 1, met: 1, pct: 100 });
    expect(s.current.toResolution).toEqual({ n: 1, meanHours: 1, medianHours: 1 });
    expect(s.current.satisfaction).toEqual({ n: 0, meanScore: null, satisfiedPct: null });
  });

  it('a period with nothing in it has no percentages, means or medians, and no Pareto', () => {
    const s = serviceStats(ctx, { from: '2025-01-01', to: '2025-01-31', kind: 'complaint' });
    expect(s.current).toEqual({
      total: 0,
      responseSla: { due: 0, met: 0, pct: null },
      resolutionSla: { due: 0, met: 0, pct: null },
      toResponse: { n: 0, meanHours: null, medianHours: null },
      toResolution: { n: 0, meanHours: null, medianHours: null },
      satisfaction: { n: 0, meanScore: null, satisfiedPct: null },
      reopened: 0,
    });
    expect(s.pareto).toEqual([]);
    expect(s.byCategory).toEqual([]);
  });

  it('refuses an end before the start and a period longer than five years, naming the field', () => {
    expect(() => serviceStats(ctx, { from: '2026-10-31', to: '2026-10-01', kind: 'complaint' })).toThrow(
      expect.objectContaining({ code: 'VALIDATION', fields: { to: { key: 'validation.periodOrder' } } }),
    );
    expect(() => serviceStats(ctx, { from: '2020-01-01', to: '2026-01-01', kind: 'complaint' })).toThrow(
      expect.objectContaining({ code: 'VALIDATION', fields: { from: { key: 'validation.periodTooLong' } } }),
    );
  });

  it('a category no longer on the settings list still counts, under its own key', () => {
    insertTickets(core.store.db, [
      complaint('2027-03-02 10:00', { category: 'packaging_retired', responsibleDept: 'warehouse_old' }),
    ]);
    const s = serviceStats(ctx, { from: '2027-03-01', to: '2027-03-31', kind: 'complaint' });
    expect(s.byCategory).toEqual([{ key: 'packaging_retired', count: 1, previous: 0 }]);
    expect(s.byDepartment).toEqual([{ key: 'warehouse_old', count: 1, previous: 0 }]);
    expect(s.pareto).toEqual([{ key: 'packaging_retired', count: 1, share: 100, cumulative: 100 }]);
  });

  it('previous periods and the presets of the statistics page', () => {
    // A leap February: 29 days → the 29 days before.
    expect(previousPeriod({ from: '2024-02-01', to: '2024-02-29' })).toEqual({
      from: '2024-01-03',
      to: '2024-01-31',
    });
    expect(previousPeriod({ from: '2026-01-01', to: '2026-12-31' })).toEqual({
      from: '2025-01-01',
      to: '2025-12-31',
    });
    const today = '2026-11-27';
    expect(presetPeriod('thisMonth', today)).toEqual({ from: '2026-11-01', to: '2026-11-27' });
    expect(presetPeriod('lastMonth', today)).toEqual({ from: '2026-10-01', to: '2026-10-31' });
    expect(presetPeriod('thisQuarter', today)).toEqual({ from: '2026-10-01', to: '2026-11-27' });
    expect(presetPeriod('lastQuarter', today)).toEqual({ from: '2026-07-01', to: '2026-09-30' });
    expect(presetPeriod('thisYear', today)).toEqual({ from: '2026-01-01', to: '2026-11-27' });
    expect(presetPeriod('lastYear', today)).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(presetPeriod('lastMonth', '2026-01-15')).toEqual({ from: '2025-12-01', to: '2025-12-31' });
    expect(presetPeriod('lastQuarter', '2026-02-10')).toEqual({ from: '2025-10-01', to: '2025-12-31' });
    expect(periodMonths({ from: '2025-12-15', to: '2026-02-03' }).map((m) => m.month)).toEqual([
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
  });
});
