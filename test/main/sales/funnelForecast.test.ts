import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Opportunity } from '../../../src/shared/sales/types';
import { tableChecksum } from '../contract/support';
import { unwrap } from '../../support/core';
import {
  FULL_RECORDS,
  department,
  errorOf,
  fieldKeys,
  moveTo,
  newLead,
  record,
  staffIdOf,
  type Department,
} from './support';

const DAY = 86_400_000;

describe('funnel: conversion and days in stage from the stage changes (fixture on a fake clock)', () => {
  let d: Department;
  beforeAll(async () => {
    d = await department();
  });
  afterAll(async () => {
    await d.core.close();
  });

  it('counts the opportunities created in the period, stage by stage', async () => {
    const a = d.salesA;
    const me = staffIdOf(a);
    // Day 0 (2026-11-27): four leads, all with every record but B's and C's.
    let A = await record(d.core, a, await newLead(d.core, a, me, { title: 'A' }), FULL_RECORDS);
    let B = await record(d.core, a, await newLead(d.core, a, me, { title: 'B' }), {
      screening: FULL_RECORDS.screening,
    });
    await newLead(d.core, a, me, { title: 'C' });
    let D = await record(d.core, a, await newLead(d.core, a, me, { title: 'D' }), FULL_RECORDS);
    const step = async (o: Opportunity, to: Opportunity['stage'], extra = {}) =>
      unwrap(await moveTo(d.core, a, o, to, extra));
    d.clock.advance(DAY); // day 1
    D = await step(D, 'proposal');
    d.clock.advance(DAY); // day 2
    A = await step(A, 'screened');
    d.clock.advance(DAY); // day 3
    await step(D, 'won');
    d.clock.advance(DAY); // day 4
    B = await step(B, 'screened');
    d.clock.advance(DAY); // day 5
    A = await step(A, 'keyTarget');
    await step(B, 'lost', { lostReason: 'price' });
    d.clock.advance(DAY); // day 6
    A = await step(A, 'needsConfirmed');
    // Another lead weeks later: outside the period.
    d.clock.advance(40 * DAY);
    await newLead(d.core, a, me, { title: 'E' });

    const f = unwrap(await d.core.call('sales.funnel', { from: '2026-11-01', to: '2026-11-30' }, a));
    expect([f.created, f.won, f.lost]).toEqual([4, 1, 1]);
    const by = Object.fromEntries(f.steps.map((s) => [s.stage, s]));
    // Reached: every lead; A, B and D (D passed it on the way to proposal) screened; A and D further.
    expect(f.steps.map((s) => s.reached)).toEqual([4, 3, 2, 2, 1, 1, 1, 1]);
    expect(by.lead!.conversionToNext).toBe(75);
    expect(by.screened!.conversionToNext).toBe(66.7);
    expect(by.needsConfirmed!.conversionToNext).toBe(50);
    expect(by.won!.conversionToNext).toBeNull();
    // Days in stage, over stays that ended: lead A 2, B 4, D 1; screened A 3, B 1; keyTarget A 1; proposal D 2.
    expect(by.lead!.averageDays).toBe(2.3);
    expect(by.lead!.stays).toBe(3);
    expect(by.screened!.averageDays).toBe(2);
    expect(by.keyTarget!.averageDays).toBe(1);
    expect(by.proposal!.averageDays).toBe(2);
    expect(by.needsConfirmed!.averageDays).toBeNull();
    // The later lead is in a later period's funnel.
    const later = unwrap(await d.core.call('sales.funnel', { from: '2027-01-01', to: '2027-01-31' }, a));
    expect(later.created).toBe(1);

    // Moved back, A still reached needs confirmed: the funnel keeps the furthest stage; its stay there ended.
    await step(A, 'screened');
    const after = unwrap(await d.core.call('sales.funnel', { from: '2026-11-01', to: '2026-11-30' }, a));
    expect(after.steps.map((s) => s.reached)).toEqual([4, 3, 2, 2, 1, 1, 1, 1]);
    expect(after.steps.find((s) => s.stage === 'needsConfirmed')!.stays).toBe(1);

    // Handed to a colleague, A is in their funnel with its stays, and no longer in its old owner's.
    const now = unwrap(await d.core.call('sales.get', { id: A.id }, a)).opportunity;
    unwrap(
      await d.core.call(
        'sales.assign',
        { id: now.id, version: now.version, ownerId: staffIdOf(d.salesB) },
        d.manager,
      ),
    );
    const period = { from: '2026-11-01', to: '2026-11-30' };
    const theirs = unwrap(await d.core.call('sales.funnel', period, d.salesB));
    expect([theirs.created, theirs.steps.find((s) => s.stage === 'lead')!.stays]).toEqual([1, 1]);
    const mine = unwrap(await d.core.call('sales.funnel', period, a));
    expect([mine.created, mine.steps.find((s) => s.stage === 'lead')!.stays]).toEqual([3, 2]);
  });
});

describe('probability and the weighted forecast', () => {
  let d: Department;
  beforeAll(async () => {
    d = await department();
  });
  afterAll(async () => {
    await d.core.close();
  });

  it('probability is the owner’s estimate or the stage’s; the forecast weighs amounts by month', async () => {
    const a = d.salesA;
    const me = staffIdOf(a);
    const x = await newLead(d.core, a, me, { expectedAmountFen: 1_000_000, expectedCloseOn: '2026-12-15' });
    const y = await newLead(d.core, a, me, {
      expectedAmountFen: 2_000_000,
      expectedCloseOn: '2026-12-20',
      probability: 40,
    });
    let z = await newLead(d.core, a, me, { expectedAmountFen: 3_000_000, expectedCloseOn: '2027-01-10' });
    z = await record(d.core, a, z, FULL_RECORDS);
    z = unwrap(await moveTo(d.core, a, z, 'proposal'));
    let w = await newLead(d.core, a, me, { expectedAmountFen: 500_000, expectedCloseOn: '2026-12-01' });
    w = await record(d.core, a, w, FULL_RECORDS);
    w = unwrap(await moveTo(d.core, a, w, 'won'));

    // Default settings: lead 5 %, proposal 50 %.
    expect([x.probability, x.weightedFen]).toEqual([5, 50_000]);
    expect([y.probability, y.weightedFen]).toEqual([40, 800_000]);
    expect([z.probability, z.weightedFen]).toEqual([50, 1_500_000]);
    expect([w.probability, w.weightedFen]).toEqual([100, 500_000]);

    const months = unwrap(await d.core.call('sales.forecast', { from: '2026-11', months: 3 }, a));
    expect(months).toEqual([
      { month: '2026-11', open: 0, amountFen: 0, weightedFen: 0, wonFen: 500_000 },
      { month: '2026-12', open: 2, amountFen: 3_000_000, weightedFen: 850_000, wonFen: 0 },
      { month: '2027-01', open: 1, amountFen: 3_000_000, weightedFen: 1_500_000, wonFen: 0 },
    ]);

    // The manager changes the lead stage's probability: the forecast follows.
    const rec = unwrap(await d.core.call('settings.get', {}, d.manager));
    unwrap(
      await d.core.call(
        'settings.update',
        {
          version: rec.version,
          settings: {
            ...rec.settings,
            salesStageProbability: { ...rec.settings.salesStageProbability, lead: 10 },
          },
        },
        d.manager,
      ),
    );
    const again = unwrap(await d.core.call('sales.forecast', { from: '2026-12', months: 1 }, a));
    expect(again[0]!.weightedFen).toBe(100_000 + 800_000);
  });

  it('a probability outside 0–100 is refused, nothing changed', async () => {
    const before = tableChecksum(d.core);
    const r = await d.core.call(
      'sales.create',
      { title: '超出', newCompany: { name: '某公司' }, probability: 120 },
      d.salesA,
    );
    expect(errorOf(r).code).toBe('VALIDATION');
    expect(Object.keys(fieldKeys(r))).toEqual(['probability']);
    expect(tableChecksum(d.core)).toBe(before);
  });

  it('the scorecard’s weights must add up to 100', async () => {
    const rec = unwrap(await d.core.call('settings.get', {}, d.manager));
    const card = rec.settings.salesScorecard.map((c, i) => (i === 0 ? { ...c, weight: c.weight + 5 } : c));
    const r = await d.core.call(
      'settings.update',
      { version: rec.version, settings: { ...rec.settings, salesScorecard: card } },
      d.manager,
    );
    expect(fieldKeys(r)).toEqual({ 'settings.salesScorecard': 'validation.salesScorecardWeights' });
  });

  it('lost reasons: deals lost in the period, by reason', async () => {
    const a = d.salesA;
    for (const [reason, amount] of [
      ['price', 100],
      ['price', 300],
      ['competitor', 200],
    ] as const) {
      const o = await newLead(d.core, a, staffIdOf(a), { expectedAmountFen: amount });
      unwrap(await moveTo(d.core, a, o, 'lost', { lostReason: reason }));
    }
    const rows = unwrap(await d.core.call('sales.lostReasons', { from: '2026-11-01', to: '2026-11-30' }, a));
    expect(rows).toEqual([
      { reason: 'price', count: 2, amountFen: 400 },
      { reason: 'competitor', count: 1, amountFen: 200 },
    ]);
  });
});
