import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Approval } from '../../../src/shared/approvals/types';
import type { Risk } from '../../../src/shared/risk/types';
import type { Session } from '../../../src/main/core/session';
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
} from '../risk/support';

let d: Department;

beforeAll(async () => {
  d = await department();
});
afterAll(async () => {
  await d.core.close();
});

const requests = async (as: Session, statuses: Approval['status'][] = []) =>
  unwrap(await d.core.call('approvals.list', { statuses, pageSize: 500 }, as)).items;

/** A high risk (4 × 4) of `as`, accepted by them with a reason: a request waiting for the manager. */
async function acceptedByStaff(as: Session = d.salesA): Promise<{ risk: Risk; request: Approval }> {
  const risk = await newRisk(d.core, as, staffIdOf(as), { likelihood: 4, impact: 4, title: '汇率波动' });
  const accepted = unwrap(
    await d.core.call(
      'risk.respond',
      { ...ref(risk), strategy: 'accept', responsePlan: null, acceptanceReason: '对冲成本高于可能损失' },
      as,
    ),
  );
  const request = (await requests(d.manager, ['pending'])).find((a) => a.subjectId === risk.id)!;
  return { risk: accepted, request };
}

const decide = (a: Approval, decision: 'approved' | 'refused', comment: string | null, as = d.manager) =>
  d.core.call('approvals.decide', { id: a.id, version: a.version, decision, comment }, as);

describe('approvals: the manager decides what others ask', () => {
  it('a request names its subject, reason and asker; the manager sees it on the list and on My to-do', async () => {
    const { risk, request } = await acceptedByStaff();
    expect(request).toMatchObject({
      kind: 'riskAcceptance',
      subjectCode: risk.code,
      subjectTitle: '汇率波动',
      subjectLink: `/risks/${risk.id}`,
      summary: '4 × 4 = 16',
      reason: '对冲成本高于可能损失',
      status: 'pending',
      requestedByName: d.salesA.user!.displayName,
    });
    const todo = unwrap(await d.core.call('todo.list', {}, d.manager));
    expect(todo.items.some((i) => i.kind === 'approvalPending' && i.key === `approval:${request.id}`)).toBe(
      true,
    );
    expect(todo.urgentByNavPath['/approvals']).toBeGreaterThan(0);
  });

  it('the asker follows their own requests; a colleague sees none of them and has no such to-do', async () => {
    const { request } = await acceptedByStaff(d.salesB);
    expect((await requests(d.salesB)).map((a) => a.id)).toContain(request.id);
    expect((await requests(d.salesA)).map((a) => a.id)).not.toContain(request.id);
    expect((await requests(d.marketC)).map((a) => a.id)).not.toContain(request.id);
    const todo = unwrap(await d.core.call('todo.list', {}, d.salesLead));
    expect(todo.items.filter((i) => i.kind === 'approvalPending')).toEqual([]);
  });

  it('nobody but the manager decides', async () => {
    const { request } = await acceptedByStaff();
    for (const as of [d.salesA, d.salesLead, d.marketDeputy])
      expect(errorOf(await decide(request, 'approved', null, as)).code).toBe('FORBIDDEN');
  });

  it('a refusal without a comment is refused under the field, and nothing changes', async () => {
    const { request } = await acceptedByStaff();
    const before = tableChecksum(d.core);
    const r = await decide(request, 'refused', null);
    expect(fieldKeys(r)).toEqual({ comment: 'validation.refusalComment' });
    expect(tableChecksum(d.core)).toBe(before);
  });

  it('approving tells the risk: its acceptance is approved and it may go to monitoring; the to-do is gone', async () => {
    const { risk, request } = await acceptedByStaff();
    const decided = unwrap(await decide(request, 'approved', '同意，季度复核'));
    expect(decided).toMatchObject({ status: 'approved', comment: '同意，季度复核' });
    expect(decided.decidedByName).toBe(d.manager.user!.displayName);
    const detail = await readRisk(d.core, d.salesA, risk.id);
    expect(detail.risk.acceptance).toBe('approved');
    expect(detail.events.map((e) => e.kind)).toContain('acceptanceApproved');
    unwrap(await d.core.call('risk.move', { ...ref(detail.risk), to: 'monitoring', note: null }, d.salesA));
    const todo = unwrap(await d.core.call('todo.list', {}, d.manager));
    expect(todo.items.some((i) => i.key === `approval:${request.id}`)).toBe(false);
  });

  it('refusing tells the risk, with the comment on its timeline; the request cannot be decided again', async () => {
    const { risk, request } = await acceptedByStaff();
    const refused = unwrap(await decide(request, 'refused', '请制定降低措施'));
    const detail = await readRisk(d.core, d.salesA, risk.id);
    expect(detail.risk.acceptance).toBe('refused');
    expect(detail.events.find((e) => e.kind === 'acceptanceRefused')?.note).toBe('请制定降低措施');
    expect(errorOf(await decide(refused, 'approved', null)).code).toBe('INVALID_STATE');
  });

  it('choosing another strategy withdraws the waiting request', async () => {
    const { risk, request } = await acceptedByStaff();
    unwrap(
      await d.core.call(
        'risk.respond',
        { ...ref(risk), strategy: 'reduce', responsePlan: '锁定远期汇率', acceptanceReason: null },
        d.salesA,
      ),
    );
    expect((await requests(d.manager)).find((a) => a.id === request.id)?.status).toBe('withdrawn');
    expect(errorOf(await decide({ ...request, version: request.version + 1 }, 'approved', null)).code).toBe(
      'INVALID_STATE',
    );
  });

  it("the manager's own acceptance is approved as it is made, and is on the list as decided", async () => {
    const risk = await newRisk(d.core, d.manager, staffIdOf(d.salesA), { likelihood: 5, impact: 4 });
    const accepted = unwrap(
      await d.core.call(
        'risk.respond',
        { ...ref(risk), strategy: 'accept', responsePlan: null, acceptanceReason: '保险已覆盖' },
        d.manager,
      ),
    );
    expect(accepted.acceptance).toBe('approved');
    const mine = (await requests(d.manager)).find((a) => a.subjectId === risk.id)!;
    expect(mine.status).toBe('approved');
  });
});
