import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unwrap } from '../../support/core';
import {
  SIGNED_ON,
  clientFor,
  contractTerms,
  draftContract,
  insertOpportunity,
  insertQuote,
  ref,
  walkTo,
} from '../../support/contractFlow';
import { tableChecksum } from '../contract/support';
import { contractDepartment, errorOf, staffOf, type ContractDepartment } from './support';

let d: ContractDepartment;

beforeAll(async () => {
  d = await contractDepartment();
});

afterAll(async () => {
  await d.core.close();
});

const transactionRows = (contractId: string) =>
  d.core.store.db
    .prepare(
      'SELECT client_id, item, quantity, amount_fen, contract_ref FROM client_transactions WHERE contract_id = ?',
    )
    .all(contractId) as {
    client_id: string;
    item: string;
    quantity: number;
    amount_fen: number;
    contract_ref: string;
  }[];

describe('signing, in one go', () => {
  it('writes the client transactions with the contract, once; the potential client becomes a customer, history kept', async () => {
    const approved = await walkTo(
      d.core,
      d.manager,
      await draftContract(d.core, d.manager, staffOf(d.owner)),
      'approved',
    );
    const c = approved.contract;
    const signed = unwrap(
      await d.core.call(
        'contracts.sign',
        {
          ...ref(approved),
          signedOn: SIGNED_ON,
          handoffs: [{ department: 'finance', assigneeId: null, note: null }],
        },
        d.owner,
      ),
    );
    expect(signed.contract).toMatchObject({ status: 'signed', signedOn: SIGNED_ON });
    expect(transactionRows(c.id)).toEqual([
      { client_id: c.clientId, item: c.title, quantity: 1, amount_fen: c.amountFen, contract_ref: c.code },
    ]);

    // The client's file shows the transaction and the new status, with the history kept.
    const file = unwrap(await d.core.call('clients.get', { id: c.clientId }, d.owner));
    expect(file.client.status).toBe('customer');
    expect(file.transactions.map((t) => t.contractRef)).toEqual([c.code]);
    expect(file.statusHistory.map((h) => [h.from, h.to])).toEqual([
      ['potential', 'customer'],
      [null, 'potential'],
    ]);

    // Signing again is refused, and the transactions stay as they were.
    const again = errorOf(
      await d.core.call('contracts.sign', { ...ref(signed), signedOn: SIGNED_ON, handoffs: [] }, d.owner),
    );
    expect(again.code).toBe('INVALID_STATE');
    expect(transactionRows(c.id)).toHaveLength(1);

    // The opportunity it came from is won, with the stage change the funnel counts.
    const opp = d.core.store.db
      .prepare('SELECT stage, closed_on FROM opportunities WHERE id = ?')
      .get(c.opportunityId) as { stage: string; closed_on: string };
    expect(opp).toEqual({ stage: 'won', closed_on: SIGNED_ON });
    expect(
      d.core.store.db
        .prepare('SELECT from_stage, to_stage FROM opportunity_stage_changes WHERE opportunity_id = ?')
        .all(c.opportunityId),
    ).toEqual([{ from_stage: 'negotiation', to_stage: 'won' }]);
    // …and its own history says so, as for a win on the board.
    const opportunityTrail = d.core.store.db
      .prepare("SELECT action FROM audit_log WHERE entity = 'opportunity' AND entity_id = ? ORDER BY at")
      .all(c.opportunityId) as { action: string }[];
    expect(opportunityTrail.map((r) => r.action)).toContain('win');
  });

  it('a customer stays a customer; a quote’s lines become one transaction each', async () => {
    const client = await clientFor(d.core, d.manager, staffOf(d.owner), 'customer');
    const quoteId = await insertQuote(d.core, d.manager, { clientId: client.id, ownerId: staffOf(d.owner) });
    const draft = unwrap(await d.core.call('contracts.create', { ...contractTerms, quoteId }, d.owner));
    expect(draft.contract.lines.map((l) => [l.description, l.quantity, l.discount, l.amountFen])).toEqual([
      ['货架系统', 2, 10, 5_400_000],
      ['安装调试服务', 1, 0, 600_000],
    ]);
    expect(draft.contract.amountFen).toBe(6_000_000);
    expect(draft.contract.ownerId).toBe(staffOf(d.owner));
    const signed = await walkTo(d.core, d.manager, draft, 'signed');
    expect(transactionRows(signed.contract.id).map((t) => [t.item, t.amount_fen])).toEqual([
      ['货架系统', 5_400_000],
      ['安装调试服务', 600_000],
    ]);
    const file = unwrap(await d.core.call('clients.get', { id: client.id }, d.manager));
    expect(file.client.status).toBe('customer');
    expect(file.statusHistory).toHaveLength(1);
    // One quote, one contract.
    const twice = errorOf(await d.core.call('contracts.create', { ...contractTerms, quoteId }, d.owner));
    expect(twice.fields?.quoteId?.key).toBe('validation.sourceHasContract');
  });

  it('a quote not accepted, or a lost opportunity, does not become a contract', async () => {
    const client = await clientFor(d.core, d.manager, staffOf(d.owner));
    const sent = await insertQuote(d.core, d.manager, {
      clientId: client.id,
      ownerId: staffOf(d.owner),
      status: 'sent',
    });
    expect(
      errorOf(await d.core.call('contracts.create', { ...contractTerms, quoteId: sent }, d.owner)).fields
        ?.quoteId?.key,
    ).toBe('validation.quoteNotAccepted');
    // Someone else's opportunity is not the caller's to turn into a contract.
    const theirs = await insertOpportunity(d.core, d.manager, {
      clientId: client.id,
      ownerId: staffOf(d.colleague),
    });
    expect(
      errorOf(await d.core.call('contracts.create', { ...contractTerms, opportunityId: theirs }, d.owner))
        .fields?.opportunityId?.key,
    ).toBe('validation.notFound');
  });

  it('bad hand-off choices are refused and nothing is written', async () => {
    const approved = await walkTo(
      d.core,
      d.manager,
      await draftContract(d.core, d.manager, staffOf(d.owner)),
      'approved',
    );
    const before = tableChecksum(d.core);
    const unknown = errorOf(
      await d.core.call(
        'contracts.sign',
        {
          ...ref(approved),
          signedOn: SIGNED_ON,
          handoffs: [{ department: 'nowhere', assigneeId: null, note: null }],
        },
        d.owner,
      ),
    );
    expect(unknown.fields?.['handoffs.0.department']?.key).toBe('validation.unknownDepartment');
    const early = errorOf(
      await d.core.call(
        'contracts.sign',
        { ...ref(approved), signedOn: '2026-11-01', handoffs: [] },
        d.owner,
      ),
    );
    expect(early.fields?.signedOn?.key).toBe('validation.signedBeforeDrafted');
    expect(tableChecksum(d.core)).toBe(before);
    expect(transactionRows(approved.contract.id)).toEqual([]);
  });
});

describe('the hand-off 合同交接', () => {
  it('is a to-do for its assignee, else for the owner, until acknowledged (who and when)', async () => {
    const approved = await walkTo(
      d.core,
      d.manager,
      await draftContract(d.core, d.manager, staffOf(d.owner)),
      'approved',
    );
    const signed = unwrap(
      await d.core.call(
        'contracts.sign',
        {
          ...ref(approved),
          signedOn: SIGNED_ON,
          handoffs: [
            { department: 'service', assigneeId: staffOf(d.serviceStaff), note: '请安排交付' },
            { department: 'finance', assigneeId: null, note: null },
          ],
        },
        d.owner,
      ),
    );
    const todoKeys = async (s: typeof d.owner) =>
      unwrap(await d.core.call('todo.list', {}, s))
        .items.filter((i) => i.kind === 'contractHandoff')
        .map((i) => i.key);
    const [service, finance] = signed.handoffs;
    expect(await todoKeys(d.serviceStaff)).toEqual([`contractHandoff:${service!.id}`]);
    expect(await todoKeys(d.owner)).toContain(`contractHandoff:${finance!.id}`);
    expect(await todoKeys(d.owner)).not.toContain(`contractHandoff:${service!.id}`);

    // The assignee sees the contract they are handed, and acknowledges it themselves.
    unwrap(await d.core.call('contracts.get', { id: signed.contract.id }, d.serviceStaff));
    const acked = unwrap(
      await d.core.call(
        'contracts.acknowledgeHandoff',
        { id: service!.id, version: service!.version, acknowledgedBy: null },
        d.serviceStaff,
      ),
    );
    expect(acked.handoffs.find((h) => h.id === service!.id)).toMatchObject({
      acknowledgedBy: d.serviceStaff.user!.displayName,
      acknowledgedAt: expect.any(String),
    });
    expect(await todoKeys(d.serviceStaff)).toEqual([]);

    // Without an assignee the owner records who in the department took it over.
    const noName = errorOf(
      await d.core.call(
        'contracts.acknowledgeHandoff',
        { id: finance!.id, version: finance!.version, acknowledgedBy: null },
        d.owner,
      ),
    );
    expect(noName.fields?.acknowledgedBy?.key).toBe('validation.acknowledgedByRequired');
    // Someone neither running the contract nor its assignee may not.
    expect(
      errorOf(
        await d.core.call(
          'contracts.acknowledgeHandoff',
          { id: finance!.id, version: finance!.version, acknowledgedBy: '赵会计' },
          d.marketStaff,
        ),
      ).code,
    ).toBe('NOT_FOUND');
    const done = unwrap(
      await d.core.call(
        'contracts.acknowledgeHandoff',
        { id: finance!.id, version: finance!.version, acknowledgedBy: '赵会计' },
        d.owner,
      ),
    );
    expect(done.handoffs.find((h) => h.id === finance!.id)!.acknowledgedBy).toBe('赵会计');
    expect(await todoKeys(d.owner)).not.toContain(`contractHandoff:${finance!.id}`);
  });
});

describe('payments overdue', () => {
  it('an open milestone past its date is an overdue to-do for its owner; received in full, it is gone', async () => {
    const signed = await walkTo(
      d.core,
      d.manager,
      await draftContract(d.core, d.manager, staffOf(d.owner)),
      'signed',
    );
    const c = unwrap(
      await d.core.call(
        'contracts.addMilestone',
        {
          contractId: signed.contract.id,
          kind: 'payment',
          title: '预付款',
          ownerId: staffOf(d.colleague),
          dueOn: '2026-12-01',
          amountFen: 3_000_000,
        },
        d.owner,
      ),
    );
    const payment = c.milestones[0]!;
    const todos = async () =>
      unwrap(await d.core.call('todo.list', {}, d.colleague)).items.filter(
        (i) => i.key === `contractMilestone:${payment.id}`,
      );
    // Within the week ahead it is coming up; past its date, overdue.
    expect(await todos()).toEqual([expect.objectContaining({ urgency: 'soon' })]);
    d.clock.advance(10 * 86_400_000);
    expect(await todos()).toEqual([
      expect.objectContaining({
        urgency: 'overdue',
        dueDate: '2026-12-01',
        title: '预付款',
        link: `/contracts/${c.contract.id}`,
      }),
    ]);
    // The colleague owns the payment: they see the contract and record what came in, never more than owed.
    const partial = unwrap(
      await d.core.call(
        'contracts.recordPayment',
        { id: payment.id, version: payment.version, amountFen: 1_000_000, receivedOn: '2026-12-05' },
        d.colleague,
      ),
    );
    expect(await todos()).toHaveLength(1);
    const p = partial.milestones[0]!;
    expect(
      errorOf(
        await d.core.call(
          'contracts.recordPayment',
          { id: p.id, version: p.version, amountFen: 2_000_001, receivedOn: '2026-12-06' },
          d.colleague,
        ),
      ).fields?.amountFen?.key,
    ).toBe('validation.paymentOverOwed');
    unwrap(
      await d.core.call(
        'contracts.recordPayment',
        { id: p.id, version: p.version, amountFen: 2_000_000, receivedOn: '2026-12-06' },
        d.colleague,
      ),
    );
    expect(await todos()).toEqual([]);
  });
});
