import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContractDetail } from '../../../src/shared/contracts/types';
import { unwrap } from '../../support/core';
import { draftContract, ref, walkTo } from '../../support/contractFlow';
import { contractDepartment, staffOf, type ContractDepartment } from '../contracts/support';
import { chinaTime, kriDetail, makeKri } from './support';

/*
 * Overdue receivables (逾期应收), computed from the contracts' payment plans: at each month's end, the payments
 * due before it and not received in full by it, on contracts not terminated by then. Counted by hand below.
 */

let d: ContractDepartment;

async function payment(c: ContractDetail, title: string, dueOn: string, amountFen: number) {
  return unwrap(
    await d.core.call(
      'contracts.addMilestone',
      { contractId: c.contract.id, kind: 'payment', title, ownerId: staffOf(d.owner), dueOn, amountFen },
      d.owner,
    ),
  );
}

beforeAll(async () => {
  d = await contractDepartment();
  const sign = async () =>
    walkTo(d.core, d.manager, await draftContract(d.core, d.manager, staffOf(d.owner)), 'signed');
  // Contract A: an advance due 5 December (received in full on 5 January) and the rest due 20 December.
  const a = await sign();
  await payment(a, '预付款', '2026-12-05', 300_000);
  await payment(a, '尾款', '2026-12-20', a.contract.amountFen - 300_000);
  // Contract B: one payment due 10 December; the contract is terminated on 10 January.
  const b = await sign();
  await payment(b, '全款', '2026-12-10', b.contract.amountFen);

  d.clock.advance(Date.parse(chinaTime('2027-01-10', 10)) - d.clock.now().getTime());
  const advance = unwrap(await d.core.call('contracts.get', { id: a.contract.id }, d.owner)).milestones.find(
    (m) => m.title === '预付款',
  )!;
  unwrap(
    await d.core.call(
      'contracts.recordPayment',
      { id: advance.id, version: advance.version, amountFen: 300_000, receivedOn: '2027-01-05' },
      d.owner,
    ),
  );
  const bNow = unwrap(await d.core.call('contracts.get', { id: b.contract.id }, d.owner));
  unwrap(await d.core.call('contracts.terminate', { ...ref(bNow), reason: '客户取消采购计划' }, d.manager));
});

afterAll(async () => {
  await d.core.close();
});

describe('overdue receivables, a computed key risk indicator', () => {
  it('counts the payments overdue at each month’s end (the running month: today)', async () => {
    const k = await makeKri(d.core, d.manager, staffOf(d.owner), {
      name: '逾期应收款',
      unit: '笔',
      source: 'overdue_receivables',
      warningThreshold: 1,
      alarmThreshold: 3,
    });
    const detail = await kriDetail(d.core, d.manager, k.id);
    // 30 Nov: nothing due yet. 31 Dec: A's advance (received only in January), A's rest, B's payment.
    // 10 Jan: A's rest only — the advance is in, and B was terminated today.
    expect(detail.readings.slice(-3).map((r) => [r.periodOn, r.value, r.state])).toEqual([
      ['2026-11-30', 0, 'normal'],
      ['2026-12-31', 3, 'alarm'],
      ['2027-01-10', 1, 'warning'],
    ]);
  });
});
