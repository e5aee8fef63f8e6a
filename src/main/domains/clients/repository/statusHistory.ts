import type { ClientStatus, StatusChange } from '../../../../shared/clients/types';
import type { Stamp } from '../../../core/mutation';
import { stmt, type Db } from '../../../db/connection';

export function insertStatusChange(
  db: Db,
  row: { id: string; clientId: string; from: ClientStatus | null; to: ClientStatus; reason: string | null },
  s: Stamp,
): void {
  stmt(
    db,
    `INSERT INTO client_status_changes (id, client_id, from_status, to_status, reason, changed_at, changed_by)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(row.id, row.clientId, row.from, row.to, row.reason, s.at, s.by);
}

/** Newest first; the person is named through their account (changed_by is a user id). */
export function listStatusChanges(db: Db, clientId: string): StatusChange[] {
  return stmt(
    db,
    `SELECT h.id, h.from_status AS "from", h.to_status AS "to", h.reason, h.changed_at AS at, s.name AS byName
     FROM client_status_changes h
     LEFT JOIN users u ON u.id = h.changed_by
     LEFT JOIN staff s ON s.id = u.staff_id
     WHERE h.client_id = ? ORDER BY h.changed_at DESC, h.id DESC`,
  ).all(clientId) as StatusChange[];
}

export function moveStatusChanges(db: Db, fromId: string, toId: string): number {
  return stmt(db, 'UPDATE client_status_changes SET client_id = ? WHERE client_id = ?').run(toId, fromId)
    .changes;
}
