import type { ResearchFile } from '../../../../shared/market/types';
import type { Stamp } from '../../../core/mutation';
import { stmt, type Db } from '../../../db/connection';

/** A research file as stored: the listed file, and where its bytes are kept. */
export type ResearchFileRow = ResearchFile & { sha256: string; storedName: string };

// Research files are the 'research' rows of sales_attachments (proposals and contracts keep theirs there too).
const SELECT = `
  SELECT a.id, a.owner_id AS researchId, a.file_name AS fileName, a.mime, a.size_bytes AS sizeBytes,
         a.sha256, a.stored_name AS storedName, a.created_at AS createdAt, s.name AS createdByName
  FROM sales_attachments a
  LEFT JOIN users u ON u.id = a.created_by
  LEFT JOIN staff s ON s.id = u.staff_id`;

export const toResearchFile = ({ sha256: _h, storedName: _s, ...f }: ResearchFileRow): ResearchFile => f;

export function getResearchFile(db: Db, id: string): ResearchFileRow | null {
  return (
    (stmt(db, `${SELECT} WHERE a.id = ? AND a.owner_kind = 'research' AND a.deleted_at IS NULL`).get(id) as
      ResearchFileRow | undefined) ?? null
  );
}

/** A research record's live files, oldest first. */
export function filesOfResearch(db: Db, researchId: string): ResearchFile[] {
  return (
    stmt(
      db,
      `${SELECT} WHERE a.owner_kind = 'research' AND a.owner_id = ? AND a.deleted_at IS NULL
       ORDER BY a.created_at, a.id`,
    ).all(researchId) as ResearchFileRow[]
  ).map(toResearchFile);
}

export function insertResearchFile(
  db: Db,
  row: Omit<ResearchFileRow, 'createdAt' | 'createdByName'>,
  s: Stamp,
): void {
  stmt(
    db,
    `INSERT INTO sales_attachments (id, owner_kind, owner_id, file_name, mime, size_bytes, sha256, stored_name,
       created_at, created_by)
     VALUES (@id, 'research', @researchId, @fileName, @mime, @sizeBytes, @sha256, @storedName, @at, @by)`,
  ).run({ ...row, at: s.at, by: s.by });
}

export function softDeleteResearchFile(db: Db, id: string, s: Stamp): void {
  stmt(db, 'UPDATE sales_attachments SET deleted_at = ?, deleted_by = ? WHERE id = ?').run(s.at, s.by, id);
}
