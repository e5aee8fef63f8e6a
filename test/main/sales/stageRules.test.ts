import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SALES_SETTINGS } from '../../../src/shared/sales/settings';
import { missingForMove, screeningScore } from '../../../src/shared/sales/rules';
import { tableChecksum } from '../contract/support';
import { unwrap } from '../../support/core';
import {
  FULL_RECORDS,
  department,
  errorOf,
  fieldKeys,
  moveTo,
  newLead,
  readOpportunity,
  record,
  staffIdOf,
  updateOf,
  type Department,
} from './support';
import { leadInput } from '../../support/salesExamples';

let d: Department;
beforeAll(async () => {
  d = await department();
});
afterAll(async () => {
  await d.core.close();
});

const rules = {
  scorecard: DEFAULT_SALES_SETTINGS.salesScorecard,
  keyTargetMinScore: DEFAULT_SALES_SETTINGS.salesKeyTargetMinScore,
};
const empty = {
  screening: [],
  needs: null,
  proposal: null,
  visitInvitedOn: null,
  visitHeldOn: null,
  negotiationNotes: null,
  expectedAmountFen: null,
};

describe('the record each stage needs (shared rules)', () => {
  it('the score is the weighted average of every criterion, none until all are rated', () => {
    // need 30 %, budget 25 %, authority, timing and scale 15 % each.
    const ratings = [
      { key: 'need', rating: 100 },
      { key: 'budget', rating: 40 },
      { key: 'authority', rating: 60 },
      { key: 'timing', rating: 20 },
      { key: 'scale', rating: 80 },
    ];
    expect(screeningScore(rules.scorecard, ratings)).toBe(30 + 10 + 9 + 3 + 12);
    expect(screeningScore(rules.scorecard, ratings.slice(1))).toBeNull();
  });

  it('a move forward names every record missing on the way, each field once', () => {
    expect(missingForMove('lead', 'visit', empty, rules).map((m) => m.field)).toEqual([
      'screening',
      'needs',
      'proposal',
      'visitInvitedOn',
      'visitHeldOn',
    ]);
    expect(missingForMove('lead', 'won', { ...empty, ...FULL_RECORDS }, rules)).toEqual([
      { field: 'expectedAmountFen', key: 'salesWonAmountRequired' },
    ]);
  });

  it('moving back needs nothing; lost needs its reason only', () => {
    expect(missingForMove('negotiation', 'lead', empty, rules)).toEqual([]);
    expect(missingForMove('lead', 'lost', empty, rules)).toEqual([
      { field: 'lostReason', key: 'salesLostReasonRequired' },
    ]);
    expect(missingForMove('lead', 'lost', { ...empty, lostReason: 'price' }, rules)).toEqual([]);
  });
});

describe('stage moves in main', () => {
  /** Each stage with what it needs recorded, as a person fills it in, in order. */
  const STEPS = [
    { to: 'screened', field: 'screening', patch: { screening: FULL_RECORDS.screening } },
    { to: 'keyTarget', field: 'screening', patch: {} },
    { to: 'needsConfirmed', field: 'needs', patch: { needs: FULL_RECORDS.needs } },
    { to: 'proposal', field: 'proposal', patch: { proposal: FULL_RECORDS.proposal } },
    {
      to: 'visit',
      field: 'visitInvitedOn',
      patch: { visitInvitedOn: '2026-11-20', visitHeldOn: '2026-11-25' },
    },
    { to: 'negotiation', field: 'negotiationNotes', patch: { negotiationNotes: '价格已谈妥' } },
  ] as const;

  it('each stage is refused without its record (named, nothing changed) and taken with it', async () => {
    const a = d.salesA;
    let o = await newLead(d.core, a, staffIdOf(a), { expectedAmountFen: 0 });
    for (const step of STEPS) {
      if (step.to !== 'keyTarget') {
        const before = tableChecksum(d.core);
        const refused = await moveTo(d.core, a, o, step.to);
        expect(errorOf(refused).code, step.to).toBe('VALIDATION');
        expect(Object.keys(fieldKeys(refused)), step.to).toContain(step.field);
        expect(tableChecksum(d.core), step.to).toBe(before);
      }
      o = await record(d.core, a, o, step.patch);
      o = unwrap(await moveTo(d.core, a, o, step.to));
      expect(o.stage).toBe(step.to);
    }
    // Won needs an amount above zero.
    const noAmount = await moveTo(d.core, a, o, 'won');
    expect(fieldKeys(noAmount)).toEqual({ expectedAmountFen: 'validation.salesWonAmountRequired' });
    o = await record(d.core, a, o, { expectedAmountFen: 8_800_000 });
    o = unwrap(await moveTo(d.core, a, o, 'won'));
    expect([o.stage, o.probability, o.closedOn]).toEqual(['won', 100, '2026-11-27']);
    const detail = await readOpportunity(d.core, a, o.id);
    expect(detail.stageChanges.map((c) => c.toStage)).toEqual([
      'lead',
      'screened',
      'keyTarget',
      'needsConfirmed',
      'proposal',
      'visit',
      'negotiation',
      'won',
    ]);
    // A won deal moves no more.
    expect(errorOf(await moveTo(d.core, a, o, 'negotiation')).code).toBe('INVALID_STATE');
  });

  it('a key target needs the settings’ minimum score', async () => {
    let o = await newLead(d.core, d.salesA, staffIdOf(d.salesA));
    o = await record(d.core, d.salesA, o, {
      screening: FULL_RECORDS.screening.map((r) => ({ ...r, rating: 50 })),
    });
    o = unwrap(await moveTo(d.core, d.salesA, o, 'screened'));
    expect(o.screeningScore).toBe(50);
    expect(fieldKeys(await moveTo(d.core, d.salesA, o, 'keyTarget'))).toEqual({
      screening: 'validation.salesScoreBelowMin',
    });
  });

  it('a move may skip stages whose records are there, and one that skips a missing record names it', async () => {
    let o = await newLead(d.core, d.salesA, staffIdOf(d.salesA));
    o = await record(d.core, d.salesA, o, { screening: FULL_RECORDS.screening, proposal: '方案' });
    expect(fieldKeys(await moveTo(d.core, d.salesA, o, 'proposal'))).toEqual({
      needs: 'validation.salesNeedsRequired',
    });
    o = await record(d.core, d.salesA, o, { needs: '需求' });
    o = unwrap(await moveTo(d.core, d.salesA, o, 'proposal'));
    expect(o.stage).toBe('proposal');
    // Back is allowed, audited as a move back.
    o = unwrap(await moveTo(d.core, d.salesA, o, 'screened'));
    expect(o.stage).toBe('screened');
    const actions = d.core.store.db
      .prepare(`SELECT action FROM audit_log WHERE entity = 'opportunity' AND entity_id = ? ORDER BY id`)
      .pluck()
      .all(o.id);
    expect(actions).toEqual(['create', 'update', 'update', 'move_stage', 'move_back']);
  });

  it('a record the current stage needs cannot be taken away', async () => {
    let o = await newLead(d.core, d.salesA, staffIdOf(d.salesA));
    o = await record(d.core, d.salesA, o, { screening: FULL_RECORDS.screening, needs: '需求' });
    o = unwrap(await moveTo(d.core, d.salesA, o, 'needsConfirmed'));
    const r = await d.core.call('sales.update', updateOf(o, { needs: null }), d.salesA);
    expect(fieldKeys(r)).toEqual({ needs: 'validation.salesNeedsRequired' });
  });

  it('lost needs a reason from the settings’ list; a lost one reopens where it was', async () => {
    let o = await newLead(d.core, d.salesA, staffIdOf(d.salesA));
    o = await record(d.core, d.salesA, o, { screening: FULL_RECORDS.screening });
    o = unwrap(await moveTo(d.core, d.salesA, o, 'screened'));
    const before = tableChecksum(d.core);
    expect(fieldKeys(await moveTo(d.core, d.salesA, o, 'lost'))).toEqual({
      lostReason: 'validation.salesLostReasonRequired',
    });
    expect(fieldKeys(await moveTo(d.core, d.salesA, o, 'lost', { lostReason: 'weather' }))).toEqual({
      lostReason: 'validation.invalidChoice',
    });
    expect(tableChecksum(d.core)).toBe(before);
    o = unwrap(await moveTo(d.core, d.salesA, o, 'lost', { lostReason: 'competitor', lostNote: '对手降价' }));
    expect([o.stage, o.lostReason, o.probability]).toEqual(['lost', 'competitor', 0]);
    o = unwrap(await d.core.call('sales.reopen', { id: o.id, version: o.version }, d.salesA));
    expect([o.stage, o.lostReason, o.closedOn]).toEqual(['screened', null, null]);
  });

  it('a close date before the opportunity was created is refused, nothing changed', async () => {
    let o = await newLead(d.core, d.salesA, staffIdOf(d.salesA), { expectedAmountFen: 100_000 });
    o = await record(d.core, d.salesA, o, FULL_RECORDS);
    const before = tableChecksum(d.core);
    expect(fieldKeys(await moveTo(d.core, d.salesA, o, 'won', { closedOn: '2026-11-01' }))).toEqual({
      closedOn: 'validation.salesCloseBeforeCreated',
    });
    expect(
      fieldKeys(await d.core.call('sales.update', updateOf(o, { expectedCloseOn: '2026-10-01' }), d.salesA)),
    ).toEqual({ expectedCloseOn: 'validation.salesCloseBeforeCreated' });
    expect(
      fieldKeys(
        await d.core.call(
          'sales.create',
          { ...leadInput(staffIdOf(d.salesA)), expectedCloseOn: '2026-11-26' },
          d.salesA,
        ),
      ),
    ).toEqual({ expectedCloseOn: 'validation.salesCloseBeforeCreated' });
    expect(tableChecksum(d.core)).toBe(before);
  });
});
