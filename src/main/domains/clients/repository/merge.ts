// Merge: everything in the merged file moves to the kept one.
import type { Stamp } from '../../../core/mutation';
import { stmt, type Db } from '../../../db/connection';

export type MovedTable = 'client_contacts' | 'client_communications' | 'client_transactions';

/** Moves every row (deleted ones too, so their history follows) and returns how many live rows moved. */
export function moveRecords(db: Db, table: MovedTable, fromId: string, toId: string, s: Stamp): number {
  const rows = stmt(
    db,
    `UPDATE ${table} SET client_id = ?, updated_at = ?, updated_by = ?, version = version + 1
     WHERE client_id = ? RETURNING deleted_at IS NULL AS live`,
  ).all(toId, s.at, s.by, fromId) as { live: number }[];
  return rows.filter((r) => r.live === 1).length;
}

export function moveAttachments(db: Db, fromId: string, toId: string): number {
  const rows = stmt(
    db,
    'UPDATE client_attachments SET client_id = ? WHERE client_id = ? RETURNING deleted_at IS NULL AS live',
  ).all(toId, fromId) as { live: number }[];
  return rows.filter((r) => r.live === 1).length;
}
