import type { Approval, ApprovalKind, ApprovalStatus } from '../../../../shared/approvals/types';
import type { Stamp } from '../../../core/mutation';
import { stmt, type Db } from '../../../db/connection';

/** An approval as stored, with the names of who asked and who decided. */
export type ApprovalRow = Approval & { groupId: string | null };

const SELECT = `
  SELECT a.id, a.kind, a.subject_id AS subjectId, a.subject_code AS subjectCode,
         a.subject_title AS subjectTitle, a.subject_link AS subjectLink, a.summary, a.reason, a.status,
         a.group_id AS groupId, a.requested_by AS requestedById,
         COALESCE(rs.name, ru.username) AS requestedByName, a.requested_at AS requestedAt,
         COALESCE(ds.name, du.username) AS decidedByName, a.decided_at AS decidedAt, a.comment, a.version
  FROM approvals a
  JOIN users ru ON ru.id = a.requested_by
  LEFT JOIN staff rs ON rs.id = ru.staff_id
  LEFT JOIN users du ON du.id = a.decided_by
  LEFT JOIN staff ds ON ds.id = du.staff_id`;

export function getApproval(db: Db, id: string): ApprovalRow | null {
  return (stmt(db, `${SELECT} WHERE a.id = ?`).get(id) as ApprovalRow | undefined) ?? null;
}

export interface ApprovalQuery {
  statuses: readonly ApprovalStatus[];
  kinds: readonly ApprovalKind[];
  /** Only the requests this user made; null for every request. */
  requestedBy: string | null;
}

function where(q: ApprovalQuery): { sql: string; params: Record<string, unknown> } {
  const parts: string[] = [];
  const params: Record<string, unknown> = {};
  if (q.statuses.length) {
    parts.push('a.status IN (SELECT value FROM json_each(@statuses))');
    params.statuses = JSON.stringify(q.statuses);
  }
  if (q.kinds.length) {
    parts.push('a.kind IN (SELECT value FROM json_each(@kinds))');
    params.kinds = JSON.stringify(q.kinds);
  }
  if (q.requestedBy !== null) {
    parts.push('a.requested_by = @requestedBy');
    params.requestedBy = q.requestedBy;
  }
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params };
}

/** Pending first (oldest waiting first), then the decided ones, newest first. */
export function listApprovals(
  db: Db,
  q: ApprovalQuery,
  limit: number,
  offset: number,
): { rows: ApprovalRow[]; total: number } {
  const w = where(q);
  const rows = stmt(
    db,
    `${SELECT} ${w.sql}
     ORDER BY a.status = 'pending' DESC,
              CASE WHEN a.status = 'pending' THEN a.requested_at END ASC,
              a.requested_at DESC, a.id
     LIMIT @limit OFFSET @offset`,
  ).all({ ...w.params, limit, offset }) as ApprovalRow[];
  const total = stmt(db, `SELECT COUNT(*) FROM approvals a ${w.sql}`).pluck().get(w.params) as number;
  return { rows, total };
}

export function pendingApprovals(db: Db): ApprovalRow[] {
  return stmt(db, `${SELECT} WHERE a.status = 'pending' ORDER BY a.requested_at`).all() as ApprovalRow[];
}

export interface ApprovalWrite {
  id: string;
  kind: ApprovalKind;
  subjectId: string;
  subjectCode: string;
  subjectTitle: string;
  subjectLink: string;
  summary: string | null;
  reason: string;
  groupId: string | null;
  requestedBy: string;
}

export function insertApproval(db: Db, a: ApprovalWrite, s: Stamp): void {
  stmt(
    db,
    `INSERT INTO approvals (id, kind, subject_id, subject_code, subject_title, subject_link, summary, reason,
       status, group_id, requested_by, requested_at, created_at, updated_at, created_by, updated_by)
     VALUES (@id, @kind, @subjectId, @subjectCode, @subjectTitle, @subjectLink, @summary, @reason,
       'pending', @groupId, @requestedBy, @at, @at, @at, @by, @by)`,
  ).run({ ...a, at: s.at, by: s.by });
}

/** Records the outcome of a pending request; false when it is no longer pending at that version. */
export function closeApproval(
  db: Db,
  id: string,
  version: number,
  outcome: { status: Exclude<ApprovalStatus, 'pending'>; comment: string | null; decidedBy: string | null },
  s: Stamp,
): boolean {
  return (
    stmt(
      db,
      `UPDATE approvals SET status = @status, comment = @comment, decided_by = @decidedBy, decided_at = @at,
         updated_at = @at, updated_by = @by, version = version + 1
       WHERE id = @id AND version = @version AND status = 'pending'`,
    ).run({ id, version, ...outcome, at: s.at, by: s.by }).changes === 1
  );
}
