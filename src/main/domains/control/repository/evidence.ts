import type { EvidenceFile } from '../../../../shared/control/types';
import type { Stamp } from '../../../core/mutation';
import { stmt, type Db } from '../../../db/connection';

/** An evidence file as stored: the listed file, and where its bytes are kept. */
export type EvidenceRow = EvidenceFile & { sha256: string; storedName: string };

const SELECT = `
  SELECT e.id, e.rectification_id AS rectificationId, e.file_name AS fileName, e.mime, e.size_bytes AS sizeBytes,
         e.sha256, e.stored_name AS storedName, e.created_at AS createdAt, s.name AS createdByName
  FROM control_evidence e
  LEFT JOIN users u ON u.id = e.created_by
  LEFT JOIN staff s ON s.id = u.staff_id`;

export const toEvidence = ({ sha256: _h, storedName: _s, ...e }: EvidenceRow): EvidenceFile => e;

export function getEvidence(db: Db, id: string): EvidenceRow | null {
  return (
    (stmt(db, `${SELECT} WHERE e.id = ? AND e.deleted_at IS NULL`).get(id) as EvidenceRow | undefined) ?? null
  );
}

/** The live evidence of these rectifications, oldest first, by rectification. */
export function evidenceOf(db: Db, ids: readonly string[]): Map<string, EvidenceFile[]> {
  const out = new Map<string, EvidenceFile[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return out;
  const rows = stmt(
    db,
    `${SELECT} WHERE e.rectification_id IN (SELECT value FROM json_each(?)) AND e.deleted_at IS NULL
     ORDER BY e.created_at, e.id`,
  ).all(JSON.stringify(ids)) as EvidenceRow[];
  for (const r of rows) out.get(r.rectificationId)?.push(toEvidence(r));
  return out;
}

export function insertEvidence(
  db: Db,
  row: Omit<EvidenceRow, 'createdAt' | 'createdByName'>,
  s: Stamp,
): void {
  stmt(
    db,
    `INSERT INTO control_evidence (id, rectification_id, file_name, mime, size_bytes, sha256, stored_name,
       created_at, created_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    row.id,
    row.rectificationId,
    row.fileName,
    row.mime,
    row.sizeBytes,
    row.sha256,
    row.storedName,
    s.at,
    s.by,
  );
}

export function softDeleteEvidence(db: Db, id: string, s: Stamp): void {
  stmt(db, 'UPDATE control_evidence SET deleted_at = ?, deleted_by = ? WHERE id = ?').run(s.at, s.by, id);
}
