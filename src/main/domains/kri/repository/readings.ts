import type { Stamp } from '../../../core/mutation';
import { stmt, type Db } from '../../../db/connection';

/** A reading typed in, as stored. */
export interface ReadingRow {
  id: string;
  kriId: string;
  periodOn: string;
  value: number;
  note: string | null;
  version: number;
}

export interface ReadingWrite {
  periodOn: string;
  value: number;
  note: string | null;
}

const READING_SELECT = `SELECT id, kri_id AS kriId, period_on AS periodOn, value, note, version FROM kri_readings`;

/** An indicator's live readings, oldest first. */
export function listReadings(db: Db, kriId: string): ReadingRow[] {
  return stmt(db, `${READING_SELECT} WHERE kri_id = ? AND deleted_at IS NULL ORDER BY period_on`).all(
    kriId,
  ) as ReadingRow[];
}

export function getReading(db: Db, id: string): ReadingRow | null {
  return (
    (stmt(db, `${READING_SELECT} WHERE id = ? AND deleted_at IS NULL`).get(id) as ReadingRow | undefined) ??
    null
  );
}

/** A reading deleted or not, with when it was deleted (a write with a stale version is a CONFLICT). */
export function getReadingWithDeleted(
  db: Db,
  id: string,
): (ReadingRow & { deletedAt: string | null }) | null {
  return (
    (stmt(
      db,
      `SELECT id, kri_id AS kriId, period_on AS periodOn, value, note, version, deleted_at AS deletedAt
               FROM kri_readings WHERE id = ?`,
    ).get(id) as (ReadingRow & { deletedAt: string | null }) | undefined) ?? null
  );
}

/** Whether another live reading of the indicator has this date. */
export function dateTaken(db: Db, kriId: string, periodOn: string, exceptId: string | null): boolean {
  return (
    stmt(
      db,
      `SELECT 1 FROM kri_readings WHERE kri_id = ? AND period_on = ? AND deleted_at IS NULL AND id IS NOT ?`,
    ).get(kriId, periodOn, exceptId) !== undefined
  );
}

export function insertReading(db: Db, id: string, kriId: string, w: ReadingWrite, s: Stamp): void {
  stmt(
    db,
    `INSERT INTO kri_readings (id, kri_id, period_on, value, note, created_at, updated_at, created_by, updated_by)
     VALUES (@id, @kriId, @periodOn, @value, @note, @at, @at, @by, @by)`,
  ).run({ ...w, id, kriId, at: s.at, by: s.by });
}

export function updateReading(db: Db, id: string, version: number, w: ReadingWrite, s: Stamp): boolean {
  return (
    stmt(
      db,
      `UPDATE kri_readings SET period_on = @periodOn, value = @value, note = @note, updated_at = @at,
         updated_by = @by, version = version + 1
       WHERE id = @id AND version = @version AND deleted_at IS NULL`,
    ).run({ ...w, id, version, at: s.at, by: s.by }).changes === 1
  );
}

export function deleteReading(db: Db, id: string, version: number, s: Stamp): boolean {
  return (
    stmt(
      db,
      `UPDATE kri_readings SET deleted_at = @at, deleted_by = @by, updated_at = @at, updated_by = @by,
         version = version + 1
       WHERE id = @id AND version = @version AND deleted_at IS NULL`,
    ).run({ id, version, at: s.at, by: s.by }).changes === 1
  );
}

/** Every live reading of an indicator being deleted, with it. */
export function deleteReadingsOf(db: Db, kriId: string, s: Stamp): number {
  return stmt(
    db,
    `UPDATE kri_readings SET deleted_at = @at, deleted_by = @by, updated_at = @at, updated_by = @by,
       version = version + 1
     WHERE kri_id = @kriId AND deleted_at IS NULL`,
  ).run({ kriId, at: s.at, by: s.by }).changes;
}
