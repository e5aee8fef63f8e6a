import type { Approval, ApprovalKind, ApprovalPage, ApprovalStatus } from '../../../shared/approvals/types';
import { AppError } from '../../../shared/contract/errors';
import { diffRecords } from '../../core/auditDiff';
import type { Ctx, UserCtx } from '../../core/context';
import { newId } from '../../core/ids';
import type { Mutation } from '../../core/mutation';
import { notFound } from '../../core/refusals';
import * as approvals from './repository/approvals';
import type { ApprovalRow } from './repository/approvals';

/*
 * The approvals seam (审批, DESIGN.md "Across modules"): a domain that needs the manager's yes asks here, in
 * its own mutation; the manager decides in approvals.decide (domains/decisions), which hands the outcome back
 * to the asking domain in the same transaction. This domain knows nothing of the subjects beyond what the
 * request names.
 */

const toApproval = ({ groupId: _g, ...a }: ApprovalRow): Approval => a;

/** Only the manager decides; a request the manager makes is approved as it is made. */
const decidesAlone = (m: Ctx): boolean => m.user?.role === 'manager';

export interface ApprovalRequest {
  kind: ApprovalKind;
  subjectId: string;
  subjectCode: string;
  subjectTitle: string;
  /** A hash-router path that opens the subject. */
  subjectLink: string;
  summary: string | null;
  reason: string;
  groupId: string | null;
}

function auditView(a: ApprovalRow) {
  return {
    kind: a.kind,
    subject: a.subjectCode,
    summary: a.summary,
    reason: a.reason,
    status: a.status,
    comment: a.comment,
  };
}

/**
 * Asks for the manager's approval of something the caller is writing in `m`; the request (pending, or
 * approved at once when the manager asks) is audited with it.
 */
export function requestApproval(m: Mutation, req: ApprovalRequest): Approval {
  if (!m.user) throw new AppError('UNAUTHENTICATED', 'an approval is asked for by a user');
  const id = newId();
  approvals.insertApproval(m.db, { id, ...req, requestedBy: m.user.userId }, m.stamp);
  m.audit({ entity: 'approval', entityId: id, action: 'request', changes: changesOf(null, loaded(m, id)) });
  if (decidesAlone(m)) return closeRequest(m, loaded(m, id), 'approved', null);
  return toApproval(loaded(m, id));
}

/** The asking domain no longer needs it (the person chose otherwise); a decided request stays as it was. */
export function withdrawApproval(m: Mutation, id: string): void {
  const row = approvals.getApproval(m.db, id);
  if (!row || row.status !== 'pending') return;
  closeRequest(m, row, 'withdrawn', null);
}

/** Closes a pending request with an outcome, audited; the caller checked it may. */
export function closeRequest(
  m: Mutation,
  before: ApprovalRow,
  status: Exclude<ApprovalStatus, 'pending'>,
  comment: string | null,
): Approval {
  const decidedBy = status === 'withdrawn' ? null : (m.user?.userId ?? null);
  m.versioned(
    'approval',
    approvals.closeApproval(m.db, before.id, before.version, { status, comment, decidedBy }, m.stamp),
  );
  const after = loaded(m, before.id);
  m.audit({
    entity: 'approval',
    entityId: before.id,
    action: status === 'withdrawn' ? 'withdraw' : 'decide',
    changes: changesOf(before, after),
  });
  return toApproval(after);
}

function loaded(ctx: Ctx, id: string): ApprovalRow {
  const row = approvals.getApproval(ctx.db, id);
  if (!row) throw notFound('approval');
  return row;
}

const changesOf = (before: ApprovalRow | null, after: ApprovalRow) =>
  diffRecords(before && auditView(before), auditView(after));

/** An approval as stored, for the decision (the manager) or the asking domain. */
export function approvalRow(ctx: Ctx, id: string): ApprovalRow {
  return loaded(ctx, id);
}

/** The manager sees every request; anyone else the requests they made. */
export function listApprovals(
  ctx: UserCtx,
  input: { statuses: ApprovalStatus[]; kinds: ApprovalKind[]; page: number; pageSize: number },
): ApprovalPage {
  const page = approvals.listApprovals(
    ctx.db,
    { statuses: input.statuses, kinds: input.kinds, requestedBy: decidesAlone(ctx) ? null : ctx.user.userId },
    input.pageSize,
    (input.page - 1) * input.pageSize,
  );
  return { items: page.rows.map(toApproval), total: page.total, page: input.page, pageSize: input.pageSize };
}

export const pendingApprovals = (ctx: Ctx): Approval[] => approvals.pendingApprovals(ctx.db).map(toApproval);
