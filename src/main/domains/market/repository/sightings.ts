import type { SightingInput } from '../../../../shared/market/channels';
import type { CompetitorSighting } from '../../../../shared/market/types';
import type { Stamp } from '../../../core/mutation';
import { stmt, type Db } from '../../../db/connection';

/** A sighting as stored: who recorded it decides who may correct it. */
export type SightingRow = Omit<CompetitorSighting, 'mayEdit'> & { createdBy: string | null };

const SELECT = `
  SELECT x.id, x.competitor_id AS competitorId, x.seen_on AS seenOn, x.product, x.price_fen AS priceFen,
         x.note, x.created_at AS createdAt, x.created_by AS createdBy, s.name AS createdByName, x.version
  FROM competitor_sightings x
  LEFT JOIN users u ON u.id = x.created_by
  LEFT JOIN staff s ON s.id = u.staff_id`;

export function getSighting(db: Db, id: string): SightingRow | null {
  return (
    (stmt(db, `${SELECT} WHERE x.id = ? AND x.deleted_at IS NULL`).get(id) as SightingRow | undefined) ?? null
  );
}

/** A competitor's live sightings, newest first. */
export function sightingsOf(db: Db, competitorId: string): SightingRow[] {
  return stmt(
    db,
    `${SELECT} WHERE x.competitor_id = ? AND x.deleted_at IS NULL ORDER BY x.seen_on DESC, x.created_at DESC`,
  ).all(competitorId) as SightingRow[];
}

export function insertSighting(db: Db, id: string, competitorId: string, w: SightingInput, s: Stamp): void {
  stmt(
    db,
    `INSERT INTO competitor_sightings (id, competitor_id, seen_on, product, price_fen, note, created_at,
       updated_at, created_by, updated_by)
     VALUES (@id, @competitorId, @seenOn, @product, @priceFen, @note, @at, @at, @by, @by)`,
  ).run({ ...w, id, competitorId, at: s.at, by: s.by });
}

export function updateSighting(db: Db, id: string, version: number, w: SightingInput, s: Stamp): boolean {
  return (
    stmt(
      db,
      `UPDATE competitor_sightings SET seen_on = @seenOn, product = @product, price_fen = @priceFen,
         note = @note, updated_at = @at, updated_by = @by, version = version + 1
       WHERE id = @id AND version = @version AND deleted_at IS NULL`,
    ).run({ ...w, id, version, at: s.at, by: s.by }).changes === 1
  );
}

export function softDeleteSighting(db: Db, id: string, s: Stamp): void {
  stmt(
    db,
    `UPDATE competitor_sightings SET deleted_at = ?, deleted_by = ?, updated_at = ?, updated_by = ?,
       version = version + 1
     WHERE id = ?`,
  ).run(s.at, s.by, s.at, s.by, id);
}
