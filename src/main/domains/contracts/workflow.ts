import type { ChecklistInput } from '../../../shared/contracts/channels';
import { everyItemPassed, freshChecklist, mayTerminate } from '../../../shared/contracts/rules';
import type { AuditChange } from '../../../shared/audit/types';
import type { ChecklistEntry, ContractDetail, ReviewOpinion } from '../../../shared/contracts/types';
import { chinaDate } from '../../../shared/service/statsPeriod';
import type { UserCtx } from '../../core/context';
import { mutate } from '../../core/mutation';
import { fieldRefusal } from '../../core/refusals';
import { contractForWrite, invalidMove } from './access';
import * as contracts from './repository/contracts';
import { readDetail, stateRefusal } from './service';

/*
 * The review 评审: the owner submits the draft, reviewers (leads, deputies, the manager) record each checklist
 * item as passed or failed with a comment and give their opinion, the manager or a deputy approves once every
 * item passed. A failed item sends the contract back to draft to change the terms, and the review starts over.
 */

export function submitForReview(ctx: UserCtx, id: string, version: number): ContractDetail {
  return mutate(ctx, (m) => {
    const before = contractForWrite(m, id, version);
    if (before.status !== 'draft') throw invalidMove(before.status, 'submitted for review');
    m.versioned(
      'contract',
      contracts.updateStatus(
        m.db,
        id,
        version,
        { status: 'review', checklist: freshChecklist(), reviews: [] },
        m.stamp,
      ),
    );
    m.audit({
      entity: 'contract',
      entityId: id,
      action: 'submit',
      changes: [{ field: 'status', before: 'draft', after: 'review' }],
    });
    return readDetail(m, id);
  });
}

export function returnToDraft(
  ctx: UserCtx,
  id: string,
  version: number,
  comment: string | null,
): ContractDetail {
  return mutate(ctx, (m) => {
    const before = contractForWrite(m, id, version);
    if (before.status !== 'review') throw invalidMove(before.status, 'returned to draft');
    m.versioned('contract', contracts.updateStatus(m.db, id, version, { status: 'draft' }, m.stamp));
    m.audit({
      entity: 'contract',
      entityId: id,
      action: 'return',
      changes: [
        { field: 'status', before: 'review', after: 'draft' },
        ...(comment ? [{ field: 'comment', before: null, after: comment }] : []),
      ],
    });
    return readDetail(m, id);
  });
}

/** Records checklist results; a failed item needs a comment saying what is wrong. */
export function recordChecklist(
  ctx: UserCtx,
  id: string,
  version: number,
  input: ChecklistInput,
): ContractDetail {
  return mutate(ctx, (m) => {
    const before = contractForWrite(m, id, version);
    if (before.status !== 'review') throw invalidMove(before.status, 'reviewed');
    input.forEach((c, i) => {
      if (c.result === 'failed' && !c.comment)
        throw fieldRefusal('VALIDATION', `checklist.${i}.comment`, 'validation.failedNeedsComment');
    });
    const changes: AuditChange[] = [];
    const checklist: ChecklistEntry[] = before.checklist.map((entry) => {
      const given = input.find((c) => c.item === entry.item);
      if (!given || (given.result === entry.result && given.comment === entry.comment)) return entry;
      if (given.result !== entry.result)
        changes.push({ field: entry.item, before: entry.result, after: given.result });
      if (given.comment !== entry.comment)
        changes.push({ field: `${entry.item}Comment`, before: entry.comment, after: given.comment });
      return {
        item: entry.item,
        result: given.result,
        comment: given.comment,
        checkedByName: m.user.displayName,
        checkedAt: m.stamp.at,
      };
    });
    if (changes.length === 0) return readDetail(m, id);
    m.versioned(
      'contract',
      contracts.updateStatus(m.db, id, version, { status: 'review', checklist }, m.stamp),
    );
    m.audit({ entity: 'contract', entityId: id, action: 'review', changes });
    return readDetail(m, id);
  });
}

/** A reviewer's opinion; giving it again replaces their earlier one. */
export function giveOpinion(
  ctx: UserCtx,
  id: string,
  version: number,
  agree: boolean,
  comment: string | null,
): ContractDetail {
  return mutate(ctx, (m) => {
    const before = contractForWrite(m, id, version);
    if (before.status !== 'review') throw invalidMove(before.status, 'reviewed');
    if (!agree && !comment) throw fieldRefusal('VALIDATION', 'comment', 'validation.disagreeNeedsComment');
    const opinion: ReviewOpinion = {
      staffId: m.user.staffId,
      name: m.user.displayName,
      at: m.stamp.at,
      agree,
      comment,
    };
    const reviews = [...before.reviews.filter((r) => r.staffId !== m.user.staffId), opinion];
    m.versioned(
      'contract',
      contracts.updateStatus(m.db, id, version, { status: 'review', reviews }, m.stamp),
    );
    m.audit({
      entity: 'contract',
      entityId: id,
      action: 'opine',
      changes: [
        { field: 'agree', before: null, after: agree },
        ...(comment ? [{ field: 'comment', before: null, after: comment }] : []),
      ],
    });
    return readDetail(m, id);
  });
}

export function approveContract(ctx: UserCtx, id: string, version: number): ContractDetail {
  return mutate(ctx, (m) => {
    const before = contractForWrite(m, id, version);
    if (before.status !== 'review') throw invalidMove(before.status, 'approved');
    if (!everyItemPassed(before.checklist)) {
      const open = before.checklist.filter((c) => c.result !== 'passed').length;
      throw stateRefusal('checklist', 'validation.checklistNotPassed', { count: open });
    }
    m.versioned(
      'contract',
      contracts.updateStatus(m.db, id, version, { status: 'approved', approved: true }, m.stamp),
    );
    m.audit({
      entity: 'contract',
      entityId: id,
      action: 'approve',
      changes: [{ field: 'status', before: 'review', after: 'approved' }],
    });
    return readDetail(m, id);
  });
}

export function terminateContract(ctx: UserCtx, id: string, version: number, reason: string): ContractDetail {
  return mutate(ctx, (m) => {
    const before = contractForWrite(m, id, version);
    if (!mayTerminate(before.status)) throw invalidMove(before.status, 'terminated');
    const on = chinaDate(m.stamp.at);
    m.versioned(
      'contract',
      contracts.updateStatus(
        m.db,
        id,
        version,
        { status: 'terminated', terminated: { on, reason } },
        m.stamp,
      ),
    );
    m.audit({
      entity: 'contract',
      entityId: id,
      action: 'terminate',
      changes: [
        { field: 'status', before: before.status, after: 'terminated' },
        { field: 'terminatedReason', before: null, after: reason },
      ],
    });
    return readDetail(m, id);
  });
}
