import type { RectificationFilter, RectificationOrder } from '../../../../shared/control/channels';
import type {
  Rectification,
  RectificationStatus,
  RectificationStep,
  RectificationStepKind,
} from '../../../../shared/control/types';
import type { Stamp } from '../../../core/mutation';
import { stmt, type Db } from '../../../db/connection';
import { rectificationVisible, type ScopeParams } from './scope';

/** A rectification as stored, with its finding and audit; overdue is decided on top (it needs today). */
export type RectificationRow = Omit<Rectification, 'overdue'>;

const RECT_SELECT = `
  SELECT r.id, r.finding_id AS findingId, f.code AS findingCode, f.title AS findingTitle, f.severity,
         a.id AS auditId, a.code AS auditCode, a.title AS auditTitle, r.requirement, r.owner_id AS ownerId,
         so.name AS ownerName, r.group_id AS groupId, r.due_on AS dueOn, r.status, r.evidence_note AS evidenceNote,
         r.submitted_at AS submittedAt, r.verified_by AS verifiedById, sv.name AS verifiedByName,
         r.verified_at AS verifiedAt, r.verify_comment AS verifyComment,
         (SELECT count(*) FROM control_evidence e WHERE e.rectification_id = r.id AND e.deleted_at IS NULL)
           AS evidenceCount,
         r.created_at AS createdAt, r.updated_at AS updatedAt, r.version
  FROM control_rectifications r
  JOIN control_findings f ON f.id = r.finding_id
  JOIN control_audits a ON a.id = f.audit_id
  LEFT JOIN staff so ON so.id = r.owner_id
  LEFT JOIN staff sv ON sv.id = r.verified_by`;

const LIVE = 'r.deleted_at IS NULL AND f.deleted_at IS NULL AND a.deleted_at IS NULL';

export function getRectification(db: Db, id: string, scope: ScopeParams): RectificationRow | null {
  return (
    (stmt(db, `${RECT_SELECT} WHERE r.id = @id AND ${LIVE} AND ${rectificationVisible('r', 'a')}`).get({
      ...scope,
      id,
    }) as RectificationRow | undefined) ?? null
  );
}

/** A live rectification whoever asks (the writes check who may act themselves). */
export function rectificationForWrite(db: Db, id: string): RectificationRow | null {
  return (
    (stmt(db, `${RECT_SELECT} WHERE r.id = ? AND ${LIVE}`).get(id) as RectificationRow | undefined) ?? null
  );
}

/** The rectifications of an audit the reader may see, by finding, then due date. */
export function rectificationsOfAudit(db: Db, auditId: string, scope: ScopeParams): RectificationRow[] {
  return stmt(
    db,
    `${RECT_SELECT} WHERE a.id = @auditId AND ${LIVE} AND ${rectificationVisible('r', 'a')}
     ORDER BY f.code, r.due_on, r.created_at`,
  ).all({ ...scope, auditId }) as RectificationRow[];
}

const SORT_SQL: Record<RectificationOrder['sortBy'], string> = {
  dueOn: 'r.due_on',
  status: `CASE r.status WHEN 'open' THEN 1 WHEN 'returned' THEN 2 WHEN 'submitted' THEN 3 ELSE 4 END`,
  findingCode: 'f.code',
  updatedAt: 'r.updated_at',
};

function filterWhere(
  flt: RectificationFilter,
  today: string,
): { sql: string; params: Record<string, unknown> } {
  const parts = [LIVE, rectificationVisible('r', 'a')];
  const params: Record<string, unknown> = {};
  if (flt.scope === 'mine') parts.push('r.owner_id = @me');
  if (flt.statuses.length) {
    parts.push('r.status IN (SELECT value FROM json_each(@statuses))');
    params.statuses = JSON.stringify(flt.statuses);
  }
  if (flt.severities.length) {
    parts.push('f.severity IN (SELECT value FROM json_each(@severities))');
    params.severities = JSON.stringify(flt.severities);
  }
  if (flt.ownerId) {
    parts.push('r.owner_id = @ownerId');
    params.ownerId = flt.ownerId;
  }
  if (flt.auditId) {
    parts.push('a.id = @auditId');
    params.auditId = flt.auditId;
  }
  if (flt.overdue) {
    parts.push(`r.status <> 'verified' AND r.due_on < @today`);
    params.today = today;
  }
  if (flt.search) {
    parts.push(
      `(instr(lower(r.requirement), lower(@search)) > 0 OR instr(f.search_text, lower(@search)) > 0
        OR instr(coalesce(so.name, ''), @search) > 0)`,
    );
    params.search = flt.search;
  }
  return { sql: parts.join(' AND '), params };
}

export function listRectifications(
  db: Db,
  scope: ScopeParams,
  flt: RectificationFilter & RectificationOrder,
  today: string,
  limit: number,
  offset: number,
): { rows: RectificationRow[]; total: number } {
  const where = filterWhere(flt, today);
  const dir = flt.sortDir === 'asc' ? 'ASC' : 'DESC';
  const rows = stmt(
    db,
    `${RECT_SELECT} WHERE ${where.sql} ORDER BY ${SORT_SQL[flt.sortBy]} ${dir}, f.code ${dir}, r.created_at
     LIMIT @limit OFFSET @offset`,
  ).all({ ...scope, ...where.params, limit, offset }) as RectificationRow[];
  const { n } = stmt(
    db,
    `SELECT count(*) AS n FROM control_rectifications r
     JOIN control_findings f ON f.id = r.finding_id JOIN control_audits a ON a.id = f.audit_id
     LEFT JOIN staff so ON so.id = r.owner_id WHERE ${where.sql}`,
  ).get({ ...scope, ...where.params }) as { n: number };
  return { rows, total: n };
}

/** A person's rectifications still to do (open or returned) due on or before `dueBy`, earliest first. */
export function workOfOwner(db: Db, ownerId: string, dueBy: string): RectificationRow[] {
  return stmt(
    db,
    `${RECT_SELECT} WHERE ${LIVE} AND r.owner_id = @ownerId AND r.status IN ('open', 'returned')
       AND r.due_on <= @dueBy
     ORDER BY r.due_on, f.code`,
  ).all({ ownerId, dueBy }) as RectificationRow[];
}

/** Submitted rectifications of the audits this person audits, waiting for verification. */
export function waitingForAuditor(db: Db, staffId: string): RectificationRow[] {
  return stmt(
    db,
    `${RECT_SELECT} WHERE ${LIVE} AND r.status = 'submitted'
       AND EXISTS (SELECT 1 FROM control_auditors x WHERE x.audit_id = a.id AND x.staff_id = @staffId)
     ORDER BY r.submitted_at, f.code`,
  ).all({ staffId }) as RectificationRow[];
}

export interface RectificationWrite {
  requirement: string;
  ownerId: string;
  groupId: string | null;
  dueOn: string;
}

export function insertRectification(
  db: Db,
  id: string,
  findingId: string,
  w: RectificationWrite,
  s: Stamp,
): void {
  stmt(
    db,
    `INSERT INTO control_rectifications (id, finding_id, requirement, owner_id, group_id, due_on, status,
       created_at, updated_at, created_by, updated_by)
     VALUES (@id, @findingId, @requirement, @ownerId, @groupId, @dueOn, 'open', @at, @at, @by, @by)`,
  ).run({ ...w, id, findingId, at: s.at, by: s.by });
}

export function updateRectification(
  db: Db,
  id: string,
  version: number,
  w: RectificationWrite,
  s: Stamp,
): boolean {
  return (
    stmt(
      db,
      `UPDATE control_rectifications SET requirement = @requirement, owner_id = @ownerId, group_id = @groupId,
         due_on = @dueOn, updated_at = @at, updated_by = @by, version = version + 1
       WHERE id = @id AND version = @version AND deleted_at IS NULL`,
    ).run({ ...w, id, version, at: s.at, by: s.by }).changes === 1
  );
}

/** What a step of the verification writes. */
export interface StepWrite {
  status: RectificationStatus;
  evidenceNote: string | null;
  submittedAt: string | null;
  verifiedBy: string | null;
  verifiedAt: string | null;
  verifyComment: string | null;
}

export function updateRectificationStep(
  db: Db,
  id: string,
  version: number,
  w: StepWrite,
  s: Stamp,
): boolean {
  return (
    stmt(
      db,
      `UPDATE control_rectifications SET status = @status, evidence_note = @evidenceNote,
         submitted_at = @submittedAt, verified_by = @verifiedBy, verified_at = @verifiedAt,
         verify_comment = @verifyComment, updated_at = @at, updated_by = @by, version = version + 1
       WHERE id = @id AND version = @version AND deleted_at IS NULL`,
    ).run({ ...w, id, version, at: s.at, by: s.by }).changes === 1
  );
}

export function insertStep(
  db: Db,
  row: { id: string; rectificationId: string; kind: RectificationStepKind; note: string | null },
  actorId: string | null,
  s: Stamp,
): void {
  stmt(
    db,
    `INSERT INTO control_rectification_steps (id, rectification_id, kind, note, at, actor_id, created_at,
       updated_at, created_by, updated_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(row.id, row.rectificationId, row.kind, row.note, s.at, actorId, s.at, s.at, s.by, s.by);
}

/** The steps of these rectifications, oldest first, by rectification. */
export function stepsOf(db: Db, ids: readonly string[]): Map<string, RectificationStep[]> {
  const out = new Map<string, RectificationStep[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return out;
  const rows = stmt(
    db,
    `SELECT p.id, p.rectification_id AS rectificationId, p.kind, p.note, p.at, s.name AS actorName
     FROM control_rectification_steps p LEFT JOIN staff s ON s.id = p.actor_id
     WHERE p.rectification_id IN (SELECT value FROM json_each(?))
     ORDER BY p.at, p.rowid`,
  ).all(JSON.stringify(ids)) as (RectificationStep & { rectificationId: string })[];
  for (const { rectificationId, ...step } of rows) out.get(rectificationId)?.push(step);
  return out;
}
