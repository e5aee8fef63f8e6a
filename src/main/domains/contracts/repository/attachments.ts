import type { ContractAttachment } from '../../../../shared/contracts/types';
import type { Stamp } from '../../../core/mutation';
import { stmt, type Db } from '../../../db/connection';

/*
 * A contract's files (the signed copy …) in sales_attachments, owner_kind 'contract'; the bytes are in the
 * files store. The table is shared with market research and proposals: this module touches contract rows only.
 */

export type ContractAttachmentRow = ContractAttachment & { sha256: string; storedName: string };

const SELECT = `
  SELECT a.id, a.owner_id AS contractId, a.file_name AS fileName, a.mime, a.size_bytes AS sizeBytes, a.sha256,
         a.stored_name AS storedName, a.created_at AS createdAt, coalesce(s.name, u.username) AS createdByName
  FROM sales_attachments a
  LEFT JOIN users u ON u.id = a.created_by
  LEFT JOIN staff s ON s.id = u.staff_id`;

export const toAttachment = ({
  sha256: _h,
  storedName: _s,
  ...a
}: ContractAttachmentRow): ContractAttachment => a;

export function listAttachments(db: Db, contractId: string): ContractAttachment[] {
  return (
    stmt(
      db,
      `${SELECT} WHERE a.owner_kind = 'contract' AND a.owner_id = ? AND a.deleted_at IS NULL
       ORDER BY a.created_at, a.id`,
    ).all(contractId) as ContractAttachmentRow[]
  ).map(toAttachment);
}

export function getAttachment(db: Db, id: string): ContractAttachmentRow | null {
  return (
    (stmt(db, `${SELECT} WHERE a.id = ? AND a.owner_kind = 'contract' AND a.deleted_at IS NULL`).get(id) as
      ContractAttachmentRow | undefined) ?? null
  );
}

export function insertAttachment(
  db: Db,
  row: Omit<ContractAttachmentRow, 'createdAt' | 'createdByName'>,
  s: Stamp,
): void {
  stmt(
    db,
    `INSERT INTO sales_attachments (id, owner_kind, owner_id, file_name, mime, size_bytes, sha256, stored_name,
       created_at, created_by)
     VALUES (@id, 'contract', @contractId, @fileName, @mime, @sizeBytes, @sha256, @storedName, @at, @by)`,
  ).run({ ...row, at: s.at, by: s.by });
}

export function softDeleteAttachment(db: Db, id: string, s: Stamp): void {
  stmt(db, 'UPDATE sales_attachments SET deleted_at = ?, deleted_by = ? WHERE id = ?').run(s.at, s.by, id);
}
