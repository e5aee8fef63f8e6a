import type { AuditFilter, AuditOrder } from '../../../../shared/control/channels';
import type { AuditStatus, AuditType, Auditor, ControlAudit } from '../../../../shared/control/types';
import type { Stamp } from '../../../core/mutation';
import { stmt, type Db } from '../../../db/connection';
import {
  auditMine,
  auditVisible,
  findingVisible,
  fullView,
  rectificationVisible,
  type ScopeParams,
} from './scope';

/** An audit as stored, its counts over what the reader sees; the auditors are read beside it. */
export type AuditRow = Omit<ControlAudit, 'auditors'>;

const AUDIT_SELECT = `
  SELECT a.id, a.code, a.type, a.title, a.scope, a.period_from AS periodFrom, a.period_to AS periodTo,
         a.audit_on AS auditOn, a.status, a.conclusion, a.created_at AS createdAt, a.updated_at AS updatedAt,
         a.version,
         (SELECT count(*) FROM control_findings f WHERE f.audit_id = a.id AND f.deleted_at IS NULL
            AND ${findingVisible('f', 'a')}) AS findingCount,
         (SELECT count(*) FROM control_rectifications r JOIN control_findings f ON f.id = r.finding_id
          WHERE f.audit_id = a.id AND r.deleted_at IS NULL AND f.deleted_at IS NULL
            AND ${rectificationVisible('r', 'a')}) AS rectificationCount,
         (SELECT count(*) FROM control_rectifications r JOIN control_findings f ON f.id = r.finding_id
          WHERE f.audit_id = a.id AND r.deleted_at IS NULL AND f.deleted_at IS NULL AND r.status <> 'verified'
            AND ${rectificationVisible('r', 'a')}) AS openRectifications
  FROM control_audits a`;

/** A live audit the reader may see (its counts over what they see), or null. */
export function getAudit(db: Db, id: string, scope: ScopeParams): AuditRow | null {
  return (
    (stmt(db, `${AUDIT_SELECT} WHERE a.id = @id AND a.deleted_at IS NULL AND ${auditVisible('a')}`).get({
      ...scope,
      id,
    }) as AuditRow | undefined) ?? null
  );
}

/** Whether the reader sees the whole audit (an auditor of it, the manager, a deputy). */
export function seesWholeAudit(db: Db, id: string, scope: ScopeParams): boolean {
  return (
    stmt(db, `SELECT 1 FROM control_audits a WHERE a.id = @id AND ${fullView('a')}`).get({ ...scope, id }) !==
    undefined
  );
}

/** The audit's stored fields, whoever asks (for the writes, after their own checks). */
export function auditForWrite(
  db: Db,
  id: string,
): (AuditRow & { findingsTotal: number; unverified: number }) | null {
  return (
    (stmt(
      db,
      `SELECT a.id, a.code, a.type, a.title, a.scope, a.period_from AS periodFrom, a.period_to AS periodTo,
              a.audit_on AS auditOn, a.status, a.conclusion, a.created_at AS createdAt, a.updated_at AS updatedAt,
              a.version,
              (SELECT count(*) FROM control_findings f WHERE f.audit_id = a.id) AS findingsTotal,
              (SELECT count(*) FROM control_rectifications r JOIN control_findings f ON f.id = r.finding_id
               WHERE f.audit_id = a.id AND r.deleted_at IS NULL AND f.deleted_at IS NULL
                 AND r.status <> 'verified') AS unverified,
              0 AS findingCount, 0 AS rectificationCount, 0 AS openRectifications
       FROM control_audits a WHERE a.id = ? AND a.deleted_at IS NULL`,
    ).get(id) as (AuditRow & { findingsTotal: number; unverified: number }) | undefined) ?? null
  );
}

const SORT_SQL: Record<AuditOrder['sortBy'], string> = {
  code: 'a.code',
  auditOn: 'a.audit_on',
  title: 'a.title',
  status: `CASE a.status WHEN 'planned' THEN 1 WHEN 'in_progress' THEN 2 WHEN 'reported' THEN 3 ELSE 4 END`,
  updatedAt: 'a.updated_at',
};

function filterWhere(f: AuditFilter): { sql: string; params: Record<string, unknown> } {
  const parts = ['a.deleted_at IS NULL', auditVisible('a')];
  const params: Record<string, unknown> = {};
  if (f.scope === 'mine') parts.push(auditMine('a'));
  if (f.types.length) {
    parts.push('a.type IN (SELECT value FROM json_each(@types))');
    params.types = JSON.stringify(f.types);
  }
  if (f.statuses.length) {
    parts.push('a.status IN (SELECT value FROM json_each(@statuses))');
    params.statuses = JSON.stringify(f.statuses);
  }
  if (f.from) {
    parts.push('a.audit_on >= @from');
    params.from = f.from;
  }
  if (f.to) {
    parts.push('a.audit_on <= @to');
    params.to = f.to;
  }
  if (f.search) {
    // instr, not LIKE: the user's text is matched literally, '%' and '_' included.
    parts.push('instr(a.search_text, lower(@search)) > 0');
    params.search = f.search;
  }
  return { sql: parts.join(' AND '), params };
}

export function listAudits(
  db: Db,
  scope: ScopeParams,
  f: AuditFilter & AuditOrder,
  limit: number,
  offset: number,
): { rows: AuditRow[]; total: number } {
  const where = filterWhere(f);
  const dir = f.sortDir === 'asc' ? 'ASC' : 'DESC';
  const rows = stmt(
    db,
    `${AUDIT_SELECT} WHERE ${where.sql} ORDER BY ${SORT_SQL[f.sortBy]} ${dir}, a.code ${dir}
     LIMIT @limit OFFSET @offset`,
  ).all({ ...scope, ...where.params, limit, offset }) as AuditRow[];
  const { n } = stmt(db, `SELECT count(*) AS n FROM control_audits a WHERE ${where.sql}`).get({
    ...scope,
    ...where.params,
  }) as { n: number };
  return { rows, total: n };
}

/** The auditors of these audits, the lead first, by audit. */
export function auditorsOf(db: Db, auditIds: readonly string[]): Map<string, Auditor[]> {
  const out = new Map<string, Auditor[]>(auditIds.map((id) => [id, []]));
  if (auditIds.length === 0) return out;
  const rows = stmt(
    db,
    `SELECT x.audit_id AS auditId, x.staff_id AS staffId, s.name, x.lead
     FROM control_auditors x JOIN staff s ON s.id = x.staff_id
     WHERE x.audit_id IN (SELECT value FROM json_each(?))
     ORDER BY x.lead DESC, s.name, x.staff_id`,
  ).all(JSON.stringify(auditIds)) as { auditId: string; staffId: string; name: string; lead: number }[];
  for (const r of rows) out.get(r.auditId)?.push({ staffId: r.staffId, name: r.name, lead: r.lead === 1 });
  return out;
}

export function isAuditor(db: Db, auditId: string, staffId: string): boolean {
  return (
    stmt(db, 'SELECT 1 FROM control_auditors WHERE audit_id = ? AND staff_id = ?').get(auditId, staffId) !==
    undefined
  );
}

export interface AuditWrite {
  type: AuditType;
  title: string;
  scope: string;
  periodFrom: string;
  periodTo: string;
  auditOn: string;
  searchText: string;
}

export function insertAudit(db: Db, id: string, code: string, w: AuditWrite, s: Stamp): void {
  stmt(
    db,
    `INSERT INTO control_audits (id, code, type, title, scope, period_from, period_to, audit_on, status,
       search_text, created_at, updated_at, created_by, updated_by)
     VALUES (@id, @code, @type, @title, @scope, @periodFrom, @periodTo, @auditOn, 'planned', @searchText,
       @at, @at, @by, @by)`,
  ).run({ ...w, id, code, at: s.at, by: s.by });
}

export function updateAudit(db: Db, id: string, version: number, w: AuditWrite, s: Stamp): boolean {
  return (
    stmt(
      db,
      `UPDATE control_audits SET type = @type, title = @title, scope = @scope, period_from = @periodFrom,
         period_to = @periodTo, audit_on = @auditOn, search_text = @searchText, updated_at = @at,
         updated_by = @by, version = version + 1
       WHERE id = @id AND version = @version AND deleted_at IS NULL`,
    ).run({ ...w, id, version, at: s.at, by: s.by }).changes === 1
  );
}

export function updateAuditStatus(
  db: Db,
  id: string,
  version: number,
  w: { status: AuditStatus; conclusion: string | null },
  s: Stamp,
): boolean {
  return (
    stmt(
      db,
      `UPDATE control_audits SET status = @status, conclusion = @conclusion, updated_at = @at, updated_by = @by,
         version = version + 1
       WHERE id = @id AND version = @version AND deleted_at IS NULL`,
    ).run({ ...w, id, version, at: s.at, by: s.by }).changes === 1
  );
}

/** Replaces the audit's auditors (the lead marked). */
export function setAuditors(
  db: Db,
  auditId: string,
  auditors: readonly { id: string; staffId: string; lead: boolean }[],
  s: Stamp,
): void {
  stmt(db, 'DELETE FROM control_auditors WHERE audit_id = ?').run(auditId);
  for (const a of auditors)
    stmt(
      db,
      `INSERT INTO control_auditors (id, audit_id, staff_id, lead, created_at, updated_at, created_by, updated_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(a.id, auditId, a.staffId, a.lead ? 1 : 0, s.at, s.at, s.by, s.by);
}

/** The earliest due date of the audit's live rectifications, or null. */
export function earliestDueOfAudit(db: Db, auditId: string): string | null {
  return (
    (stmt(
      db,
      `SELECT min(r.due_on) FROM control_rectifications r JOIN control_findings f ON f.id = r.finding_id
       WHERE f.audit_id = ? AND r.deleted_at IS NULL AND f.deleted_at IS NULL`,
    )
      .pluck()
      .get(auditId) as string | null) ?? null
  );
}
