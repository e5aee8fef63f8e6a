import type { MilestoneInput } from '../../../shared/contracts/channels';
import { isComplete, milestonesEditable, owedFen, progressAllowed } from '../../../shared/contracts/rules';
import type { Contract, ContractDetail, ContractMilestone } from '../../../shared/contracts/types';
import { AppError } from '../../../shared/contract/errors';
import { diffRecords } from '../../core/auditDiff';
import type { UserCtx } from '../../core/context';
import { newId } from '../../core/ids';
import { mutate, type Mutation } from '../../core/mutation';
import { conflict, fieldRefusal, notFound } from '../../core/refusals';
import { findStaff } from '../org/staff';
import { invalidMove, runContract, visibleContract } from './access';
import { contractDate, toContract } from './contractView';
import * as contracts from './repository/contracts';
import * as milestones from './repository/milestones';
import { readDetail, stateRefusal } from './service';

/*
 * Execution 执行: milestones (delivery, acceptance, invoice, payment) with an owner, due and done dates, and the
 * payment plan — what each payment milestone is for and what has come in. Those running the contract plan the
 * milestones; a milestone's owner (the service group following a delivery …) records its progress too.
 */

const auditView = ({ id: _i, contractId: _c, ownerName: _o, version: _v, ...rest }: ContractMilestone) =>
  rest;

/** The milestone, for a change at the version the caller read. */
function milestoneAt(m: Mutation<UserCtx>, id: string, version: number): ContractMilestone {
  const state = milestones.milestoneState(m.db, id);
  if (!state) throw notFound('contractMilestone');
  // Whether the caller may see it at all is checked next, on its contract; until then nothing is revealed.
  visibleContract(m, milestones.contractOf(m.db, id)!);
  if (state.version !== version) throw conflict('contractMilestone');
  if (state.deletedAt) throw notFound('contractMilestone');
  return milestones.getMilestone(m.db, id)!;
}

/** The plan's rules: an amount for payments only, due not before the contract's date, an owner at work, the plan within the amount. */
function checkMilestone(
  m: Mutation<UserCtx>,
  c: Contract,
  input: MilestoneInput,
  replacing: ContractMilestone | null,
) {
  if (input.kind === 'payment' && input.amountFen === null)
    throw fieldRefusal('VALIDATION', 'amountFen', 'validation.paymentNeedsAmount');
  if (input.kind !== 'payment' && input.amountFen !== null)
    throw fieldRefusal('VALIDATION', 'amountFen', 'validation.amountOnlyForPayment');
  const date = contractDate(c);
  if (input.dueOn < date) throw fieldRefusal('VALIDATION', 'dueOn', 'validation.dueBeforeContractDate');
  const owner = findStaff(m, input.ownerId);
  if (!owner) throw fieldRefusal('VALIDATION', 'ownerId', 'validation.notFound');
  if (owner.status === 'left') throw fieldRefusal('VALIDATION', 'ownerId', 'validation.staffLeft');
  if (replacing && input.amountFen !== null && input.amountFen < replacing.receivedFen)
    throw fieldRefusal('VALIDATION', 'amountFen', 'validation.amountBelowReceived');
  if (replacing && replacing.receivedFen > 0 && input.kind !== 'payment')
    throw fieldRefusal('VALIDATION', 'kind', 'validation.paymentHasReceipts');
  const planned = milestones
    .listMilestones(m.db, c.id)
    .filter((x) => x.id !== replacing?.id)
    .reduce((sum, x) => sum + (x.amountFen ?? 0), 0);
  if (planned + (input.amountFen ?? 0) > c.amountFen)
    throw fieldRefusal('VALIDATION', 'amountFen', 'validation.paymentPlanOverAmount');
}

/**
 * After progress: a signed contract is in execution from its first progress, and completed once every
 * milestone is done and the whole amount received.
 */
function advance(m: Mutation<UserCtx>, contractId: string): void {
  const c = toContract(contracts.getContract(m.db, contractId)!);
  const list = milestones.listMilestones(m.db, contractId);
  let status = c.status;
  let version = c.version;
  if (status === 'signed') {
    m.versioned('contract', contracts.updateStatus(m.db, c.id, version, { status: 'executing' }, m.stamp));
    version++;
    m.audit({
      entity: 'contract',
      entityId: c.id,
      action: 'set_status',
      changes: [{ field: 'status', before: status, after: 'executing' }],
    });
    status = 'executing';
  }
  if (status === 'executing' && isComplete(c.amountFen, list)) {
    const completedOn = list.reduce((last, x) => (x.doneOn! > last ? x.doneOn! : last), c.signedOn!);
    m.versioned(
      'contract',
      contracts.updateStatus(m.db, c.id, version, { status: 'completed', completedOn }, m.stamp),
    );
    m.audit({
      entity: 'contract',
      entityId: c.id,
      action: 'set_status',
      changes: [
        { field: 'status', before: 'executing', after: 'completed' },
        { field: 'completedOn', before: null, after: completedOn },
      ],
    });
  }
}

export function addMilestone(ctx: UserCtx, contractId: string, input: MilestoneInput): ContractDetail {
  return mutate(ctx, (m) => {
    const c = runContract(m, contractId);
    if (!milestonesEditable(c.status)) throw invalidMove(c.status, 'given milestones');
    checkMilestone(m, c, input, null);
    const id = newId();
    milestones.insertMilestone(m.db, id, contractId, input, m.stamp);
    contracts.touchContract(m.db, contractId, m.stamp);
    m.audit({
      entity: 'contractMilestone',
      entityId: id,
      action: 'create',
      changes: diffRecords(null, { contractId, ...auditView(milestones.getMilestone(m.db, id)!) }),
    });
    return readDetail(m, contractId);
  });
}

export function updateMilestone(
  ctx: UserCtx,
  id: string,
  version: number,
  input: MilestoneInput,
): ContractDetail {
  return mutate(ctx, (m) => {
    const before = milestoneAt(m, id, version);
    const c = runContract(m, before.contractId);
    if (!milestonesEditable(c.status)) throw invalidMove(c.status, 'given milestones');
    checkMilestone(m, c, input, before);
    m.versioned('contractMilestone', milestones.updateMilestone(m.db, id, version, input, m.stamp));
    contracts.touchContract(m.db, c.id, m.stamp);
    m.audit({
      entity: 'contractMilestone',
      entityId: id,
      action: 'update',
      changes: diffRecords(auditView(before), auditView(milestones.getMilestone(m.db, id)!)),
    });
    return readDetail(m, c.id);
  });
}

export function deleteMilestone(ctx: UserCtx, id: string, version: number): ContractDetail {
  return mutate(ctx, (m) => {
    const before = milestoneAt(m, id, version);
    const c = runContract(m, before.contractId);
    if (!milestonesEditable(c.status)) throw invalidMove(c.status, 'given milestones');
    if (before.doneOn !== null || before.receivedFen > 0)
      throw new AppError('INVALID_STATE', 'a milestone with progress recorded stays');
    m.versioned('contractMilestone', milestones.softDeleteMilestone(m.db, id, version, m.stamp));
    contracts.touchContract(m.db, c.id, m.stamp);
    m.audit({
      entity: 'contractMilestone',
      entityId: id,
      action: 'delete',
      changes: [{ field: 'deletedAt', before: null, after: m.stamp.at }],
    });
    return readDetail(m, c.id);
  });
}

/** Progress on a milestone: by those running the contract or the milestone's own owner, once signed. */
function forProgress(m: Mutation<UserCtx>, row: ContractMilestone): Contract {
  const { contract, scoped } = visibleContract(m, row.contractId);
  if (!scoped && row.ownerId !== m.user.staffId)
    throw new AppError('FORBIDDEN', 'only the milestone owner or those running the contract record progress');
  if (!progressAllowed(contract.status)) throw invalidMove(contract.status, 'worked on');
  return contract;
}

export function completeMilestone(ctx: UserCtx, id: string, version: number, doneOn: string): ContractDetail {
  return mutate(ctx, (m) => {
    const before = milestoneAt(m, id, version);
    const c = forProgress(m, before);
    if (before.kind === 'payment') throw stateRefusal('doneOn', 'validation.paymentDoneWhenReceived');
    if (before.doneOn !== null) throw new AppError('INVALID_STATE', 'milestone already done');
    if (doneOn < c.signedOn!) throw fieldRefusal('VALIDATION', 'doneOn', 'validation.beforeSigned');
    m.versioned(
      'contractMilestone',
      milestones.updateProgress(m.db, id, version, { doneOn, receivedFen: 0 }, m.stamp),
    );
    contracts.touchContract(m.db, c.id, m.stamp);
    m.audit({
      entity: 'contractMilestone',
      entityId: id,
      action: 'complete',
      changes: [{ field: 'doneOn', before: null, after: doneOn }],
    });
    advance(m, c.id);
    return readDetail(m, c.id);
  });
}

/** Money received: never more than what is still owed; the payment is done when fully received. */
export function recordPayment(
  ctx: UserCtx,
  id: string,
  version: number,
  amountFen: number,
  receivedOn: string,
): ContractDetail {
  return mutate(ctx, (m) => {
    const before = milestoneAt(m, id, version);
    const c = forProgress(m, before);
    if (before.kind !== 'payment') throw stateRefusal('amountFen', 'validation.notAPayment');
    const owed = owedFen(before);
    if (amountFen > owed)
      throw new AppError('VALIDATION', 'amountFen: more than owed', {
        fields: {
          amountFen: { key: 'validation.paymentOverOwed', params: { owed: (owed / 100).toFixed(2) } },
        },
      });
    if (receivedOn < c.signedOn!) throw fieldRefusal('VALIDATION', 'receivedOn', 'validation.beforeSigned');
    const receivedFen = before.receivedFen + amountFen;
    const doneOn = receivedFen === before.amountFen ? receivedOn : null;
    m.versioned(
      'contractMilestone',
      milestones.updateProgress(m.db, id, version, { doneOn, receivedFen }, m.stamp),
    );
    contracts.touchContract(m.db, c.id, m.stamp);
    m.audit({
      entity: 'contractMilestone',
      entityId: id,
      action: 'receive_payment',
      changes: [
        { field: 'receivedFen', before: before.receivedFen, after: receivedFen },
        { field: 'receivedOn', before: null, after: receivedOn },
        ...(doneOn ? [{ field: 'doneOn', before: null, after: doneOn }] : []),
      ],
    });
    advance(m, c.id);
    return readDetail(m, c.id);
  });
}
