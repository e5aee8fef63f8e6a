import type { TicketAction } from '../../../../shared/service/types';
import type { Stamp } from '../../../core/mutation';
import { stmt, type Db } from '../../../db/connection';

/** A coordinated action as stored, with its owner's name and its deletion mark. */
export type ActionRow = TicketAction & { deletedAt: string | null };

const ACTION_SELECT = `
  SELECT a.id, a.ticket_id AS ticketId, a.department, a.owner_id AS ownerId, s.name AS ownerName, a.description,
         a.due_date AS dueDate, a.done_at AS doneAt, a.done_note AS doneNote, a.version, a.deleted_at AS deletedAt
  FROM service_ticket_actions a LEFT JOIN staff s ON s.id = a.owner_id`;

export function getActionRow(db: Db, id: string): ActionRow | null {
  return (stmt(db, `${ACTION_SELECT} WHERE a.id = ?`).get(id) as ActionRow | undefined) ?? null;
}

/** A ticket's live actions, by due date, then in the order they were added. */
export function listActions(db: Db, ticketId: string): TicketAction[] {
  return (
    stmt(
      db,
      `${ACTION_SELECT} WHERE a.ticket_id = ? AND a.deleted_at IS NULL ORDER BY a.due_date, a.created_at, a.id`,
    ).all(ticketId) as ActionRow[]
  ).map(({ deletedAt: _d, ...a }) => a);
}

/** How many live actions the ticket has, and how many of them are not done. */
export function actionCounts(db: Db, ticketId: string): { live: number; open: number } {
  return stmt(
    db,
    `SELECT count(*) AS live, coalesce(sum(done_at IS NULL), 0) AS open
     FROM service_ticket_actions WHERE ticket_id = ? AND deleted_at IS NULL`,
  ).get(ticketId) as { live: number; open: number };
}

/** The latest time an action of the ticket was done; null when none is. */
export function latestActionDoneAt(db: Db, ticketId: string): string | null {
  return stmt(
    db,
    `SELECT max(done_at) FROM service_ticket_actions WHERE ticket_id = ? AND deleted_at IS NULL`,
  )
    .pluck()
    .get(ticketId) as string | null;
}

export interface ActionWrite {
  department: string;
  ownerId: string | null;
  description: string;
  dueDate: string;
}

export function insertAction(db: Db, id: string, ticketId: string, w: ActionWrite, s: Stamp): void {
  stmt(
    db,
    `INSERT INTO service_ticket_actions (id, ticket_id, department, owner_id, description, due_date,
       created_at, updated_at, created_by, updated_by)
     VALUES (@id, @ticketId, @department, @ownerId, @description, @dueDate, @at, @at, @by, @by)`,
  ).run({ ...w, id, ticketId, at: s.at, by: s.by });
}

export function updateAction(db: Db, id: string, version: number, w: ActionWrite, s: Stamp): boolean {
  return (
    stmt(
      db,
      `UPDATE service_ticket_actions SET department = @department, owner_id = @ownerId,
         description = @description, due_date = @dueDate, updated_at = @at, updated_by = @by, version = version + 1
       WHERE id = @id AND version = @version AND deleted_at IS NULL`,
    ).run({ ...w, id, version, at: s.at, by: s.by }).changes === 1
  );
}

export function completeAction(
  db: Db,
  id: string,
  version: number,
  doneAt: string,
  note: string | null,
  s: Stamp,
): boolean {
  return (
    stmt(
      db,
      `UPDATE service_ticket_actions SET done_at = @doneAt, done_note = @note, updated_at = @at, updated_by = @by,
         version = version + 1
       WHERE id = @id AND version = @version AND deleted_at IS NULL`,
    ).run({ id, version, doneAt, note, at: s.at, by: s.by }).changes === 1
  );
}

export function softDeleteAction(db: Db, id: string, version: number, s: Stamp): boolean {
  return (
    stmt(
      db,
      `UPDATE service_ticket_actions SET deleted_at = @at, deleted_by = @by, updated_at = @at, updated_by = @by,
         version = version + 1
       WHERE id = @id AND version = @version AND deleted_at IS NULL`,
    ).run({ id, version, at: s.at, by: s.by }).changes === 1
  );
}
