import type {
  RectificationFilter,
  RectificationInput,
  RectificationListInput,
  RectificationOrder,
} from '../../../shared/control/channels';
import {
  RECTIFICATION_WORKING,
  type Rectification,
  type RectificationPage,
  type RectificationStepKind,
} from '../../../shared/control/types';
import { AppError } from '../../../shared/contract/errors';
import { diffRecords } from '../../core/auditDiff';
import type { UserCtx } from '../../core/context';
import { newId } from '../../core/ids';
import { mutate, type Mutation } from '../../core/mutation';
import { conflict, fieldRefusal, notFound } from '../../core/refusals';
import { todayOf, toRectification } from './audits';
import { recordingAudit } from './findings';
import { getFinding } from './repository/findings';
import * as rects from './repository/rectifications';
import type { RectificationRow, StepWrite } from './repository/rectifications';
import { staffAtWork } from './staffChecks';
import { auditsThis, scopeOf, worksOn } from './visibility';

export function listRectifications(ctx: UserCtx, input: RectificationListInput): RectificationPage {
  const today = todayOf(ctx);
  const page = rects.listRectifications(
    ctx.db,
    scopeOf(ctx.user),
    input,
    today,
    input.pageSize,
    (input.page - 1) * input.pageSize,
  );
  return { items: page.rows.map((r) => toRectification(r, today)), total: page.total };
}

export function rectificationsForExport(
  ctx: UserCtx,
  input: RectificationFilter & RectificationOrder,
  max: number,
): Rectification[] {
  const today = todayOf(ctx);
  return rects
    .listRectifications(ctx.db, scopeOf(ctx.user), input, today, max, 0)
    .rows.map((r) => toRectification(r, today));
}

/** A rectification as the trail shows it: people by id, no joined names, no counts. */
const auditView = (r: RectificationRow) => ({
  findingId: r.findingId,
  requirement: r.requirement,
  ownerId: r.ownerId,
  groupId: r.groupId,
  dueOn: r.dueOn,
  status: r.status,
  evidenceNote: r.evidenceNote,
  submittedAt: r.submittedAt,
  verifiedById: r.verifiedById,
  verifiedAt: r.verifiedAt,
  verifyComment: r.verifyComment,
});

/** The stored form of the rectification form: an owner at work, due on or after the audit date. */
function rectificationWrite(
  m: Mutation<UserCtx>,
  auditOn: string,
  input: RectificationInput,
  before: RectificationRow | null,
): rects.RectificationWrite {
  if (input.dueOn < auditOn) throw fieldRefusal('VALIDATION', 'dueOn', 'validation.dueBeforeAuditDate');
  const owner = before && before.ownerId === input.ownerId ? null : staffAtWork(m, input.ownerId, 'ownerId');
  return {
    requirement: input.requirement,
    ownerId: input.ownerId,
    groupId: owner ? owner.groupId : before!.groupId,
    dueOn: input.dueOn,
  };
}

const reread = (m: Mutation, id: string) =>
  toRectification(rects.rectificationForWrite(m.db, id)!, todayOf(m));

export function addRectification(ctx: UserCtx, findingId: string, input: RectificationInput): Rectification {
  return mutate(ctx, (m) => {
    const finding = getFinding(m.db, findingId, scopeOf(m.user));
    if (!finding) throw notFound('controlFinding');
    const audit = recordingAudit(m, finding.auditId);
    const w = rectificationWrite(m, audit.auditOn, input, null);
    const id = newId();
    rects.insertRectification(m.db, id, findingId, w, m.stamp);
    const created = rects.rectificationForWrite(m.db, id)!;
    m.audit({
      entity: 'rectification',
      entityId: id,
      action: 'create',
      changes: diffRecords(null, auditView(created)),
    });
    return toRectification(created, todayOf(m));
  });
}

/** A visible, live rectification at the version the caller read. */
function rectificationToChange(m: Mutation<UserCtx>, id: string, version: number): RectificationRow {
  const r = rects.getRectification(m.db, id, scopeOf(m.user));
  if (!r) throw notFound('rectification');
  if (r.version !== version) throw conflict('rectification');
  return r;
}

export function updateRectification(
  ctx: UserCtx,
  id: string,
  version: number,
  input: RectificationInput,
): Rectification {
  return mutate(ctx, (m) => {
    const before = rectificationToChange(m, id, version);
    const audit = recordingAudit(m, before.auditId);
    if (!RECTIFICATION_WORKING.includes(before.status))
      throw new AppError('INVALID_STATE', `a ${before.status} rectification is not edited`);
    const w = rectificationWrite(m, audit.auditOn, input, before);
    m.versioned('rectification', rects.updateRectification(m.db, id, version, w, m.stamp));
    const after = rects.rectificationForWrite(m.db, id)!;
    m.audit({
      entity: 'rectification',
      entityId: id,
      action: 'update',
      changes: diffRecords(auditView(before), auditView(after)),
    });
    return toRectification(after, todayOf(m));
  });
}

/** One step of the verification: the new state, its step row and its trail row, in one mutation. */
function step(
  m: Mutation<UserCtx>,
  before: RectificationRow,
  kind: RectificationStepKind,
  write: StepWrite,
  note: string | null,
): Rectification {
  m.versioned(
    'rectification',
    rects.updateRectificationStep(m.db, before.id, before.version, write, m.stamp),
  );
  rects.insertStep(m.db, { id: newId(), rectificationId: before.id, kind, note }, m.user.staffId, m.stamp);
  const after = rects.rectificationForWrite(m.db, before.id)!;
  const action = kind === 'submitted' ? 'submit' : kind === 'returned' ? 'return' : 'verify';
  m.audit({
    entity: 'rectification',
    entityId: before.id,
    action,
    changes: diffRecords(auditView(before), auditView(after)),
  });
  return reread(m, before.id);
}

/**
 * The owner (or one over the owner's group) hands in the evidence: a note, and the files added before.
 * Open or returned → submitted.
 */
export function submitRectification(
  ctx: UserCtx,
  id: string,
  version: number,
  evidenceNote: string,
): Rectification {
  return mutate(ctx, (m) => {
    const before = rectificationToChange(m, id, version);
    if (!worksOn(m.user, before))
      throw fieldRefusal('FORBIDDEN', 'evidenceNote', 'validation.onlyOwnerSubmits');
    if (!RECTIFICATION_WORKING.includes(before.status))
      throw new AppError('INVALID_STATE', `a ${before.status} rectification is not submitted again`);
    return step(
      m,
      before,
      'submitted',
      {
        status: 'submitted',
        evidenceNote,
        submittedAt: m.stamp.at,
        verifiedBy: null,
        verifiedAt: null,
        verifyComment: before.verifyComment,
      },
      evidenceNote,
    );
  });
}

/** What only an auditor of the audit (or the manager, a deputy) does, to a submitted rectification. */
function reviewable(m: Mutation<UserCtx>, id: string, version: number): RectificationRow {
  const before = rectificationToChange(m, id, version);
  if (!auditsThis(m, m.user, before.auditId))
    throw fieldRefusal('FORBIDDEN', 'comment', 'validation.onlyAuditorsVerify');
  // Nothing handed in, nothing to verify: a rectification closes only on evidence an auditor accepted.
  if (before.status !== 'submitted')
    throw new AppError('VALIDATION', `a ${before.status} rectification cannot be verified`, {
      fields: { comment: { key: 'validation.notSubmitted' } },
    });
  return before;
}

export function returnRectification(
  ctx: UserCtx,
  id: string,
  version: number,
  comment: string,
): Rectification {
  return mutate(ctx, (m) => {
    const before = reviewable(m, id, version);
    return step(
      m,
      before,
      'returned',
      {
        status: 'returned',
        evidenceNote: before.evidenceNote,
        submittedAt: before.submittedAt,
        verifiedBy: null,
        verifiedAt: null,
        verifyComment: comment,
      },
      comment,
    );
  });
}

export function verifyRectification(
  ctx: UserCtx,
  id: string,
  version: number,
  comment: string | null,
): Rectification {
  return mutate(ctx, (m) => {
    const before = reviewable(m, id, version);
    return step(
      m,
      before,
      'verified',
      {
        status: 'verified',
        evidenceNote: before.evidenceNote,
        submittedAt: before.submittedAt,
        verifiedBy: m.user.staffId,
        verifiedAt: m.stamp.at,
        verifyComment: comment,
      },
      comment,
    );
  });
}
