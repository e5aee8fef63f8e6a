import type { SalesFile } from '../../../../shared/sales/types';
import type { Stamp } from '../../../core/mutation';
import { stmt, type Db } from '../../../db/connection';

/** A proposal's file as stored: the listed file, its opportunity, and where its bytes are kept. */
export type ProposalFileRow = SalesFile & { ownerId: string; sha256: string; storedName: string };

const SELECT = `
  SELECT f.id, f.owner_id AS ownerId, f.file_name AS fileName, f.mime, f.size_bytes AS sizeBytes, f.sha256,
         f.stored_name AS storedName, f.created_at AS createdAt, s.name AS createdByName
  FROM sales_attachments f
  LEFT JOIN users u ON u.id = f.created_by
  LEFT JOIN staff s ON s.id = u.staff_id`;

export const toSalesFile = ({ ownerId: _o, sha256: _h, storedName: _s, ...f }: ProposalFileRow): SalesFile =>
  f;

export function getProposalFile(db: Db, id: string): ProposalFileRow | null {
  return (
    (stmt(db, `${SELECT} WHERE f.id = ? AND f.owner_kind = 'proposal' AND f.deleted_at IS NULL`).get(id) as
      ProposalFileRow | undefined) ?? null
  );
}

export function proposalFilesOf(db: Db, opportunityId: string): SalesFile[] {
  return (
    stmt(
      db,
      `${SELECT} WHERE f.owner_kind = 'proposal' AND f.owner_id = ? AND f.deleted_at IS NULL
       ORDER BY f.created_at, f.id`,
    ).all(opportunityId) as ProposalFileRow[]
  ).map(toSalesFile);
}

export function insertProposalFile(
  db: Db,
  row: {
    id: string;
    opportunityId: string;
    fileName: string;
    mime: string;
    sizeBytes: number;
    sha256: string;
    storedName: string;
  },
  s: Stamp,
): void {
  stmt(
    db,
    `INSERT INTO sales_attachments (id, owner_kind, owner_id, file_name, mime, size_bytes, sha256, stored_name,
       created_at, created_by)
     VALUES (?, 'proposal', ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    row.id,
    row.opportunityId,
    row.fileName,
    row.mime,
    row.sizeBytes,
    row.sha256,
    row.storedName,
    s.at,
    s.by,
  );
}

export function softDeleteProposalFile(db: Db, id: string, s: Stamp): void {
  stmt(db, 'UPDATE sales_attachments SET deleted_at = ?, deleted_by = ? WHERE id = ?').run(s.at, s.by, id);
}
