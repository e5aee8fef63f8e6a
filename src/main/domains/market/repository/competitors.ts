import type { CompetitorFilter, CompetitorInput, CompetitorOrder } from '../../../../shared/market/channels';
import type { Competitor } from '../../../../shared/market/types';
import type { Stamp } from '../../../core/mutation';
import { stmt, type Db } from '../../../db/connection';

const LIVE_SIGHTINGS = `FROM competitor_sightings x WHERE x.competitor_id = c.id AND x.deleted_at IS NULL`;

const SELECT = `
  SELECT c.id, c.name, c.products, c.strengths, c.weaknesses, c.website, c.notes,
         (SELECT count(*) ${LIVE_SIGHTINGS}) AS sightingCount,
         (SELECT max(x.seen_on) ${LIVE_SIGHTINGS}) AS lastSeenOn,
         (SELECT x.price_fen ${LIVE_SIGHTINGS} AND x.price_fen IS NOT NULL
          ORDER BY x.seen_on DESC, x.created_at DESC LIMIT 1) AS lastPriceFen,
         c.created_at AS createdAt, c.updated_at AS updatedAt, c.version
  FROM competitors c`;

export function getCompetitor(db: Db, id: string): Competitor | null {
  return (
    (stmt(db, `${SELECT} WHERE c.id = ? AND c.deleted_at IS NULL`).get(id) as Competitor | undefined) ?? null
  );
}

/** The live competitor of this name (another one, when `exceptId` is given), or null. */
export function competitorNamed(db: Db, name: string, exceptId: string | null): string | null {
  return (
    (stmt(db, 'SELECT id FROM competitors WHERE name = ? AND id IS NOT ? AND deleted_at IS NULL')
      .pluck()
      .get(name, exceptId) as string | undefined) ?? null
  );
}

const SORT_SQL: Record<CompetitorOrder['sortBy'], string> = {
  name: 'c.name',
  lastSeenOn: 'lastSeenOn',
  updatedAt: 'c.updated_at',
};

export function listCompetitors(
  db: Db,
  f: CompetitorFilter & CompetitorOrder,
  limit: number,
  offset: number,
): { rows: Competitor[]; total: number } {
  const where = f.search
    ? `c.deleted_at IS NULL AND instr(lower(c.name || ' ' || coalesce(c.products, '') || ' ' ||
        coalesce(c.strengths, '') || ' ' || coalesce(c.weaknesses, '') || ' ' || coalesce(c.notes, '')),
        lower(@search)) > 0`
    : 'c.deleted_at IS NULL';
  const params = f.search ? { search: f.search } : {};
  const dir = f.sortDir === 'asc' ? 'ASC' : 'DESC';
  const rows = stmt(
    db,
    `${SELECT} WHERE ${where} ORDER BY ${SORT_SQL[f.sortBy]} ${dir} NULLS LAST, c.name ${dir}
     LIMIT @limit OFFSET @offset`,
  ).all({ ...params, limit, offset }) as Competitor[];
  const { n } = stmt(db, `SELECT count(*) AS n FROM competitors c WHERE ${where}`).get(params) as {
    n: number;
  };
  return { rows, total: n };
}

export function insertCompetitor(db: Db, id: string, w: CompetitorInput, s: Stamp): void {
  stmt(
    db,
    `INSERT INTO competitors (id, name, products, strengths, weaknesses, website, notes, created_at, updated_at,
       created_by, updated_by)
     VALUES (@id, @name, @products, @strengths, @weaknesses, @website, @notes, @at, @at, @by, @by)`,
  ).run({ ...w, id, at: s.at, by: s.by });
}

export function updateCompetitor(db: Db, id: string, version: number, w: CompetitorInput, s: Stamp): boolean {
  return (
    stmt(
      db,
      `UPDATE competitors SET name = @name, products = @products, strengths = @strengths,
         weaknesses = @weaknesses, website = @website, notes = @notes, updated_at = @at, updated_by = @by,
         version = version + 1
       WHERE id = @id AND version = @version AND deleted_at IS NULL`,
    ).run({ ...w, id, version, at: s.at, by: s.by }).changes === 1
  );
}
