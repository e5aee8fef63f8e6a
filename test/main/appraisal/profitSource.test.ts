import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UserCtx } from '../../../src/main/core/context';
import type { Core } from '../../../src/main/core/createCore';
import type { Session } from '../../../src/main/core/session';
import { advanceCycle } from '../../../src/main/domains/appraisal/advance';
import { getCycleRow } from '../../../src/main/domains/appraisal/repository/cycles';
import { profitByOwner } from '../../../src/main/domains/contracts/appraisalSources';
import type { AppraisalForm } from '../../../src/shared/appraisal/forms';
import type { ContractDetail } from '../../../src/shared/contracts/types';
import { fillCycle, formsByStaff, openTestCycle, person, type Person } from '../../support/appraisalCycle';
import { contractTerms, draftContract, ref, walkTo } from '../../support/contractFlow';
import { FakeClock, makeCore, setUpDepartment, unwrap } from '../../support/core';

/*
 * Sales profit 销售利润, a computed appraisal indicator (六(一)): amount − cost of the contracts a person owns
 * that were signed in the period and stand signed, in execution or completed; those without a recorded cost
 * are listed in the drill-down but not counted. Contracts made and signed through the contract channels; the
 * person's form from the sales group's template, which has the rulebook's profit indicator.
 */

let core: Core;
let manager: Session;
let groups: Record<string, string>;
let me: Person;
let colleague: Person;

const PERIOD = { periodFrom: '2026-11-28', periodTo: '2026-11-30' };

beforeAll(async () => {
  core = await makeCore({ clock: new FakeClock() });
  ({ manager, groups } = await setUpDepartment(core));
  me = await person(core, manager, { groupId: groups.sales!, role: 'staff' });
  colleague = await person(core, manager, { groupId: groups.sales!, role: 'staff' });
});

afterAll(async () => {
  await core.close();
});

/** A draft of `ownerId` with its amount and cost (null: not recorded), edited while a draft. */
async function drafted(ownerId: string, amountFen: number, costFen: number | null): Promise<ContractDetail> {
  const d = await draftContract(core, manager, ownerId);
  return unwrap(
    await core.call(
      'contracts.update',
      { ...ref(d), ...contractTerms, amountFen, costFen } as never,
      manager,
    ),
  );
}

/** A contract of `ownerId` signed on `signedOn`. */
async function signed(ownerId: string, amountFen: number, costFen: number | null, signedOn: string) {
  const approved = await walkTo(core, manager, await drafted(ownerId, amountFen, costFen), 'approved');
  return unwrap(await core.call('contracts.sign', { ...ref(approved), signedOn, handoffs: [] }, manager));
}

const profitItem = (f: AppraisalForm) => f.items.find((i) => i.source === 'profit')!;
const readForm = async (id: string) => unwrap(await core.call('appraisal.getForm', { id }, manager));
const drill = async (f: AppraisalForm) => {
  const r = unwrap(
    await core.call(
      'appraisal.sourceRecords',
      { formId: f.id, indicatorId: profitItem(f).indicatorId },
      manager,
    ),
  );
  if (r.source !== 'profit') throw new Error(`expected the profit drill-down, got ${r.source}`);
  return r;
};

describe('sales profit from the contracts', () => {
  it('counts the person’s costed contracts signed in the period, lists the uncosted ones, live until publication', async () => {
    // Counted: signed on the first day, in execution, a loss on the last day.
    const first = await signed(me.staffId, 1_000_000, 600_000, '2026-11-28');
    const executing = await walkTo(core, manager, await drafted(me.staffId, 300_000, 100_000), 'executing');
    const loss = await signed(me.staffId, 500_000, 550_000, '2026-11-30');
    // Listed, not counted: no cost recorded.
    const uncosted = await signed(me.staffId, 800_000, null, '2026-11-29');
    // Not counted, not listed: outside the period, terminated after signing, not signed, someone else's.
    await signed(me.staffId, 900_000, 100_000, '2026-11-27');
    await signed(me.staffId, 900_000, 100_000, '2026-12-01');
    const fellThrough = await signed(me.staffId, 700_000, 100_000, '2026-11-29');
    unwrap(
      await core.call('contracts.terminate', { ...ref(fellThrough), reason: '客户取消采购计划' }, manager),
    );
    await walkTo(core, manager, await drafted(me.staffId, 600_000, 100_000), 'approved');
    await signed(colleague.staffId, 5_000_000, 0, '2026-11-29');

    expect(executing.contract.status).toBe('executing');
    const cycle = openTestCycle(core, manager, { kind: 'monthly', ...PERIOD, staffIds: [me.staffId] });
    const formId = formsByStaff(core, cycle.id)[me.staffId]!.id;
    let f = await readForm(formId);
    // 4,000 + 2,000 − 500 yuan.
    expect(profitItem(f).actual).toBe(5_500);
    expect(profitItem(f).unit).toBe('元');

    const r = await drill(f);
    expect([r.periodFrom, r.periodTo]).toEqual(['2026-11-28', '2026-11-30']);
    expect(r.records.map((x) => [x.contractCode, x.signedOn, x.amountFen, x.costFen, x.profitFen])).toEqual([
      ...[
        [first.contract.code, '2026-11-28', 1_000_000, 600_000, 400_000],
        [executing.contract.code, '2026-11-28', 300_000, 100_000, 200_000],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
      [uncosted.contract.code, '2026-11-29', 800_000, null, null],
      [loss.contract.code, '2026-11-30', 500_000, 550_000, -50_000],
    ]);
    expect(r.records[0]!.clientName).toBe(first.contract.clientName);
    // The records listed sum to the value shown.
    expect(r.records.reduce((n, x) => n + (x.profitFen ?? 0), 0) / 100).toBe(profitItem(f).actual);

    // Live: a contract signed late in the review counts until publication.
    await signed(me.staffId, 250_000, 50_000, '2026-11-30');
    f = await readForm(formId);
    expect(profitItem(f).actual).toBe(7_500);
    fillCycle(core, cycle.id, 'managerReview', { [me.staffId]: 80 });
    const ctx = core.context(manager) as UserCtx;
    expect(advanceCycle(ctx, cycle.id, getCycleRow(core.store.db, cycle.id)!.version).phase).toBe(
      'published',
    );
    expect(formsByStaff(core, cycle.id)[me.staffId]!.items.find((i) => i.source === 'profit')!.actual).toBe(
      7_500,
    );

    // Frozen from publication on: a contract signed after it no longer moves the published figure.
    await signed(me.staffId, 1_000_000, 0, '2026-11-29');
    expect(profitItem(await readForm(formId)).actual).toBe(7_500);
  });

  it('a person without a signed contract in the period made a profit of 0, and the drill-down is empty', async () => {
    const nobody = await person(core, manager, { groupId: groups.sales!, role: 'staff' });
    const cycle = openTestCycle(core, manager, { kind: 'monthly', ...PERIOD, staffIds: [nobody.staffId] });
    const f = await readForm(formsByStaff(core, cycle.id)[nobody.staffId]!.id);
    expect(profitItem(f).actual).toBe(0);
    expect((await drill(f)).records).toEqual([]);
  });

  it('for a whole cycle in one call: every person asked, each with their own contracts only', () => {
    const ctx = core.context(manager);
    const fen = profitByOwner(ctx, {
      from: '2026-11-29',
      to: '2026-11-29',
      ownerIds: [me.staffId, colleague.staffId, 'nobody', me.staffId],
    });
    expect([...fen]).toEqual([
      // The uncosted contract of the 29th, the terminated one and the one signed after publication: only the
      // last has a cost (1,000,000 − 0).
      [me.staffId, 1_000_000],
      [colleague.staffId, 5_000_000],
      ['nobody', 0],
    ]);
  });
});
