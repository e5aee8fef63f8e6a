import type { z } from 'zod';
import type { handoffChoice } from '../../../shared/contracts/channels';
import { lineAmountFen } from '../../../shared/contracts/rules';
import type { Contract, ContractDetail } from '../../../shared/contracts/types';
import type { TransactionInput } from '../../../shared/clients/channels';
import type { UserCtx } from '../../core/context';
import { newId } from '../../core/ids';
import { mutate, type Mutation } from '../../core/mutation';
import { fieldRefusal } from '../../core/refusals';
import { becomeCustomer } from '../clients/service';
import { recordContractTransactions } from '../clients/transactions';
import { findStaff } from '../org/staff';
import { winBySignedContract } from '../sales/workflow';
import { getSettings } from '../settings/service';
import { contractForWrite } from './access';
import * as contracts from './repository/contracts';
import { insertHandoff } from './repository/handoffs';
import { readDetail, stateRefusal } from './service';

type HandoffChoice = z.output<typeof handoffChoice>;

/*
 * Signing 签订, in one mutation: the contract signed on its date; the client's transactions written through
 * the client files' service (one per line, or one for the amount), each keeping the contract; a potential or
 * key follow-up client made a customer (status history kept); the opportunity marked won; the hand-off
 * 合同交接 recorded to each department chosen. All of it or nothing. Only an approved contract is signed, so
 * its transactions are written once.
 */

/** What the client's file records of the contract: its lines, or the whole amount as one. */
function transactionsOf(c: Contract, signedOn: string): TransactionInput[] {
  if (c.lines.length === 0)
    return [
      {
        date: signedOn,
        item: c.title,
        quantity: 1,
        amountFen: c.amountFen,
        contractRef: c.code,
        notes: null,
      },
    ];
  return c.lines.map((l) => ({
    date: signedOn,
    item: l.description,
    quantity: l.quantity,
    amountFen: lineAmountFen(l),
    contractRef: c.code,
    notes: null,
  }));
}

/** The departments chosen: each an active entry of the settings' list, once, with an assignee at work. */
function checkHandoffs(m: Mutation<UserCtx>, choices: readonly HandoffChoice[]): void {
  const active = new Set(
    getSettings(m)
      .settings.salesHandoffDepartments.filter((d) => d.active)
      .map((d) => d.key),
  );
  const seen = new Set<string>();
  choices.forEach((h, i) => {
    if (!active.has(h.department))
      throw fieldRefusal('VALIDATION', `handoffs.${i}.department`, 'validation.unknownDepartment');
    if (seen.has(h.department))
      throw fieldRefusal('VALIDATION', `handoffs.${i}.department`, 'validation.handoffTwice');
    seen.add(h.department);
    if (h.assigneeId) {
      const person = findStaff(m, h.assigneeId);
      if (!person) throw fieldRefusal('VALIDATION', `handoffs.${i}.assigneeId`, 'validation.notFound');
      if (person.status === 'left')
        throw fieldRefusal('VALIDATION', `handoffs.${i}.assigneeId`, 'validation.staffLeft');
    }
  });
}

export function signContract(
  ctx: UserCtx,
  id: string,
  version: number,
  signedOn: string,
  handoffs: readonly HandoffChoice[],
): ContractDetail {
  return mutate(ctx, (m) => {
    const before = contractForWrite(m, id, version);
    if (before.status !== 'approved') throw stateRefusal('status', 'validation.contractNotApproved');
    if (signedOn < before.draftedOn)
      throw fieldRefusal('VALIDATION', 'signedOn', 'validation.signedBeforeDrafted');
    checkHandoffs(m, handoffs);

    m.versioned(
      'contract',
      contracts.updateStatus(m.db, id, version, { status: 'signed', signedOn }, m.stamp),
    );
    const written = recordContractTransactions(m, before.clientId, id, transactionsOf(before, signedOn));
    const madeCustomer = becomeCustomer(m, before.clientId, before.code);
    const wonFrom = before.opportunityId ? winBySignedContract(m, before.opportunityId, signedOn) : null;

    for (const h of handoffs) {
      const handoffId = newId();
      insertHandoff(m.db, { id: handoffId, contractId: id, ...h }, m.stamp);
      m.audit({
        entity: 'contractHandoff',
        entityId: handoffId,
        action: 'create',
        changes: [
          { field: 'contractId', before: null, after: id },
          { field: 'department', before: null, after: h.department },
          ...(h.assigneeId ? [{ field: 'assigneeId', before: null, after: h.assigneeId }] : []),
          ...(h.note ? [{ field: 'note', before: null, after: h.note }] : []),
        ],
      });
    }
    m.audit({
      entity: 'contract',
      entityId: id,
      action: 'sign',
      changes: [
        { field: 'status', before: 'approved', after: 'signed' },
        { field: 'signedOn', before: null, after: signedOn },
        { field: 'transactions', before: null, after: written.length },
        ...(madeCustomer ? [{ field: 'clientBecameCustomer', before: null, after: true }] : []),
        ...(wonFrom ? [{ field: 'opportunityStage', before: wonFrom, after: 'won' }] : []),
      ],
    });
    return readDetail(m, id);
  });
}
