import type { RiskActionStatus } from '../../../../shared/risk/types';
import type { Clause } from '../../../db/clause';
import type { Stamp } from '../../../core/mutation';
import { stmt, type Db } from '../../../db/connection';

/** An action as stored, with its owner's name and its risk's code, title, owner and group. */
export interface ActionRow {
  id: string;
  riskId: string;
  riskCode: string;
  riskTitle: string;
  riskStatus: string;
  riskOwnerId: string;
  riskGroupId: string | null;
  riskIdentifiedOn: string;
  title: string;
  ownerId: string;
  ownerName: string;
  groupId: string | null;
  dueOn: string;
  status: RiskActionStatus;
  doneOn: string | null;
  note: string | null;
  version: number;
}

export interface ActionWrite {
  title: string;
  ownerId: string;
  groupId: string | null;
  dueOn: string;
  status: RiskActionStatus;
  doneOn: string | null;
  note: string | null;
}

const ACTION_SELECT = `
  SELECT a.id, a.risk_id AS riskId, r.code AS riskCode, r.title AS riskTitle, r.status AS riskStatus,
         r.owner_id AS riskOwnerId, r.group_id AS riskGroupId, r.identified_on AS riskIdentifiedOn,
         a.title, a.owner_id AS ownerId, s.name AS ownerName, a.group_id AS groupId, a.due_on AS dueOn,
         a.status, a.done_on AS doneOn, a.note, a.version
  FROM risk_actions a
  JOIN risks r ON r.id = a.risk_id
  JOIN staff s ON s.id = a.owner_id`;

export function getActionRow(db: Db, id: string): ActionRow | null {
  return (
    (stmt(db, `${ACTION_SELECT} WHERE a.id = ? AND a.deleted_at IS NULL AND r.deleted_at IS NULL`).get(id) as
      ActionRow | undefined) ?? null
  );
}

/** The risk's live actions, by due date. */
export function actionsOfRisk(db: Db, riskId: string): ActionRow[] {
  return stmt(
    db,
    `${ACTION_SELECT} WHERE a.risk_id = ? AND a.deleted_at IS NULL ORDER BY a.due_on, a.rowid`,
  ).all(riskId) as ActionRow[];
}

export function insertAction(db: Db, id: string, riskId: string, w: ActionWrite, stamp: Stamp): void {
  stmt(
    db,
    `INSERT INTO risk_actions (id, risk_id, title, owner_id, group_id, due_on, status, done_on, note,
       created_at, updated_at, created_by, updated_by)
     VALUES (@id, @riskId, @title, @ownerId, @groupId, @dueOn, @status, @doneOn, @note, @at, @at, @by, @by)`,
  ).run({ ...w, id, riskId, at: stamp.at, by: stamp.by });
}

export function updateAction(db: Db, id: string, version: number, w: ActionWrite, stamp: Stamp): boolean {
  return (
    stmt(
      db,
      `UPDATE risk_actions SET title = @title, owner_id = @ownerId, group_id = @groupId, due_on = @dueOn,
         status = @status, done_on = @doneOn, note = @note, updated_at = @at, updated_by = @by,
         version = version + 1
       WHERE id = @id AND version = @version AND deleted_at IS NULL`,
    ).run({ ...w, id, version, at: stamp.at, by: stamp.by }).changes === 1
  );
}

/** How many live actions the risk has, and how many of them are open. */
export function actionCounts(db: Db, riskId: string): { live: number; open: number } {
  return stmt(
    db,
    `SELECT count(*) AS live, ifnull(sum(status = 'open'), 0) AS open FROM risk_actions
     WHERE risk_id = ? AND deleted_at IS NULL AND status <> 'cancelled'`,
  ).get(riskId) as { live: number; open: number };
}

/** A page of actions: `where` over `a` (and its risk `r`). */
export function actionPage(
  db: Db,
  where: Clause,
  limit: number,
  offset: number,
): { rows: ActionRow[]; total: number } {
  const rows = stmt(
    db,
    `${ACTION_SELECT} WHERE ${where.sql} ORDER BY a.status <> 'open', a.due_on, a.rowid LIMIT ? OFFSET ?`,
  ).all(...where.params, limit, offset) as ActionRow[];
  const total = (
    stmt(
      db,
      `SELECT count(*) AS n FROM risk_actions a JOIN risks r ON r.id = a.risk_id WHERE ${where.sql}`,
    ).get(...where.params) as { n: number }
  ).n;
  return { rows, total };
}

/** Open actions of this owner due on or before `horizon` (My to-do). */
export function dueActionsOf(db: Db, ownerId: string, horizon: string): ActionRow[] {
  return stmt(
    db,
    `${ACTION_SELECT} WHERE a.owner_id = ? AND a.status = 'open' AND a.due_on <= ? AND a.deleted_at IS NULL
       AND r.deleted_at IS NULL AND r.status <> 'closed'
     ORDER BY a.due_on`,
  ).all(ownerId, horizon) as ActionRow[];
}
