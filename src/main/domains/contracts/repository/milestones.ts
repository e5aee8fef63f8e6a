import type { MilestoneInput } from '../../../../shared/contracts/channels';
import type { ContractMilestone } from '../../../../shared/contracts/types';
import type { Stamp } from '../../../core/mutation';
import { stmt, type Db } from '../../../db/connection';

export type MilestoneRow = ContractMilestone;

const FIELDS = `
  m.id, m.contract_id AS contractId, m.kind, m.title, m.owner_id AS ownerId, s.name AS ownerName,
  m.due_on AS dueOn, m.done_on AS doneOn, m.amount_fen AS amountFen, m.received_fen AS receivedFen, m.note,
  m.version`;
const SELECT = `SELECT ${FIELDS} FROM contract_milestones m JOIN staff s ON s.id = m.owner_id`;

/** A contract's live milestones by due date. */
export function listMilestones(db: Db, contractId: string): MilestoneRow[] {
  return stmt(
    db,
    `${SELECT} WHERE m.contract_id = ? AND m.deleted_at IS NULL ORDER BY m.due_on, m.created_at, m.id`,
  ).all(contractId) as MilestoneRow[];
}

export function getMilestone(db: Db, id: string): MilestoneRow | null {
  return (
    (stmt(db, `${SELECT} WHERE m.id = ? AND m.deleted_at IS NULL`).get(id) as MilestoneRow | undefined) ??
    null
  );
}

/** The row's version and deletion, deleted or not: a stale version is a conflict even after a delete. */
export function milestoneState(db: Db, id: string): { version: number; deletedAt: string | null } | null {
  return (
    (stmt(db, 'SELECT version, deleted_at AS deletedAt FROM contract_milestones WHERE id = ?').get(id) as
      { version: number; deletedAt: string | null } | undefined) ?? null
  );
}

export function contractOf(db: Db, id: string): string | null {
  return (
    (stmt(db, 'SELECT contract_id FROM contract_milestones WHERE id = ?').pluck().get(id) as
      string | undefined) ?? null
  );
}

export function insertMilestone(db: Db, id: string, contractId: string, w: MilestoneInput, s: Stamp): void {
  stmt(
    db,
    `INSERT INTO contract_milestones (id, contract_id, kind, title, owner_id, due_on, amount_fen, note,
       created_at, updated_at, created_by, updated_by)
     VALUES (@id, @contractId, @kind, @title, @ownerId, @dueOn, @amountFen, @note, @at, @at, @by, @by)`,
  ).run({ id, contractId, ...w, at: s.at, by: s.by });
}

export function updateMilestone(db: Db, id: string, version: number, w: MilestoneInput, s: Stamp): boolean {
  return (
    stmt(
      db,
      `UPDATE contract_milestones SET kind = @kind, title = @title, owner_id = @ownerId, due_on = @dueOn,
         amount_fen = @amountFen, note = @note, updated_at = @at, updated_by = @by, version = version + 1
       WHERE id = @id AND version = @version AND deleted_at IS NULL`,
    ).run({ id, version, ...w, at: s.at, by: s.by }).changes === 1
  );
}

/** Progress on a milestone: its done date and what has been received. */
export function updateProgress(
  db: Db,
  id: string,
  version: number,
  p: { doneOn: string | null; receivedFen: number },
  s: Stamp,
): boolean {
  return (
    stmt(
      db,
      `UPDATE contract_milestones SET done_on = @doneOn, received_fen = @receivedFen, updated_at = @at,
         updated_by = @by, version = version + 1 WHERE id = @id AND version = @version AND deleted_at IS NULL`,
    ).run({ id, version, ...p, at: s.at, by: s.by }).changes === 1
  );
}

export function softDeleteMilestone(db: Db, id: string, version: number, s: Stamp): boolean {
  return (
    stmt(
      db,
      `UPDATE contract_milestones SET deleted_at = @at, deleted_by = @by, updated_at = @at, updated_by = @by,
         version = version + 1 WHERE id = @id AND version = @version AND deleted_at IS NULL`,
    ).run({ id, version, at: s.at, by: s.by }).changes === 1
  );
}

/** Open milestones of live running contracts due on or before `until`, owned by one person. */
export interface DueMilestoneRow extends MilestoneRow {
  contractCode: string;
  contractTitle: string;
}

export function openMilestonesDue(db: Db, ownerId: string, until: string): DueMilestoneRow[] {
  return stmt(
    db,
    `SELECT ${FIELDS}, c.code AS contractCode, c.title AS contractTitle
     FROM contract_milestones m JOIN staff s ON s.id = m.owner_id JOIN contracts c ON c.id = m.contract_id
     WHERE m.owner_id = ? AND m.done_on IS NULL AND m.deleted_at IS NULL AND m.due_on <= ?
       AND c.deleted_at IS NULL AND c.status IN ('signed', 'executing')
     ORDER BY m.due_on`,
  ).all(ownerId, until) as DueMilestoneRow[];
}
