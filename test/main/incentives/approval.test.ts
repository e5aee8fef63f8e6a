import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session } from '../../../src/main/core/session';
import type { Incentive } from '../../../src/shared/incentives/types';
import { unwrap } from '../../support/core';
import { tableChecksum } from '../contract/support';
import { department, errorOf, propose, readIncentive, staffIdOf, type Department } from './support';

let d: Department;
beforeAll(async () => {
  d = await department();
});
afterAll(async () => {
  await d.core.close();
});

const request = async (i: Incentive) =>
  unwrap(await d.core.call('approvals.list', { pageSize: 500 }, d.manager)).items.find(
    (a) => a.id === i.approvalId,
  )!;

async function decide(i: Incentive, decision: 'approved' | 'refused', comment: string | null = null) {
  const a = await request(i);
  return d.core.call('approvals.decide', { id: a.id, version: a.version, decision, comment }, d.manager);
}

const withdraw = (i: Incentive, as: Session) =>
  d.core.call('incentives.withdraw', { id: i.id, version: i.version }, as);

describe('the manager decides on the Approvals screen', () => {
  it('a proposal waits as a request naming the person, the kind and the amount, linked to the incentive', async () => {
    const i = await propose(d, d.salesLead, staffIdOf(d.salesA), {
      amountFen: 500_000,
      reason: '签下年度大单',
    });
    expect(i).toMatchObject({ status: 'pending', decidedAt: null, mayWithdraw: true });
    const a = await request(i);
    expect(a).toMatchObject({
      kind: 'incentive',
      status: 'pending',
      subjectId: i.id,
      subjectCode: i.code,
      subjectTitle: `${i.staffName} · ${i.employeeNo}`,
      subjectLink: `/incentives/${i.id}`,
      summary: '奖金 Bonus · ¥5,000.00',
      reason: '签下年度大单',
    });
  });

  it('approved: the incentive is approved, with who decided and when', async () => {
    const i = await propose(d, d.salesLead, staffIdOf(d.salesA));
    unwrap(await decide(i, 'approved', '同意'));
    const now = await readIncentive(d, d.salesLead, i.id);
    expect(now).toMatchObject({
      status: 'approved',
      decidedByName: d.manager.user!.displayName,
      decisionComment: '同意',
      mayWithdraw: false,
    });
    expect(now.decidedAt).not.toBeNull();
    expect(now.version).toBe(i.version + 1);
  });

  it('refused with a reason: the incentive is refused; withdrawing it afterwards is refused', async () => {
    const i = await propose(d, d.salesLead, staffIdOf(d.salesB), { kind: 'fine', amountFen: 20_000 });
    unwrap(await decide(i, 'refused', '证据不足'));
    const now = await readIncentive(d, d.salesLead, i.id);
    expect(now).toMatchObject({ status: 'refused', decisionComment: '证据不足' });
    expect(errorOf(await withdraw(now, d.salesLead)).code).toBe('INVALID_STATE');
  });

  it('the decision and its effect on the incentive are audited in the same call', async () => {
    const i = await propose(d, d.salesLead, staffIdOf(d.salesA));
    unwrap(await decide(i, 'approved'));
    const rows = d.core.store.db
      .prepare(`SELECT entity, action FROM audit_log WHERE entity_id IN (?, ?) ORDER BY id`)
      .all(i.id, i.approvalId) as { entity: string; action: string }[];
    expect(rows).toEqual([
      { entity: 'approval', action: 'request' },
      { entity: 'incentive', action: 'propose' },
      { entity: 'approval', action: 'decide' },
      { entity: 'incentive', action: 'approve' },
    ]);
  });

  it('the manager’s own proposal is approved as it is made', async () => {
    const i = await propose(d, d.manager, staffIdOf(d.marketC), {
      kind: 'honour',
      amountFen: null,
      title: '服务之星',
    });
    expect(i.status).toBe('approved');
    expect((await request(i)).status).toBe('approved');
    expect(i.mayWithdraw).toBe(false);
  });
});

describe('withdrawing', () => {
  it('the proposer withdraws while it waits: the request is withdrawn too and leaves the manager’s queue', async () => {
    const i = await propose(d, d.salesB, staffIdOf(d.salesA));
    const w = unwrap(await withdraw(i, d.salesB));
    expect(w.status).toBe('withdrawn');
    expect((await request(i)).status).toBe('withdrawn');
    const waiting = unwrap(
      await d.core.call('approvals.list', { statuses: ['pending'], pageSize: 500 }, d.manager),
    );
    expect(waiting.items.map((a) => a.subjectId)).not.toContain(i.id);
  });

  it('someone else who sees it (the lead) may not withdraw it; nothing changes', async () => {
    const i = await propose(d, d.salesB, staffIdOf(d.salesA));
    const before = tableChecksum(d.core);
    expect(errorOf(await withdraw(i, d.salesLead)).code).toBe('FORBIDDEN');
    expect(tableChecksum(d.core)).toBe(before);
    expect((await readIncentive(d, d.salesLead, i.id)).mayWithdraw).toBe(false);
  });

  it('someone who does not see it: NOT_FOUND', async () => {
    const i = await propose(d, d.salesB, staffIdOf(d.salesA));
    expect(errorOf(await withdraw(i, d.marketC)).code).toBe('NOT_FOUND');
  });

  it('a decision on a withdrawn proposal is refused (the request is closed)', async () => {
    const i = await propose(d, d.salesLead, staffIdOf(d.salesA));
    const a = await request(i);
    unwrap(await withdraw(i, d.salesLead));
    const r = await d.core.call(
      'approvals.decide',
      { id: a.id, version: a.version, decision: 'approved', comment: null },
      d.manager,
    );
    expect(errorOf(r).code).toBe('CONFLICT');
    expect((await readIncentive(d, d.salesLead, i.id)).status).toBe('withdrawn');
  });

  it('a stale version: CONFLICT', async () => {
    const i = await propose(d, d.salesLead, staffIdOf(d.salesA));
    const r = await d.core.call('incentives.withdraw', { id: i.id, version: i.version + 1 }, d.salesLead);
    expect(errorOf(r).code).toBe('CONFLICT');
  });
});
