import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UserCtx } from '../../../src/main/core/context';
import { mutate } from '../../../src/main/core/mutation';
import { approvalRow, closeRequest } from '../../../src/main/domains/approvals/service';
import { applyAcceptanceDecision } from '../../../src/main/domains/risk/acceptanceDecision';
import type { Risk } from '../../../src/shared/risk/types';
import { unwrap } from '../../support/core';
import { tableChecksum } from '../contract/support';
import {
  department,
  errorOf,
  fieldKeys,
  newRisk,
  readRisk,
  ref,
  staffIdOf,
  type Department,
} from './support';

let d: Department;
let owner: string;

beforeAll(async () => {
  d = await department();
  owner = staffIdOf(d.salesA);
});
afterAll(async () => {
  await d.core.close();
});

const approval = (id: string) =>
  d.core.store.db
    .prepare('SELECT status, reason, summary, subject_id AS subjectId FROM approvals WHERE id = ?')
    .get(id) as {
    status: string;
    reason: string;
    summary: string;
    subjectId: string;
  };

/** The manager decides the request, as approvals.decide does: the request closed, the risk told, one mutation. */
function decide(approvalId: string, decision: 'approved' | 'refused', comment: string | null = null): void {
  const ctx = d.core.context(d.manager) as UserCtx;
  mutate(ctx, (m) => {
    const decided = closeRequest(m, approvalRow(m, approvalId), decision, comment);
    applyAcceptanceDecision(m, decided);
  });
}

const accept = (r: Risk, reason: string | null, as = d.salesA) =>
  d.core.call(
    'risk.respond',
    { ...ref(r), strategy: 'accept', responsePlan: null, acceptanceReason: reason },
    as,
  );
const toMonitoring = (r: Risk, as = d.salesA) =>
  d.core.call('risk.move', { ...ref(r), to: 'monitoring', note: null }, as);

describe('accepting a risk', () => {
  it('a critical risk accepted without a reason: a field error, nothing changed', async () => {
    const r = await newRisk(d.core, d.salesA, owner, { likelihood: 5, impact: 5 });
    const before = tableChecksum(d.core);
    expect(fieldKeys(await accept(r, null))).toEqual({
      acceptanceReason: 'validation.acceptanceReasonRequired',
    });
    expect(tableChecksum(d.core)).toBe(before);
  });

  it('with a reason it waits for the manager, and cannot be monitored until approved', async () => {
    const r = await newRisk(d.core, d.salesA, owner, { likelihood: 4, impact: 3 });
    expect(r.level).toBe('high');
    const pending = unwrap(await accept(r, '保险覆盖，成本高于损失'));
    expect(pending).toMatchObject({ status: 'responding', strategy: 'accept', acceptance: 'pending' });
    const detail = await readRisk(d.core, d.salesA, r.id);
    expect(approval(detail.acceptanceApprovalId!)).toEqual({
      status: 'pending',
      reason: '保险覆盖，成本高于损失',
      summary: '4 × 3 = 12',
      subjectId: r.id,
    });
    expect(detail.events.map((e) => e.kind).slice(-2)).toEqual(['responded', 'acceptanceRequested']);

    const before = tableChecksum(d.core);
    expect(fieldKeys(await toMonitoring(pending))).toEqual({ strategy: 'validation.acceptanceNotApproved' });
    expect(tableChecksum(d.core)).toBe(before);

    decide(detail.acceptanceApprovalId!, 'approved');
    const approved = (await readRisk(d.core, d.salesA, r.id)).risk;
    expect(approved.acceptance).toBe('approved');
    expect(unwrap(await toMonitoring(approved)).status).toBe('monitoring');
  });

  it('refused: the risk stays responding and cannot be monitored', async () => {
    const r = await newRisk(d.core, d.salesA, owner, { likelihood: 5, impact: 4 });
    unwrap(await accept(r, '影响可控'));
    const id = (await readRisk(d.core, d.salesA, r.id)).acceptanceApprovalId!;
    decide(id, 'refused', '须制定降低措施');
    const detail = await readRisk(d.core, d.salesA, r.id);
    expect(detail.risk.acceptance).toBe('refused');
    expect(detail.events.at(-1)).toMatchObject({ kind: 'acceptanceRefused', note: '须制定降低措施' });
    expect(fieldKeys(await toMonitoring(detail.risk))).toEqual({
      strategy: 'validation.acceptanceNotApproved',
    });
  });

  it('the manager’s own acceptance is approved at once', async () => {
    const r = await newRisk(d.core, d.manager, d.manager.user!.staffId, { likelihood: 5, impact: 5 });
    const accepted = unwrap(await accept(r, '战略性客户，接受风险', d.manager));
    expect(accepted.acceptance).toBe('approved');
    const detail = await readRisk(d.core, d.manager, r.id);
    expect(approval(detail.acceptanceApprovalId!).status).toBe('approved');
    expect(unwrap(await toMonitoring(accepted, d.manager)).status).toBe('monitoring');
  });

  it('a low or medium risk is accepted without approval (no reason needed) and monitored at once', async () => {
    for (const [likelihood, impact] of [
      [2, 2],
      [3, 3],
    ] as const) {
      const r = await newRisk(d.core, d.salesA, owner, { likelihood, impact });
      const accepted = unwrap(await accept(r, null));
      expect(accepted.acceptance).toBeNull();
      expect((await readRisk(d.core, d.salesA, r.id)).acceptanceApprovalId).toBeNull();
      expect(unwrap(await toMonitoring(accepted)).status).toBe('monitoring');
    }
  });

  it('choosing another strategy while the request is pending withdraws it', async () => {
    const r = await newRisk(d.core, d.salesA, owner, { likelihood: 4, impact: 4 });
    const pending = unwrap(await accept(r, '暂时接受'));
    const id = (await readRisk(d.core, d.salesA, r.id)).acceptanceApprovalId!;
    const reduced = unwrap(
      await d.core.call(
        'risk.respond',
        { ...ref(pending), strategy: 'reduce', responsePlan: '分批发货' },
        d.salesA,
      ),
    );
    expect(reduced).toMatchObject({ strategy: 'reduce', acceptance: null, acceptanceReason: null });
    expect(approval(id).status).toBe('withdrawn');
    // A decision that comes for the withdrawn request changes nothing on the risk.
    const ctx = d.core.context(d.manager) as UserCtx;
    const before = tableChecksum(d.core);
    mutate(ctx, (m) => applyAcceptanceDecision(m, { ...closeRequestless(id), status: 'approved' }));
    expect(tableChecksum(d.core)).toBe(before);
  });

  it('a reassessment that takes an accepted risk to high without approval needs a new request', async () => {
    const r = await newRisk(d.core, d.salesA, owner, { likelihood: 2, impact: 2 });
    const accepted = unwrap(await accept(r, null));
    const monitored = unwrap(await toMonitoring(accepted));
    const raised = unwrap(
      await d.core.call(
        'risk.assess',
        { ...ref(monitored), likelihood: 4, impact: 4, reason: '客户经营恶化' },
        d.salesA,
      ),
    );
    expect(raised).toMatchObject({
      level: 'high',
      status: 'responding',
      acceptance: null,
      strategy: 'accept',
    });
    expect(fieldKeys(await toMonitoring(raised))).toEqual({ strategy: 'validation.acceptanceNotApproved' });
    expect(errorOf(await accept(raised, null)).fields).toEqual({
      acceptanceReason: { key: 'validation.acceptanceReasonRequired' },
    });
    expect(unwrap(await accept(raised, '已投保')).acceptance).toBe('pending');
  });
});

/** The approval as the decision hands it over, read from the table (for a decision on a closed request). */
function closeRequestless(id: string) {
  const ctx = d.core.context(d.manager) as UserCtx;
  const { groupId: _g, ...row } = approvalRow(ctx, id);
  return row;
}
