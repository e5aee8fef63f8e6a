import type { IncentiveKind, IncentiveStatus } from '../../../../shared/incentives/types';
import type { Stamp } from '../../../core/mutation';
import type { Clause } from '../../../db/clause';
import { stmt, type Db } from '../../../db/connection';

/** An incentive as stored, with the names the list shows, its linked result and its decision. */
export interface IncentiveRow {
  id: string;
  code: string;
  staffId: string;
  staffName: string;
  employeeNo: string;
  groupId: string | null;
  groupName: string | null;
  groupNameEn: string | null;
  kind: IncentiveKind;
  amountFen: number | null;
  title: string | null;
  reason: string;
  effectiveOn: string;
  formId: string | null;
  cycleId: string | null;
  cycleCode: string | null;
  cycleNameZh: string | null;
  cycleNameEn: string | null;
  grade: string | null;
  status: IncentiveStatus;
  approvalId: string | null;
  createdBy: string | null;
  proposedByName: string;
  proposedAt: string;
  decidedByName: string | null;
  decidedAt: string | null;
  decisionComment: string | null;
  version: number;
}

/** What a proposal writes. */
export interface IncentiveWrite {
  staffId: string;
  groupId: string | null;
  kind: IncentiveKind;
  amountFen: number | null;
  title: string | null;
  reason: string;
  effectiveOn: string;
  formId: string | null;
  status: IncentiveStatus;
  approvalId: string | null;
}

/*
 * `i` the incentive; the person and their group at proposal, the linked appraisal result (read-only: the
 * form's cycle and grade), who proposed it and the approval that decides it. The group is the one frozen on
 * the incentive, so a later move of the person does not move who sees it.
 */
const FROM = `
  FROM incentives i
  JOIN staff s ON s.id = i.staff_id
  LEFT JOIN groups g ON g.id = i.group_id
  LEFT JOIN appraisal_forms f ON f.id = i.form_id
  LEFT JOIN appraisal_cycles c ON c.id = f.cycle_id
  LEFT JOIN users pu ON pu.id = i.created_by
  LEFT JOIN staff ps ON ps.id = pu.staff_id
  LEFT JOIN approvals a ON a.id = i.approval_id
  LEFT JOIN users du ON du.id = a.decided_by
  LEFT JOIN staff ds ON ds.id = du.staff_id`;

const SELECT = `
  SELECT i.id, i.code, i.staff_id AS staffId, s.name AS staffName, s.employee_no AS employeeNo,
         i.group_id AS groupId, g.name AS groupName, g.name_en AS groupNameEn, i.kind, i.amount_fen AS amountFen,
         i.title, i.reason, i.effective_on AS effectiveOn, i.form_id AS formId, c.id AS cycleId,
         c.code AS cycleCode, c.name_zh AS cycleNameZh, c.name_en AS cycleNameEn, f.grade, i.status,
         i.approval_id AS approvalId, i.created_by AS createdBy,
         COALESCE(ps.name, pu.username, '') AS proposedByName, i.created_at AS proposedAt,
         CASE WHEN i.status <> 'pending' THEN COALESCE(ds.name, du.username) END AS decidedByName,
         CASE WHEN i.status <> 'pending' THEN a.decided_at END AS decidedAt,
         CASE WHEN i.status <> 'pending' THEN a.comment END AS decisionComment, i.version
  ${FROM}`;

const ORDER = `ORDER BY i.effective_on DESC, substr(i.code, 4, 4) DESC, length(i.code) DESC, i.code DESC`;

export function getIncentiveRow(db: Db, id: string): IncentiveRow | null {
  return (stmt(db, `${SELECT} WHERE i.id = ?`).get(id) as IncentiveRow | undefined) ?? null;
}

export function insertIncentive(db: Db, id: string, code: string, w: IncentiveWrite, stamp: Stamp): void {
  stmt(
    db,
    `INSERT INTO incentives (id, code, staff_id, group_id, kind, amount_fen, title, reason, effective_on, form_id,
       status, approval_id, created_at, updated_at, created_by, updated_by)
     VALUES (@id, @code, @staffId, @groupId, @kind, @amountFen, @title, @reason, @effectiveOn, @formId,
       @status, @approvalId, @at, @at, @by, @by)`,
  ).run({ ...w, id, code, at: stamp.at, by: stamp.by });
}

/** Moves the incentive to `status` at the version read; false when that version is gone. */
export function setIncentiveStatus(
  db: Db,
  id: string,
  version: number,
  status: IncentiveStatus,
  stamp: Stamp,
): boolean {
  return (
    stmt(
      db,
      `UPDATE incentives SET status = @status, updated_at = @at, updated_by = @by, version = version + 1
       WHERE id = @id AND version = @version`,
    ).run({ id, version, status, at: stamp.at, by: stamp.by }).changes === 1
  );
}

/** A page of incentives matching `where` (over the joined row), with the approved sums over all of them. */
export function incentivePage(
  db: Db,
  where: Clause,
  limit: number,
  offset: number,
): { rows: IncentiveRow[]; total: number; rewardFen: number; fineFen: number } {
  const rows = stmt(db, `${SELECT} WHERE ${where.sql} ${ORDER} LIMIT ? OFFSET ?`).all(
    ...where.params,
    limit,
    offset,
  ) as IncentiveRow[];
  const sums = stmt(
    db,
    `SELECT count(*) AS total,
            COALESCE(sum(CASE WHEN i.status = 'approved' AND i.kind IN ('bonus', 'specialContribution')
                         THEN i.amount_fen END), 0) AS rewardFen,
            COALESCE(sum(CASE WHEN i.status = 'approved' AND i.kind = 'fine' THEN i.amount_fen END), 0) AS fineFen
     ${FROM} WHERE ${where.sql}`,
  ).get(...where.params) as { total: number; rewardFen: number; fineFen: number };
  return { rows, ...sums };
}

/** Incentives matching `where`, in the list's order, up to `limit` (the export). */
export function incentiveRows(db: Db, where: Clause, limit: number): IncentiveRow[] {
  return stmt(db, `${SELECT} WHERE ${where.sql} ${ORDER} LIMIT ?`).all(
    ...where.params,
    limit,
  ) as IncentiveRow[];
}
