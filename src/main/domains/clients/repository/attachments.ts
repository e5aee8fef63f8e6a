import type { Attachment } from '../../../../shared/clients/types';
import type { Stamp } from '../../../core/mutation';
import { stmt, type Db } from '../../../db/connection';

/** An attachment as stored: the listed file, and the name its bytes are kept under in the data folder. */
export type AttachmentRow = Attachment & { storedName: string };

const SELECT = `
  SELECT a.id, a.client_id AS clientId, a.file_name AS fileName, a.mime, a.size_bytes AS sizeBytes, a.sha256,
         a.stored_name AS storedName, a.created_at AS createdAt, s.name AS createdByName
  FROM client_attachments a
  LEFT JOIN users u ON u.id = a.created_by
  LEFT JOIN staff s ON s.id = u.staff_id`;

export const toAttachment = ({ storedName: _s, ...a }: AttachmentRow): Attachment => a;

/** A live attachment (not deleted), or null. */
export function getAttachment(db: Db, id: string): AttachmentRow | null {
  return (
    (stmt(db, `${SELECT} WHERE a.id = ? AND a.deleted_at IS NULL`).get(id) as AttachmentRow | undefined) ??
    null
  );
}

/** A client's live attachments, newest first. */
export function listAttachments(db: Db, clientId: string): Attachment[] {
  return (
    stmt(
      db,
      `${SELECT} WHERE a.client_id = ? AND a.deleted_at IS NULL ORDER BY a.created_at DESC, a.id DESC`,
    ).all(clientId) as AttachmentRow[]
  ).map(toAttachment);
}

export function insertAttachment(
  db: Db,
  row: Omit<AttachmentRow, 'createdAt' | 'createdByName'>,
  s: Stamp,
): void {
  stmt(
    db,
    `INSERT INTO client_attachments (id, client_id, file_name, mime, size_bytes, sha256, stored_name, created_at, created_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(row.id, row.clientId, row.fileName, row.mime, row.sizeBytes, row.sha256, row.storedName, s.at, s.by);
}

export function softDeleteAttachment(db: Db, id: string, s: Stamp): void {
  stmt(db, 'UPDATE client_attachments SET deleted_at = ?, deleted_by = ? WHERE id = ?').run(s.at, s.by, id);
}
