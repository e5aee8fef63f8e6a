import type { ResearchFilter, ResearchOrder } from '../../../../shared/market/channels';
import type { MarketResearch } from '../../../../shared/market/types';
import type { Stamp } from '../../../core/mutation';
import { stmt, type Db } from '../../../db/connection';

const SELECT = `
  SELECT r.id, r.code, r.topic, r.target_group AS targetGroup, r.findings, r.conducted_on AS conductedOn,
         r.owner_id AS ownerId, s.name AS ownerName, r.group_id AS groupId,
         (SELECT count(*) FROM sales_attachments a
          WHERE a.owner_kind = 'research' AND a.owner_id = r.id AND a.deleted_at IS NULL) AS fileCount,
         r.created_at AS createdAt, r.updated_at AS updatedAt, r.version
  FROM market_research r JOIN staff s ON s.id = r.owner_id`;

export function getResearch(db: Db, id: string): MarketResearch | null {
  return (
    (stmt(db, `${SELECT} WHERE r.id = ? AND r.deleted_at IS NULL`).get(id) as MarketResearch | undefined) ??
    null
  );
}

const SORT_SQL: Record<ResearchOrder['sortBy'], string> = {
  code: 'r.code',
  topic: 'r.topic',
  conductedOn: 'r.conducted_on',
  updatedAt: 'r.updated_at',
};

function filterWhere(f: ResearchFilter): { sql: string; params: Record<string, unknown> } {
  const parts = ['r.deleted_at IS NULL'];
  const params: Record<string, unknown> = {};
  if (f.ownerId) {
    parts.push('r.owner_id = @ownerId');
    params.ownerId = f.ownerId;
  }
  if (f.from) {
    parts.push('r.conducted_on >= @from');
    params.from = f.from;
  }
  if (f.to) {
    parts.push('r.conducted_on <= @to');
    params.to = f.to;
  }
  if (f.search) {
    // instr, not LIKE: the text is matched literally ('%' and '_' too), and one Chinese character matches.
    parts.push(`instr(lower(r.code || ' ' || r.topic || ' ' || coalesce(r.target_group, '') || ' ' ||
      coalesce(r.findings, '')), lower(@search)) > 0`);
    params.search = f.search;
  }
  return { sql: parts.join(' AND '), params };
}

export function listResearch(
  db: Db,
  f: ResearchFilter & ResearchOrder,
  limit: number,
  offset: number,
): { rows: MarketResearch[]; total: number } {
  const where = filterWhere(f);
  const dir = f.sortDir === 'asc' ? 'ASC' : 'DESC';
  const rows = stmt(
    db,
    `${SELECT} WHERE ${where.sql} ORDER BY ${SORT_SQL[f.sortBy]} ${dir}, r.code ${dir} LIMIT @limit OFFSET @offset`,
  ).all({ ...where.params, limit, offset }) as MarketResearch[];
  const { n } = stmt(db, `SELECT count(*) AS n FROM market_research r WHERE ${where.sql}`).get(
    where.params,
  ) as { n: number };
  return { rows, total: n };
}

export interface ResearchWrite {
  topic: string;
  targetGroup: string | null;
  findings: string | null;
  conductedOn: string;
  ownerId: string;
  groupId: string | null;
}

export function insertResearch(db: Db, id: string, code: string, w: ResearchWrite, s: Stamp): void {
  stmt(
    db,
    `INSERT INTO market_research (id, code, topic, target_group, findings, conducted_on, owner_id, group_id,
       created_at, updated_at, created_by, updated_by)
     VALUES (@id, @code, @topic, @targetGroup, @findings, @conductedOn, @ownerId, @groupId, @at, @at, @by, @by)`,
  ).run({ ...w, id, code, at: s.at, by: s.by });
}

export function updateResearch(db: Db, id: string, version: number, w: ResearchWrite, s: Stamp): boolean {
  return (
    stmt(
      db,
      `UPDATE market_research SET topic = @topic, target_group = @targetGroup, findings = @findings,
         conducted_on = @conductedOn, owner_id = @ownerId, group_id = @groupId, updated_at = @at,
         updated_by = @by, version = version + 1
       WHERE id = @id AND version = @version AND deleted_at IS NULL`,
    ).run({ ...w, id, version, at: s.at, by: s.by }).changes === 1
  );
}
