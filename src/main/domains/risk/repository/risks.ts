import type { AcceptanceState, RiskStatus, RiskStrategy } from '../../../../shared/risk/types';
import type { Clause } from '../../../db/clause';
import type { Stamp } from '../../../core/mutation';
import { stmt, type Db } from '../../../db/connection';

/** What a risk's form and workflow write (everything but its code, stamps and search text). */
export interface RiskWrite {
  title: string;
  category: string;
  description: string | null;
  cause: string | null;
  ownerId: string;
  groupId: string | null;
  clientId: string | null;
  identifiedOn: string;
  likelihood: number | null;
  impact: number | null;
  score: number | null;
  status: RiskStatus;
  strategy: RiskStrategy | null;
  responsePlan: string | null;
  acceptance: AcceptanceState | null;
  acceptanceReason: string | null;
  acceptanceApprovalId: string | null;
  reviewBaseOn: string | null;
  lastReviewedOn: string | null;
  closedAt: string | null;
  closeNote: string | null;
  reopenCount: number;
}

/** A risk as stored, with its owner's and client's names and its action counts at `today`. */
export interface RiskRow extends RiskWrite {
  id: string;
  code: string;
  ownerName: string;
  clientCode: string | null;
  clientName: string | null;
  openActions: number;
  overdueActions: number;
  createdAt: string;
  createdBy: string | null;
  updatedAt: string;
  version: number;
}

const WRITE_COLUMNS = `title = @title, category = @category, description = @description, cause = @cause,
  owner_id = @ownerId, group_id = @groupId, client_id = @clientId, identified_on = @identifiedOn,
  likelihood = @likelihood, impact = @impact, score = @score, status = @status, strategy = @strategy,
  response_plan = @responsePlan, acceptance = @acceptance, acceptance_reason = @acceptanceReason,
  acceptance_approval_id = @acceptanceApprovalId, review_base_on = @reviewBaseOn,
  last_reviewed_on = @lastReviewedOn, closed_at = @closedAt, close_note = @closeNote,
  reopen_count = @reopenCount, search_text = @searchText`;

/** The columns of a risk row, `r` the risk; `?` in the action counts is today (overdue = due before it). */
export const RISK_SELECT = `
  SELECT r.id, r.code, r.title, r.category, r.description, r.cause, r.owner_id AS ownerId, s.name AS ownerName,
         r.group_id AS groupId, r.client_id AS clientId, c.code AS clientCode, c.name AS clientName,
         r.identified_on AS identifiedOn, r.likelihood, r.impact, r.score, r.status, r.strategy,
         r.response_plan AS responsePlan, r.acceptance, r.acceptance_reason AS acceptanceReason,
         r.acceptance_approval_id AS acceptanceApprovalId, r.review_base_on AS reviewBaseOn,
         r.last_reviewed_on AS lastReviewedOn, r.closed_at AS closedAt, r.close_note AS closeNote,
         r.reopen_count AS reopenCount,
         (SELECT count(*) FROM risk_actions a WHERE a.risk_id = r.id AND a.deleted_at IS NULL
            AND a.status = 'open') AS openActions,
         (SELECT count(*) FROM risk_actions a WHERE a.risk_id = r.id AND a.deleted_at IS NULL
            AND a.status = 'open' AND a.due_on < @today) AS overdueActions,
         r.created_at AS createdAt, r.created_by AS createdBy, r.updated_at AS updatedAt, r.version
  FROM risks r
  JOIN staff s ON s.id = r.owner_id
  LEFT JOIN clients c ON c.id = r.client_id`;

export function getRiskRow(db: Db, id: string, today: string): RiskRow | null {
  return (
    (stmt(db, `${RISK_SELECT} WHERE r.id = @id AND r.deleted_at IS NULL`).get({ id, today }) as
      RiskRow | undefined) ?? null
  );
}

export function insertRisk(
  db: Db,
  id: string,
  code: string,
  w: RiskWrite & { searchText: string },
  stamp: Stamp,
): void {
  stmt(
    db,
    `INSERT INTO risks (id, code, title, category, description, cause, owner_id, group_id, client_id,
       identified_on, likelihood, impact, score, status, strategy, response_plan, acceptance, acceptance_reason,
       acceptance_approval_id, review_base_on, last_reviewed_on, closed_at, close_note, reopen_count,
       search_text, created_at, updated_at, created_by, updated_by)
     VALUES (@id, @code, @title, @category, @description, @cause, @ownerId, @groupId, @clientId,
       @identifiedOn, @likelihood, @impact, @score, @status, @strategy, @responsePlan, @acceptance,
       @acceptanceReason, @acceptanceApprovalId, @reviewBaseOn, @lastReviewedOn, @closedAt, @closeNote,
       @reopenCount, @searchText, @at, @at, @by, @by)`,
  ).run({ ...w, id, code, at: stamp.at, by: stamp.by });
}

/** Writes the risk at the version read; false when that version is gone (a CONFLICT for the caller). */
export function updateRisk(
  db: Db,
  id: string,
  version: number,
  w: RiskWrite & { searchText: string },
  stamp: Stamp,
): boolean {
  return (
    stmt(
      db,
      `UPDATE risks SET ${WRITE_COLUMNS}, updated_at = @at, updated_by = @by, version = version + 1
       WHERE id = @id AND version = @version AND deleted_at IS NULL`,
    ).run({ ...w, id, version, at: stamp.at, by: stamp.by }).changes === 1
  );
}

/**
 * The ids of the risks matching `where` in `order`, a page of them: only the keys are sorted (a list of
 * thousands sorts in a few milliseconds), the rows with their names and counts are read for the page alone.
 */
function orderedIds(db: Db, where: Clause, order: Clause, limit: number, offset: number): string[] {
  return stmt(db, `SELECT r.id FROM risks r WHERE ${where.sql} ORDER BY ${order.sql} LIMIT ? OFFSET ?`)
    .pluck()
    .all(...where.params, ...order.params, limit, offset) as string[];
}

/** The rows of `ids`, in that order. */
function rowsInOrder(db: Db, ids: readonly string[], today: string): RiskRow[] {
  const byId = new Map(riskRowsByIds(db, ids, today).map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id)).filter((r): r is RiskRow => r !== undefined);
}

/** A page of risks: `where` over `r`, in `order`. */
export function riskPage(
  db: Db,
  where: Clause,
  order: Clause,
  today: string,
  limit: number,
  offset: number,
): { rows: RiskRow[]; total: number } {
  const rows = rowsInOrder(db, orderedIds(db, where, order, limit, offset), today);
  const total = (
    stmt(db, `SELECT count(*) AS n FROM risks r WHERE ${where.sql}`).get(...where.params) as { n: number }
  ).n;
  return { rows, total };
}

/** Risks matching `where` (up to `limit`, in order), for exports, to-dos and the heat map's cell. */
export function riskRows(db: Db, where: Clause, order: Clause, today: string, limit: number): RiskRow[] {
  return rowsInOrder(db, orderedIds(db, where, order, limit, 0), today);
}

/** The live risks among `ids`. */
export function riskRowsByIds(db: Db, ids: readonly string[], today: string): RiskRow[] {
  if (ids.length === 0) return [];
  return stmt(
    db,
    `${RISK_SELECT} WHERE r.id IN (SELECT value FROM json_each(@ids)) AND r.deleted_at IS NULL`,
  ).all({ ids: JSON.stringify(ids), today }) as RiskRow[];
}

/** Whether the staff member owns a live action of the risk (they then see the risk). */
export function ownsActionOf(db: Db, riskId: string, staffId: string): boolean {
  return (
    stmt(
      db,
      `SELECT 1 FROM risk_actions WHERE risk_id = ? AND owner_id = ? AND deleted_at IS NULL LIMIT 1`,
    ).get(riskId, staffId) !== undefined
  );
}

/** Cells of the grid with their counts: `where` over `r`, the risk's current likelihood and impact. */
export function heatCellsNow(db: Db, where: Clause): { likelihood: number; impact: number; count: number }[] {
  return stmt(
    db,
    `SELECT r.likelihood, r.impact, count(*) AS count FROM risks r
     WHERE ${where.sql} AND r.status <> 'closed' AND r.likelihood IS NOT NULL
     GROUP BY r.likelihood, r.impact ORDER BY r.likelihood, r.impact`,
  ).all(...where.params) as { likelihood: number; impact: number; count: number }[];
}

export function unassessedOpen(db: Db, where: Clause): number {
  return (
    stmt(
      db,
      `SELECT count(*) AS n FROM risks r WHERE ${where.sql} AND r.status <> 'closed' AND r.likelihood IS NULL`,
    ).get(...where.params) as { n: number }
  ).n;
}

/**
 * The risks open at `endIso` (identified by `day`; their last close or reopen by then not a close) with the
 * cell of their last assessment by then: `where` over `r` with its parameters.
 */
const AS_OF = `
  SELECT r.id, a.likelihood, a.impact FROM risks r
  JOIN risk_assessments a ON a.id = (
    SELECT x.id FROM risk_assessments x WHERE x.risk_id = r.id AND x.assessed_at <= @end
    ORDER BY x.assessed_at DESC, x.rowid DESC LIMIT 1)
  WHERE r.identified_on <= @day AND WHERE_CLAUSE
    AND ifnull((SELECT e.kind FROM risk_events e WHERE e.risk_id = r.id AND e.kind IN ('closed', 'reopened')
                AND e.at <= @end ORDER BY e.at DESC, e.rowid DESC LIMIT 1), 'reopened') <> 'closed'`;

function asOfSql(where: Clause): { sql: string; params: Record<string, unknown> } {
  // Named parameters throughout: the clause's positional ones are renamed p0, p1 … in order.
  let i = 0;
  const sql = where.sql.replace(/\?/g, () => `@p${i++}`);
  return {
    sql: AS_OF.replace('WHERE_CLAUSE', sql),
    params: Object.fromEntries(where.params.map((p, n) => [`p${n}`, p])),
  };
}

export function heatCellsAsOf(
  db: Db,
  where: Clause,
  day: string,
  endIso: string,
): { likelihood: number; impact: number; count: number }[] {
  const q = asOfSql(where);
  return stmt(
    db,
    `SELECT likelihood, impact, count(*) AS count FROM (${q.sql})
     GROUP BY likelihood, impact ORDER BY likelihood, impact`,
  ).all({ ...q.params, day, end: endIso }) as { likelihood: number; impact: number; count: number }[];
}

/** The ids of the risks in one cell as of the end of `day`. */
export function cellIdsAsOf(
  db: Db,
  where: Clause,
  day: string,
  endIso: string,
  cell: { likelihood: number; impact: number },
): string[] {
  const q = asOfSql(where);
  return stmt(db, `SELECT id FROM (${q.sql}) WHERE likelihood = @l AND impact = @i`)
    .pluck()
    .all({ ...q.params, day, end: endIso, l: cell.likelihood, i: cell.impact }) as string[];
}

/** A picker's options: visible risks by code or title, open ones first, then by score. */
export function pickRows(
  db: Db,
  where: Clause,
  limit: number,
): {
  id: string;
  code: string;
  title: string;
  likelihood: number | null;
  impact: number | null;
  status: RiskStatus;
}[] {
  return stmt(
    db,
    `SELECT r.id, r.code, r.title, r.likelihood, r.impact, r.status FROM risks r WHERE ${where.sql}
     ORDER BY r.status = 'closed', r.score IS NULL, r.score DESC, r.code DESC LIMIT ?`,
  ).all(...where.params, limit) as never;
}
