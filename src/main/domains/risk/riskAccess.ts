import type { AuditChange } from '../../../shared/audit/types';
import { AppError } from '../../../shared/contract/errors';
import type { RiskEventKind, RiskStatus } from '../../../shared/risk/types';
import { diffRecords } from '../../core/auditDiff';
import type { UserCtx } from '../../core/context';
import { newId } from '../../core/ids';
import type { Mutation } from '../../core/mutation';
import { conflict, notFound } from '../../core/refusals';
import { insertRiskEvent } from './repository/events';
import { getRiskRow, ownsActionOf, updateRisk, type RiskRow, type RiskWrite } from './repository/risks';
import { riskAuditView, riskSearchText, type RiskBook } from './riskView';
import { maySeeRisk, mayWorkRisk, type RiskViewer } from './visibility';

/*
 * What every risk service shares: which risks the caller may see and work on, and what every write of a risk
 * also does (its timeline steps, its search text, its audit row).
 */

/** A live risk the caller may see; missing and out of sight answer the same NOT_FOUND. */
export function visibleRisk(ctx: UserCtx, id: string, book: RiskBook): RiskRow {
  const row = getRiskRow(ctx.db, id, book.today);
  if (!row || !maySeeRisk(ctx.user, row, () => ownsActionOf(ctx.db, id, ctx.user.staffId)))
    throw notFound('risk');
  return row;
}

/**
 * A risk the caller is about to change: visible, at the version they read (else CONFLICT), and theirs to
 * work on (else FORBIDDEN: they see it, so saying so reveals nothing).
 */
export function riskToChange(
  ctx: UserCtx,
  id: string,
  version: number,
  book: RiskBook,
  may: (v: RiskViewer, r: RiskRow) => boolean = mayWorkRisk,
): RiskRow {
  const row = visibleRisk(ctx, id, book);
  if (row.version !== version) throw conflict('risk');
  if (!may(ctx.user, row)) throw new AppError('FORBIDDEN', 'not a risk this user works on');
  return row;
}

/** Refuses a move the workflow does not allow from where the risk is. */
export const invalidMove = (what: string, status: RiskStatus): AppError =>
  new AppError('INVALID_STATE', `${what} is not possible for a risk that is ${status}`);

/** The stored state of a risk row, as a write starts from it. */
export function writeOf(r: RiskRow): RiskWrite {
  return {
    title: r.title,
    category: r.category,
    description: r.description,
    cause: r.cause,
    ownerId: r.ownerId,
    groupId: r.groupId,
    clientId: r.clientId,
    identifiedOn: r.identifiedOn,
    likelihood: r.likelihood,
    impact: r.impact,
    score: r.score,
    status: r.status,
    strategy: r.strategy,
    responsePlan: r.responsePlan,
    acceptance: r.acceptance,
    acceptanceReason: r.acceptanceReason,
    acceptanceApprovalId: r.acceptanceApprovalId,
    reviewBaseOn: r.reviewBaseOn,
    lastReviewedOn: r.lastReviewedOn,
    closedAt: r.closedAt,
    closeNote: r.closeNote,
    reopenCount: r.reopenCount,
  };
}

/** A step of the risk's timeline, recorded with a write. */
export interface RiskStep {
  kind: RiskEventKind;
  from?: RiskStatus;
  to?: RiskStatus;
  note?: string | null;
}

export function recordSteps(m: Mutation, riskId: string, steps: readonly RiskStep[]): void {
  for (const s of steps)
    insertRiskEvent(
      m.db,
      { id: newId(), riskId, kind: s.kind, from: s.from ?? null, to: s.to ?? null, note: s.note ?? null },
      m.stamp,
    );
}

/**
 * Writes the risk's new state at the version read: its steps go on the timeline, its search text is written
 * again, and the audit row records what changed (with `extra` changes that are not fields of the risk: a
 * reason, a note). Returns the row as it now stands.
 */
export function writeRisk(
  m: Mutation,
  book: RiskBook,
  row: RiskRow,
  after: RiskWrite,
  audit: { action: string; steps: readonly RiskStep[]; extra?: AuditChange[] },
  /** The linked client's name, when the write links another one. */
  newClientName?: string | null,
): RiskRow {
  const clientName = after.clientId === row.clientId ? row.clientName : (newClientName ?? null);
  m.versioned(
    'risk',
    updateRisk(
      m.db,
      row.id,
      row.version,
      { ...after, searchText: riskSearchText({ ...after, code: row.code, clientName }) },
      m.stamp,
    ),
  );
  recordSteps(m, row.id, audit.steps);
  const now = getRiskRow(m.db, row.id, book.today)!;
  m.audit({
    entity: 'risk',
    entityId: row.id,
    action: audit.action,
    changes: [...diffRecords(riskAuditView(book, row), riskAuditView(book, now)), ...(audit.extra ?? [])],
  });
  return now;
}
