import type { FindingFilter, FindingOrder } from '../../../../shared/control/channels';
import type { ControlFinding, FindingSeverity } from '../../../../shared/control/types';
import type { Stamp } from '../../../core/mutation';
import { stmt, type Db } from '../../../db/connection';
import { findingMine, findingVisible, rectificationVisible, type ScopeParams } from './scope';

/** A finding as stored, with its audit's code and counts over what the reader sees; its risk is named on top. */
export type FindingRow = Omit<ControlFinding, 'riskCode' | 'riskTitle' | 'riskLevel'>;

const SEVERITY_RANK = `CASE f.severity WHEN 'high' THEN 3 WHEN 'medium' THEN 2 ELSE 1 END`;

const FINDING_SELECT = `
  SELECT f.id, f.audit_id AS auditId, a.code AS auditCode, a.title AS auditTitle, f.code, f.severity, f.title,
         f.description, f.risk_id AS riskId, f.process, f.created_at AS createdAt, f.updated_at AS updatedAt,
         f.version,
         (SELECT count(*) FROM control_rectifications r WHERE r.finding_id = f.id AND r.deleted_at IS NULL
            AND ${rectificationVisible('r', 'a')}) AS rectificationCount,
         (SELECT count(*) FROM control_rectifications r WHERE r.finding_id = f.id AND r.deleted_at IS NULL
            AND r.status <> 'verified' AND ${rectificationVisible('r', 'a')}) AS openRectifications
  FROM control_findings f JOIN control_audits a ON a.id = f.audit_id`;

const LIVE = 'f.deleted_at IS NULL AND a.deleted_at IS NULL';

/** A live finding the reader may see, or null. */
export function getFinding(db: Db, id: string, scope: ScopeParams): FindingRow | null {
  return (
    (stmt(db, `${FINDING_SELECT} WHERE f.id = @id AND ${LIVE} AND ${findingVisible('f', 'a')}`).get({
      ...scope,
      id,
    }) as FindingRow | undefined) ?? null
  );
}

/** A live finding whoever asks (the writes check who may act themselves). */
export function findingForWrite(db: Db, id: string): FindingRow | null {
  return (
    (stmt(db, `${FINDING_SELECT} WHERE f.id = @id AND ${LIVE}`).get({
      all: 1,
      me: '',
      leadGroup: null,
      id,
    }) as FindingRow | undefined) ?? null
  );
}

/** The findings of an audit the reader may see: the most severe first, then by code. */
export function findingsOfAudit(db: Db, auditId: string, scope: ScopeParams): FindingRow[] {
  return stmt(
    db,
    `${FINDING_SELECT} WHERE f.audit_id = @auditId AND ${LIVE} AND ${findingVisible('f', 'a')}
     ORDER BY ${SEVERITY_RANK} DESC, f.code`,
  ).all({ ...scope, auditId }) as FindingRow[];
}

const SORT_SQL: Record<FindingOrder['sortBy'], string> = {
  code: 'f.code',
  severity: SEVERITY_RANK,
  createdAt: 'f.created_at',
};

function filterWhere(flt: FindingFilter): { sql: string; params: Record<string, unknown> } {
  const parts = [LIVE, findingVisible('f', 'a')];
  const params: Record<string, unknown> = {};
  if (flt.scope === 'mine') parts.push(findingMine('f', 'a'));
  if (flt.severities.length) {
    parts.push('f.severity IN (SELECT value FROM json_each(@severities))');
    params.severities = JSON.stringify(flt.severities);
  }
  if (flt.auditId) {
    parts.push('f.audit_id = @auditId');
    params.auditId = flt.auditId;
  }
  if (flt.openOnly)
    parts.push(
      `EXISTS (SELECT 1 FROM control_rectifications ro WHERE ro.finding_id = f.id AND ro.deleted_at IS NULL
         AND ro.status <> 'verified' AND ${rectificationVisible('ro', 'a')})`,
    );
  if (flt.search) {
    parts.push('instr(f.search_text, lower(@search)) > 0');
    params.search = flt.search;
  }
  return { sql: parts.join(' AND '), params };
}

export function listFindings(
  db: Db,
  scope: ScopeParams,
  flt: FindingFilter & FindingOrder,
  limit: number,
  offset: number,
): { rows: FindingRow[]; total: number } {
  const where = filterWhere(flt);
  const dir = flt.sortDir === 'asc' ? 'ASC' : 'DESC';
  const rows = stmt(
    db,
    `${FINDING_SELECT} WHERE ${where.sql} ORDER BY ${SORT_SQL[flt.sortBy]} ${dir}, f.code ${dir}
     LIMIT @limit OFFSET @offset`,
  ).all({ ...scope, ...where.params, limit, offset }) as FindingRow[];
  const { n } = stmt(
    db,
    `SELECT count(*) AS n FROM control_findings f JOIN control_audits a ON a.id = f.audit_id WHERE ${where.sql}`,
  ).get({ ...scope, ...where.params }) as { n: number };
  return { rows, total: n };
}

export interface FindingWrite {
  severity: FindingSeverity;
  title: string;
  description: string | null;
  riskId: string | null;
  process: string | null;
  searchText: string;
}

export function insertFinding(
  db: Db,
  id: string,
  auditId: string,
  code: string,
  w: FindingWrite,
  s: Stamp,
): void {
  stmt(
    db,
    `INSERT INTO control_findings (id, audit_id, code, severity, title, description, risk_id, process,
       search_text, created_at, updated_at, created_by, updated_by)
     VALUES (@id, @auditId, @code, @severity, @title, @description, @riskId, @process, @searchText, @at, @at,
       @by, @by)`,
  ).run({ ...w, id, auditId, code, at: s.at, by: s.by });
}

export function updateFinding(db: Db, id: string, version: number, w: FindingWrite, s: Stamp): boolean {
  return (
    stmt(
      db,
      `UPDATE control_findings SET severity = @severity, title = @title, description = @description,
         risk_id = @riskId, process = @process, search_text = @searchText, updated_at = @at, updated_by = @by,
         version = version + 1
       WHERE id = @id AND version = @version AND deleted_at IS NULL`,
    ).run({ ...w, id, version, at: s.at, by: s.by }).changes === 1
  );
}
