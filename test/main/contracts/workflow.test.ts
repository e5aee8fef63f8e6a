import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHECKLIST_ITEMS } from '../../../src/shared/contracts/types';
import { tableChecksum } from '../contract/support';
import { unwrap } from '../../support/core';
import { DRAFTED_ON, SIGNED_ON, allPassed, draftContract, ref, walkTo } from '../../support/contractFlow';
import { contractDepartment, errorOf, staffOf, type ContractDepartment } from './support';

let d: ContractDepartment;

beforeAll(async () => {
  d = await contractDepartment();
});

afterAll(async () => {
  await d.core.close();
});

describe('draft → review → approved: the checklist decides', () => {
  it('a draft is submitted with every checklist item pending; reviewers record results and opinions', async () => {
    const draft = await draftContract(d.core, d.manager, staffOf(d.owner));
    expect(draft.contract.status).toBe('draft');
    expect(draft.contract.code).toMatch(/^HT-2026-\d{4}$/);
    expect(draft.contract.draftedOn).toBe(DRAFTED_ON);

    const inReview = unwrap(await d.core.call('contracts.submit', ref(draft), d.owner));
    expect(inReview.contract.status).toBe('review');
    expect(inReview.contract.checklist.map((c) => [c.item, c.result])).toEqual(
      CHECKLIST_ITEMS.map((i) => [i, 'pending']),
    );

    const checklist = allPassed.map((c) =>
      c.item === 'liability' ? { item: c.item, result: 'failed' as const, comment: '违约金比例过低' } : c,
    );
    const checked = unwrap(
      await d.core.call('contracts.check', { ...ref(inReview), checklist }, d.salesLead),
    );
    const liability = checked.contract.checklist.find((c) => c.item === 'liability')!;
    expect(liability).toMatchObject({ result: 'failed', comment: '违约金比例过低' });
    expect(liability.checkedByName).toBe(d.salesLead.user!.displayName);

    const opined = unwrap(
      await d.core.call(
        'contracts.opine',
        { ...ref(checked), agree: false, comment: '违约条款需修改' },
        d.deputy,
      ),
    );
    expect(opined.contract.reviews).toEqual([
      expect.objectContaining({ name: d.deputy.user!.displayName, agree: false, comment: '违约条款需修改' }),
    ]);

    // Approving with a failed item: refused with the reason, nothing changed.
    const before = tableChecksum(d.core);
    const refused = errorOf(await d.core.call('contracts.approve', ref(opined), d.manager));
    expect(refused.code).toBe('INVALID_STATE');
    expect(refused.fields?.checklist).toEqual({ key: 'validation.checklistNotPassed', params: { count: 1 } });
    expect(tableChecksum(d.core)).toBe(before);

    // Back to draft to change the terms; the review starts over.
    const back = unwrap(
      await d.core.call('contracts.returnToDraft', { ...ref(opined), comment: '修改违约条款' }, d.owner),
    );
    expect(back.contract.status).toBe('draft');
    const edited = unwrap(
      await d.core.call(
        'contracts.update',
        {
          ...ref(back),
          title: back.contract.title,
          amountFen: back.contract.amountFen,
          costFen: back.contract.costFen,
          lines: [],
          subject: back.contract.subject,
          deliveryTerms: back.contract.deliveryTerms,
          paymentTerms: back.contract.paymentTerms,
          liabilityTerms: '逾期交付每日按合同金额0.1%支付违约金',
          disputeTerms: back.contract.disputeTerms,
        },
        d.owner,
      ),
    );
    const again = unwrap(await d.core.call('contracts.submit', ref(edited), d.owner));
    expect(again.contract.reviews).toEqual([]);
    const passed = unwrap(
      await d.core.call('contracts.check', { ...ref(again), checklist: allPassed }, d.salesLead),
    );
    const approved = unwrap(await d.core.call('contracts.approve', ref(passed), d.deputy));
    expect(approved.contract.status).toBe('approved');
    expect(approved.contract.approvedByName).toBe(d.deputy.user!.displayName);
  });

  it('a failed item needs a comment; a group lead may review but not approve; staff may not review', async () => {
    const inReview = await walkTo(
      d.core,
      d.manager,
      await draftContract(d.core, d.manager, staffOf(d.owner)),
      'review',
    );
    const noComment = errorOf(
      await d.core.call(
        'contracts.check',
        { ...ref(inReview), checklist: [{ item: 'price', result: 'failed', comment: null }] },
        d.salesLead,
      ),
    );
    expect(noComment.fields?.['checklist.0.comment']?.key).toBe('validation.failedNeedsComment');
    expect(
      errorOf(await d.core.call('contracts.check', { ...ref(inReview), checklist: allPassed }, d.owner)).code,
    ).toBe('FORBIDDEN');
    const passed = unwrap(
      await d.core.call('contracts.check', { ...ref(inReview), checklist: allPassed }, d.salesLead),
    );
    expect(errorOf(await d.core.call('contracts.approve', ref(passed), d.salesLead)).code).toBe('FORBIDDEN');
  });

  it('signing a contract that has not passed review is refused, translated, nothing changed', async () => {
    for (const status of ['draft', 'review'] as const) {
      const c = await walkTo(
        d.core,
        d.manager,
        await draftContract(d.core, d.manager, staffOf(d.owner)),
        status,
      );
      const before = tableChecksum(d.core);
      const e = errorOf(
        await d.core.call('contracts.sign', { ...ref(c), signedOn: SIGNED_ON, handoffs: [] }, d.owner),
      );
      expect(e.code).toBe('INVALID_STATE');
      expect(e.fields?.status?.key).toBe('validation.contractNotApproved');
      expect(tableChecksum(d.core)).toBe(before);
    }
  });

  it('terminating needs a reason; it is possible from any state before completed', async () => {
    const draft = await draftContract(d.core, d.manager, staffOf(d.owner));
    const before = tableChecksum(d.core);
    const e = errorOf(await d.core.call('contracts.terminate', { ...ref(draft), reason: '  ' }, d.owner));
    expect(e.code).toBe('VALIDATION');
    expect(e.fields?.reason).toBeDefined();
    expect(tableChecksum(d.core)).toBe(before);

    const executing = await walkTo(
      d.core,
      d.manager,
      await draftContract(d.core, d.manager, staffOf(d.owner)),
      'executing',
    );
    const ended = unwrap(
      await d.core.call('contracts.terminate', { ...ref(executing), reason: '客户破产' }, d.owner),
    );
    expect(ended.contract).toMatchObject({
      status: 'terminated',
      terminatedReason: '客户破产',
      terminatedOn: DRAFTED_ON,
    });

    const completed = await walkTo(
      d.core,
      d.manager,
      await draftContract(d.core, d.manager, staffOf(d.owner)),
      'completed',
    );
    expect(completed.contract.status).toBe('completed');
    expect(
      errorOf(await d.core.call('contracts.terminate', { ...ref(completed), reason: '误操作' }, d.owner))
        .code,
    ).toBe('INVALID_STATE');
  });
});

describe('milestones and the completion rule', () => {
  it('signed → executing on the first progress; completed when every milestone is done and the amount received', async () => {
    const signed = await walkTo(
      d.core,
      d.manager,
      await draftContract(d.core, d.manager, staffOf(d.owner)),
      'signed',
    );
    const amount = signed.contract.amountFen;
    const add = async (input: object) =>
      unwrap(
        await d.core.call(
          'contracts.addMilestone',
          { contractId: signed.contract.id, ...input } as never,
          d.owner,
        ),
      );
    await add({ kind: 'delivery', title: '设备交付', ownerId: staffOf(d.serviceStaff), dueOn: '2026-12-10' });
    await add({
      kind: 'payment',
      title: '预付款',
      ownerId: staffOf(d.owner),
      dueOn: '2026-12-01',
      amountFen: amount * 0.3,
    });
    let c = await add({
      kind: 'payment',
      title: '尾款',
      ownerId: staffOf(d.owner),
      dueOn: '2026-12-31',
      amountFen: amount * 0.7,
    });
    expect(c.contract.status).toBe('signed');

    // The plan never exceeds the contract amount.
    const over = errorOf(
      await d.core.call(
        'contracts.addMilestone',
        {
          contractId: c.contract.id,
          kind: 'payment',
          title: '追加',
          ownerId: staffOf(d.owner),
          dueOn: '2026-12-31',
          amountFen: 1,
        },
        d.owner,
      ),
    );
    expect(over.fields?.amountFen?.key).toBe('validation.paymentPlanOverAmount');

    // The service group's person, who owns the delivery, sees the contract and marks it done.
    const delivery = c.milestones.find((m) => m.kind === 'delivery')!;
    c = unwrap(
      await d.core.call(
        'contracts.completeMilestone',
        { id: delivery.id, version: delivery.version, doneOn: '2026-12-08' },
        d.serviceStaff,
      ),
    );
    expect(c.contract.status).toBe('executing');

    const [first, last] = c.milestones.filter((m) => m.kind === 'payment');
    c = unwrap(
      await d.core.call(
        'contracts.recordPayment',
        { id: first!.id, version: first!.version, amountFen: first!.amountFen!, receivedOn: '2026-12-01' },
        d.owner,
      ),
    );
    expect(c.milestones.find((m) => m.id === first!.id)!.doneOn).toBe('2026-12-01');
    c = unwrap(
      await d.core.call(
        'contracts.recordPayment',
        { id: last!.id, version: last!.version, amountFen: 1_000_000, receivedOn: '2026-12-20' },
        d.owner,
      ),
    );
    expect(c.contract.status).toBe('executing');
    const rest = c.milestones.find((m) => m.id === last!.id)!;
    c = unwrap(
      await d.core.call(
        'contracts.recordPayment',
        {
          id: rest.id,
          version: rest.version,
          amountFen: rest.amountFen! - rest.receivedFen,
          receivedOn: '2026-12-30',
        },
        d.owner,
      ),
    );
    expect(c.contract).toMatchObject({ status: 'completed', completedOn: '2026-12-30', receivedFen: amount });
  });

  it('a payment larger than what is owed and a milestone due before the contract date are refused, nothing changed', async () => {
    const c = await walkTo(
      d.core,
      d.manager,
      await draftContract(d.core, d.manager, staffOf(d.owner)),
      'executing',
    );
    const payment = c.milestones.find((m) => m.kind === 'payment')!;
    const owed = payment.amountFen! - payment.receivedFen;
    const before = tableChecksum(d.core);
    const tooMuch = errorOf(
      await d.core.call(
        'contracts.recordPayment',
        { id: payment.id, version: payment.version, amountFen: owed + 1, receivedOn: SIGNED_ON },
        d.owner,
      ),
    );
    expect(tooMuch.fields?.amountFen).toEqual({
      key: 'validation.paymentOverOwed',
      params: { owed: (owed / 100).toFixed(2) },
    });
    const early = errorOf(
      await d.core.call(
        'contracts.addMilestone',
        {
          contractId: c.contract.id,
          kind: 'delivery',
          title: '交付',
          ownerId: staffOf(d.owner),
          dueOn: '2026-11-27',
        },
        d.owner,
      ),
    );
    expect(early.fields?.dueOn?.key).toBe('validation.dueBeforeContractDate');
    expect(tableChecksum(d.core)).toBe(before);
  });

  it('a draft plans its milestones from the day it was drawn up; progress waits for signing', async () => {
    const draft = await draftContract(d.core, d.manager, staffOf(d.owner));
    const early = errorOf(
      await d.core.call(
        'contracts.addMilestone',
        {
          contractId: draft.contract.id,
          kind: 'invoice',
          title: '开票',
          ownerId: staffOf(d.owner),
          dueOn: '2026-11-26',
        },
        d.owner,
      ),
    );
    expect(early.fields?.dueOn?.key).toBe('validation.dueBeforeContractDate');
    const planned = unwrap(
      await d.core.call(
        'contracts.addMilestone',
        {
          contractId: draft.contract.id,
          kind: 'invoice',
          title: '开票',
          ownerId: staffOf(d.owner),
          dueOn: DRAFTED_ON,
        },
        d.owner,
      ),
    );
    const m = planned.milestones[0]!;
    expect(
      errorOf(
        await d.core.call(
          'contracts.completeMilestone',
          { id: m.id, version: m.version, doneOn: DRAFTED_ON },
          d.owner,
        ),
      ).code,
    ).toBe('INVALID_STATE');
  });
});
