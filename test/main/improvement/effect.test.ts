import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../../src/main/core/context';
import { listMeasuresForPeriod } from '../../../src/main/domains/improvement/service';
import { addDays } from '../../../src/shared/improvement/rules';
import type { ImprovementMeasure } from '../../../src/shared/improvement/types';
import { unwrap } from '../../support/core';
import type { ChannelInput } from '../../../src/shared/contract/channels';
import {
  chinaMidnight,
  department,
  fileTicket,
  makeClient,
  makeMeasure,
  staffIdOf,
  type Department,
} from './support';

/*
 * The effect check against hand-worked cases (SERVICE.md "Improvement measures"): the settings' defaults are
 * a 90-day window and a 10 % threshold. Today is 2026-11-27 (China). Each case uses a category of its own,
 * so the complaints of one never count in another; clients served count every category, so the cases that
 * check them own a period nobody else's tickets fall in.
 */
const TODAY = '2026-11-27';
let d: Department;

beforeAll(async () => {
  d = await department();
});
afterAll(async () => {
  await d.core.close();
});

/** A category of its own for a case, added to the settings list. */
async function category(key: string): Promise<string> {
  const { settings, version } = unwrap(await d.core.call('settings.get', {}, d.manager));
  unwrap(
    await d.core.call(
      'settings.update',
      {
        version,
        settings: {
          ...settings,
          serviceCategories: [
            ...settings.serviceCategories,
            { key, nameZh: `测试${key}`, nameEn: `Test ${key}`, active: true },
          ],
        },
      },
      d.manager,
    ),
  );
  return key;
}

/**
 * A ticket registered at the desk (by the manager, handled by a salesperson) received at `receivedAt`: a
 * complaint of an unknown caller unless `over` says; with a client, the caller is that file.
 */
const ticket = (receivedAt: string, over: Partial<ChannelInput<'service.create'>> & { category: string }) =>
  fileTicket(d.core, d.manager, staffIdOf(d.salesA), {
    receivedAt,
    ...(over.clientId ? { callerName: null } : {}),
    ...over,
  });

/** `n` complaints of `cat` received on `day` (China), at 10:00 there, from these clients in turn. */
async function complaints(cat: string, day: string, n: number, clientIds: (string | null)[] = []) {
  for (let i = 0; i < n; i++)
    await ticket(new Date(Date.parse(chinaMidnight(day)) + 10 * 3_600_000).toISOString(), {
      category: cat,
      clientId: clientIds[i] ?? null,
    });
}

/** A measure on `cat`, done, in effect from `effectiveFrom`. */
async function doneMeasure(cat: string, effectiveFrom: string): Promise<ImprovementMeasure> {
  const m = await makeMeasure(d.core, d.salesLead, staffIdOf(d.salesA), { causeCategory: cat });
  return unwrap(
    await d.core.call(
      'improvement.setStatus',
      { id: m.id, version: m.version, status: 'done', effectiveFrom },
      d.salesA,
    ),
  );
}

const effectOf = async (m: ImprovementMeasure) =>
  unwrap(await d.core.call('improvement.get', { id: m.id }, d.marketC)).effect!;

describe('the effect check', () => {
  it('6 complaints in the 90 days before, 3 in the 90 after: better, −50 %', async () => {
    const cat = await category('case_better');
    // Effective 100 days ago: the after-window has run its full 90 days.
    const eff = addDays(TODAY, -100); // 2026-08-19
    await complaints(cat, addDays(eff, -90), 2); // first day of the before-window
    await complaints(cat, addDays(eff, -30), 3);
    await complaints(cat, addDays(eff, -1), 1); // last day before
    await complaints(cat, eff, 1); // first day after
    await complaints(cat, addDays(eff, 45), 1);
    await complaints(cat, addDays(eff, 89), 1); // last day of the after-window
    // Outside both windows, or an inquiry: none of them count.
    await complaints(cat, addDays(eff, -91), 4);
    await complaints(cat, addDays(eff, 90), 4);
    await ticket(chinaMidnight(eff), { kind: 'inquiry', category: cat });

    const e = await effectOf(await doneMeasure(cat, eff));
    expect(e.effectiveFrom).toBe(eff);
    expect(e.before).toMatchObject({ from: '2026-05-21', to: eff, days: 90, complaints: 6, perMonth: 2 });
    expect(e.after).toMatchObject({ from: eff, to: '2026-11-17', days: 90, complaints: 3, perMonth: 1 });
    expect(e.changePct).toBe(-50);
    expect(e.verdict).toBe('better');
  });

  it('the window starts at China midnight of the effective day', async () => {
    const cat = await category('case_midnight');
    const eff = addDays(TODAY, -60);
    const midnight = Date.parse(chinaMidnight(eff));
    await ticket(new Date(midnight - 1000).toISOString(), { category: cat });
    await ticket(new Date(midnight).toISOString(), { category: cat });
    await ticket(new Date(midnight).toISOString(), { category: cat });
    const e = await effectOf(await doneMeasure(cat, eff));
    expect([e.before.complaints, e.after.complaints]).toEqual([1, 2]);
  });

  it('the same count before and after: no change', async () => {
    const cat = await category('case_equal');
    const eff = addDays(TODAY, -120);
    await complaints(cat, addDays(eff, -10), 3);
    await complaints(cat, addDays(eff, 10), 3);
    const e = await effectOf(await doneMeasure(cat, eff));
    expect(e).toMatchObject({ changePct: 0, verdict: 'no_change' });
  });

  it('more after: worse; a fall smaller than the threshold: no change', async () => {
    const worse = await category('case_worse');
    const eff = addDays(TODAY, -95);
    await complaints(worse, addDays(eff, -5), 10);
    await complaints(worse, addDays(eff, 5), 11); // +10 %: on the threshold counts
    expect(await effectOf(await doneMeasure(worse, eff))).toMatchObject({ changePct: 10, verdict: 'worse' });

    const small = await category('case_small');
    await complaints(small, addDays(eff, -5), 20);
    await complaints(small, addDays(eff, 5), 19); // −5 %
    expect(await effectOf(await doneMeasure(small, eff))).toMatchObject({
      changePct: -5,
      verdict: 'no_change',
    });
  });

  it('none before and none after: no change; none before and some after: worse, with no percentage', async () => {
    const none = await category('case_none');
    const eff = addDays(TODAY, -40);
    expect(await effectOf(await doneMeasure(none, eff))).toMatchObject({
      changePct: null,
      verdict: 'no_change',
      before: { complaints: 0, perMonth: 0 },
      after: { complaints: 0, perMonth: 0 },
    });
    const fromZero = await category('case_from_zero');
    await complaints(fromZero, addDays(eff, 3), 2);
    expect(await effectOf(await doneMeasure(fromZero, eff))).toMatchObject({
      changePct: null,
      verdict: 'worse',
    });
  });

  it('pending while the after-window has run under 14 days; then both windows take the shorter length', async () => {
    const cat = await category('case_pending');
    const eff = addDays(TODAY, -13);
    await complaints(cat, addDays(eff, -3), 5);
    const m = await doneMeasure(cat, eff);
    const pending = await effectOf(m);
    expect(pending).toMatchObject({
      verdict: 'pending',
      changePct: null,
      before: { from: addDays(eff, -13), to: eff, days: 13, complaints: 5 },
      after: { from: eff, to: TODAY, days: 13, complaints: 0 },
    });

    // A day later the after-window has 14 days: the check speaks, over 14 days each side.
    d.clock.advance(86_400_000);
    try {
      const e = await effectOf(m);
      expect(e.after).toMatchObject({ days: 14, to: addDays(TODAY, 1) });
      expect(e.before).toMatchObject({ days: 14, from: addDays(eff, -14) });
      // 5 complaints in 14 days: 5 × 30 / 14 a month.
      expect(e.before.perMonth).toBe(10.71);
      expect(e).toMatchObject({ verdict: 'better', changePct: -100 });
    } finally {
      d.clock.advance(-86_400_000);
    }
  });

  it('per 100 clients served: distinct clients with a ticket of any kind or a transaction in the window', async () => {
    // A period of its own, two years back, so no other case's tickets are in its windows.
    const cat = await category('case_clients');
    const eff = '2024-06-01';
    const client = async (i: number) => (await makeClient(d.core, d.salesA, { name: `服务客户${i}` })).id;
    const [c0, c1, c2, c3, c4, c5, c6, c7] = [
      await client(0),
      await client(1),
      await client(2),
      await client(3),
      await client(4),
      await client(5),
      await client(6),
      await client(7),
    ];

    // Before [2024-03-03, 2024-06-01): 4 complaints from c0, c0, c1, c2 — and an inquiry from c3, a
    // complaint of another category from c4, a transaction of c5: 6 clients served, 4 / 6 × 100 = 66.67.
    await complaints(cat, '2024-04-01', 4, [c0, c0, c1, c2]);
    await ticket(chinaMidnight('2024-04-02'), { kind: 'inquiry', category: cat, clientId: c3 });
    await ticket(chinaMidnight('2024-04-03'), { category: 'billing', clientId: c4 });
    const tx = (clientId: string, date: string) =>
      d.core.call(
        'transactions.create',
        { clientId, date, item: '维保服务', quantity: 1, amountFen: 100_000 },
        d.salesA,
      );
    unwrap(await tx(c5, '2024-05-31'));
    // After [2024-06-01, 2024-08-30): 1 complaint from c6, transactions of c6 (counted once) and c7: 2 clients.
    await complaints(cat, '2024-07-01', 1, [c6]);
    unwrap(await tx(c6, '2024-06-01'));
    unwrap(await tx(c7, '2024-08-29'));
    // A transaction the day the after-window ends: outside.
    unwrap(await tx(c0, '2024-08-30'));

    const e = await effectOf(await doneMeasure(cat, eff));
    expect(e.before).toMatchObject({ days: 90, complaints: 4, clientsServed: 6, per100Clients: 66.67 });
    expect(e.after).toMatchObject({ days: 90, complaints: 1, clientsServed: 2, per100Clients: 50 });
    expect(e).toMatchObject({ changePct: -75, verdict: 'better' });
  });

  it('a window without clients served has no per-100 figure', async () => {
    const cat = await category('case_no_clients');
    await complaints(cat, '2023-02-01', 2);
    const e = await effectOf(await doneMeasure(cat, '2023-03-01'));
    expect(e.before).toMatchObject({ complaints: 2, clientsServed: 0, per100Clients: null });
  });

  it('only done measures have an effect; the list shows it too', async () => {
    const cat = await category('case_list');
    const open = await makeMeasure(d.core, d.salesLead, staffIdOf(d.salesA), { causeCategory: cat });
    const done = await doneMeasure(cat, addDays(TODAY, -30));
    const rows = unwrap(await d.core.call('improvement.list', { causeCategory: cat }, d.salesA)).rows;
    expect(rows.find((r) => r.id === open.id)!.effect).toBeNull();
    expect(rows.find((r) => r.id === done.id)!.effect).toEqual(await effectOf(done));
  });
});

describe('many measures at once', () => {
  it('a list page counts in one pass what each measure’s own page counts window by window', async () => {
    const rows = unwrap(
      await d.core.call('improvement.list', { statuses: ['done'], pageSize: 500 }, d.salesA),
    ).rows;
    expect(rows.length).toBeGreaterThan(5);
    for (const m of rows) expect(m.effect, m.title).toEqual(await effectOf(m));
    // The case with clients served is among them, counted the same way.
    expect(rows.some((m) => m.effect!.before.clientsServed === 6)).toBe(true);
  });
});

describe('listMeasuresForPeriod (the analysis report)', () => {
  it('measures created or completed in the period, China days inclusive, with their effect', async () => {
    const ctx = systemContext(d.core.deps);
    const cat = await category('case_period');
    const created = await makeMeasure(d.core, d.salesLead, staffIdOf(d.salesA), { causeCategory: cat });
    const done = await doneMeasure(cat, addDays(TODAY, -20));
    const inPeriod = listMeasuresForPeriod(ctx, { from: TODAY, to: TODAY }).map((m) => m.id);
    expect(inPeriod).toEqual(expect.arrayContaining([created.id, done.id]));
    expect(listMeasuresForPeriod(ctx, { from: addDays(TODAY, 1), to: addDays(TODAY, 30) })).toEqual([]);
    const withEffect = listMeasuresForPeriod(ctx, { from: TODAY, to: TODAY }).find((m) => m.id === done.id)!;
    expect(withEffect.effect).toMatchObject({
      effectiveFrom: addDays(TODAY, -20),
      verdict: expect.any(String),
    });

    // Created yesterday, finished tomorrow: in each of those days' periods.
    d.clock.advance(86_400_000);
    try {
      const finished = unwrap(
        await d.core.call(
          'improvement.setStatus',
          { id: created.id, version: created.version, status: 'done' },
          d.salesA,
        ),
      );
      const tomorrow = addDays(TODAY, 1);
      expect(listMeasuresForPeriod(ctx, { from: tomorrow, to: tomorrow }).map((m) => m.id)).toContain(
        finished.id,
      );
      expect(listMeasuresForPeriod(ctx, { from: tomorrow, to: tomorrow }).map((m) => m.id)).not.toContain(
        done.id,
      );
    } finally {
      d.clock.advance(-86_400_000);
    }
  });
});
