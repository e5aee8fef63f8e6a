import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session } from '../../../src/main/core/session';
import type { Quote } from '../../../src/shared/pricing/types';
import { unwrap } from '../../support/core';
import { makeProduct, makeQuote, quoteUpdateInput } from '../../support/quoteFlow';
import { tableChecksum } from '../contract/support';
import { clientOf, department, errorOf, type Department } from './support';

/*
 * The floor price approval end to end: a quote with a line below floor is submitted with a reason, waits on
 * the Approvals screen, and the manager's decision (approvals.decide) approves or refuses it.
 */

let d: Department;
let productId: string;
let clientId: string;
beforeAll(async () => {
  d = await department();
  productId = (await makeProduct(d.core, d.manager)).id;
  clientId = await clientOf(d, d.salesA);
});
afterAll(async () => {
  await d.core.close();
});

const read = async (q: Quote, as: Session = d.salesA) =>
  unwrap(await d.core.call('quotes.get', { id: q.id }, as));
const request = async (id: string | null) =>
  unwrap(await d.core.call('approvals.list', { pageSize: 500 }, d.manager)).items.find((a) => a.id === id)!;
const submit = (q: Quote, reason = '战略客户首单') =>
  d.core.call('quotes.submit', { id: q.id, version: q.version, reason }, d.salesA);
async function decide(q: Quote, decision: 'approved' | 'refused', comment: string | null = null) {
  const a = await request(q.approvalId);
  return d.core.call('approvals.decide', { id: a.id, version: a.version, decision, comment }, d.manager);
}
const send = (q: Quote, as: Session = d.salesA) =>
  d.core.call('quotes.markSent', { id: q.id, version: q.version }, as);
const belowQuote = () => makeQuote(d.core, d.salesA, clientId, productId, true);

describe('a quote with a line below floor', () => {
  it('is marked as such, and cannot be sent before approval', async () => {
    const q = await belowQuote();
    expect(q).toMatchObject({ status: 'draft', belowFloor: true, totalFen: 14_000 });
    expect(q.lines[0]).toMatchObject({ amountFen: 14_000, belowFloor: true });
    const before = tableChecksum(d.core);
    expect(errorOf(await send(q)).code).toBe('INVALID_STATE');
    expect(tableChecksum(d.core)).toBe(before);
  });

  it('submitted with a reason: it waits for the manager, and sending it is refused while it waits', async () => {
    const q = unwrap(await submit(await belowQuote(), '战略客户首单，争取长期合作'));
    expect(q).toMatchObject({ status: 'pendingApproval', floorReason: '战略客户首单，争取长期合作' });
    const a = await request(q.approvalId);
    expect(a).toMatchObject({
      kind: 'priceFloor',
      status: 'pending',
      subjectId: q.id,
      subjectCode: q.code,
      subjectLink: `/quotes/${q.id}`,
      reason: '战略客户首单，争取长期合作',
    });
    expect(a.summary).toContain('1 行低于底价');
    // The summary names no floor: the requester may be outside the audience.
    expect(a.summary).not.toContain('80.00');
    expect(errorOf(await send(q)).code).toBe('INVALID_STATE');
    expect((await read(q)).status).toBe('pendingApproval');
  });

  it('approved by the manager: the quote is approved, then sent, accepted', async () => {
    const q = unwrap(await submit(await belowQuote()));
    unwrap(await decide(q, 'approved', '同意'));
    const approved = await read(q);
    expect(approved).toMatchObject({
      status: 'approved',
      decidedByName: d.manager.user!.displayName,
      decisionComment: '同意',
      version: q.version + 1,
    });
    const sent = unwrap(await send(approved));
    expect(sent.status).toBe('sent');
    const accepted = unwrap(
      await d.core.call('quotes.markAccepted', { id: sent.id, version: sent.version }, d.salesA),
    );
    expect(accepted.status).toBe('accepted');
    // Nothing moves an accepted quote any more.
    expect(
      errorOf(await d.core.call('quotes.markDeclined', { id: q.id, version: accepted.version }, d.salesA))
        .code,
    ).toBe('INVALID_STATE');
  });

  it('refused with a comment: the quote is refused, says why, and cannot be sent', async () => {
    const q = unwrap(await submit(await belowQuote()));
    unwrap(await decide(q, 'refused', '折扣过大，最多九折'));
    const refused = await read(q);
    expect(refused).toMatchObject({ status: 'refused', decisionComment: '折扣过大，最多九折' });
    expect(errorOf(await send(refused)).code).toBe('INVALID_STATE');
    // Edited back above the floor, it is a draft again and may be sent without approval.
    const input = quoteUpdateInput(refused);
    const edited = unwrap(
      await d.core.call(
        'quotes.update',
        { ...input, lines: [{ ...input.lines[0]!, discountPct: 10 }] },
        d.salesA,
      ),
    );
    expect(edited).toMatchObject({ status: 'draft', belowFloor: false, approvalId: null });
    expect(unwrap(await send(edited)).status).toBe('sent');
  });

  it('lines edited while it waits: back to draft, the request withdrawn; the late decision changes nothing', async () => {
    const q = unwrap(await submit(await belowQuote()));
    const input = quoteUpdateInput(q);
    const edited = unwrap(
      await d.core.call(
        'quotes.update',
        { ...input, lines: [{ ...input.lines[0]!, quantity: 3 }] },
        d.salesA,
      ),
    );
    expect(edited).toMatchObject({ status: 'draft', approvalId: null, belowFloor: true });
    expect((await request(q.approvalId)).status).toBe('withdrawn');
    expect(errorOf(await decide(q, 'approved')).code).toBe('INVALID_STATE');
    expect((await read(q)).status).toBe('draft');
  });

  it('lines edited after approval: back to draft, and it must be approved again before it is sent', async () => {
    const q = unwrap(await submit(await belowQuote()));
    unwrap(await decide(q, 'approved'));
    const approved = await read(q);
    const input = quoteUpdateInput(approved);
    const edited = unwrap(
      await d.core.call(
        'quotes.update',
        { ...input, lines: [{ ...input.lines[0]!, discountPct: 40 }] },
        d.salesA,
      ),
    );
    expect(edited).toMatchObject({ status: 'draft', approvalId: null });
    expect((await request(approved.approvalId)).status).toBe('approved');
    expect(errorOf(await send(edited)).code).toBe('INVALID_STATE');
  });

  it('terms edited after approval, lines unchanged: the approval stands', async () => {
    const q = unwrap(await submit(await belowQuote()));
    unwrap(await decide(q, 'approved'));
    const approved = await read(q);
    const edited = unwrap(
      await d.core.call('quotes.update', quoteUpdateInput(approved, { terms: '含税价。' }), d.salesA),
    );
    expect(edited).toMatchObject({ status: 'approved', approvalId: approved.approvalId, terms: '含税价。' });
  });

  it("the manager's own quote is approved by the seam as it is submitted", async () => {
    const own = await makeQuote(d.core, d.manager, await clientOf(d, d.manager), productId, true);
    const q = unwrap(
      await d.core.call(
        'quotes.submit',
        { id: own.id, version: own.version, reason: '年度框架客户' },
        d.manager,
      ),
    );
    expect(q.status).toBe('approved');
    expect((await request(q.approvalId)).status).toBe('approved');
  });

  it('a quote with nothing below floor needs no approval: submitting it is refused, sending it is not', async () => {
    const q = await makeQuote(d.core, d.salesA, clientId, productId, false);
    expect(q.belowFloor).toBe(false);
    expect(errorOf(await submit(q)).code).toBe('INVALID_STATE');
    expect(unwrap(await send(q)).status).toBe('sent');
  });

  it('the submission, the decision and its effect on the quote are audited', async () => {
    const q = unwrap(await submit(await belowQuote()));
    unwrap(await decide(q, 'refused', '不同意'));
    const rows = d.core.store.db
      .prepare(`SELECT entity, action FROM audit_log WHERE entity_id IN (?, ?) ORDER BY id`)
      .all(q.id, q.approvalId) as { entity: string; action: string }[];
    expect(rows).toEqual([
      { entity: 'quote', action: 'create' },
      { entity: 'approval', action: 'request' },
      { entity: 'quote', action: 'submit_for_approval' },
      { entity: 'approval', action: 'decide' },
      { entity: 'quote', action: 'refuse' },
    ]);
  });
});
