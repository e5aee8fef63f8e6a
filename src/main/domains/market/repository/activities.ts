import type { ActivityFilter, ActivityOrder } from '../../../../shared/market/channels';
import type { ActivityKind, PromotionActivity } from '../../../../shared/market/types';
import type { Stamp } from '../../../core/mutation';
import { stmt, type Db } from '../../../db/connection';

// The leads an activity brought in are the opportunities naming it as their source (opportunities_activity).
const LEADS = `FROM opportunities o WHERE o.source_activity_id = a.id AND o.deleted_at IS NULL`;

const SELECT = `
  SELECT a.id, a.code, a.kind, a.title, a.held_on AS heldOn, a.ends_on AS endsOn, a.place, a.cost_fen AS costFen,
         a.attendees, a.notes, a.owner_id AS ownerId, s.name AS ownerName, a.group_id AS groupId,
         (SELECT count(*) ${LEADS}) AS leadCount,
         (SELECT count(*) ${LEADS} AND o.stage = 'won') AS wonCount,
         a.created_at AS createdAt, a.updated_at AS updatedAt, a.version
  FROM promotion_activities a JOIN staff s ON s.id = a.owner_id`;

export function getActivity(db: Db, id: string): PromotionActivity | null {
  return (
    (stmt(db, `${SELECT} WHERE a.id = ? AND a.deleted_at IS NULL`).get(id) as
      PromotionActivity | undefined) ?? null
  );
}

const SORT_SQL: Record<ActivityOrder['sortBy'], string> = {
  code: 'a.code',
  title: 'a.title',
  kind: 'a.kind',
  heldOn: 'a.held_on',
  costFen: 'a.cost_fen',
  leadCount: 'leadCount',
};

function filterWhere(f: ActivityFilter): { sql: string; params: Record<string, unknown> } {
  const parts = ['a.deleted_at IS NULL'];
  const params: Record<string, unknown> = {};
  if (f.kinds.length) {
    parts.push('a.kind IN (SELECT value FROM json_each(@kinds))');
    params.kinds = JSON.stringify(f.kinds);
  }
  if (f.ownerId) {
    parts.push('a.owner_id = @ownerId');
    params.ownerId = f.ownerId;
  }
  // An activity of several days is in the period when any of its days is.
  if (f.from) {
    parts.push('coalesce(a.ends_on, a.held_on) >= @from');
    params.from = f.from;
  }
  if (f.to) {
    parts.push('a.held_on <= @to');
    params.to = f.to;
  }
  if (f.search) {
    parts.push(`instr(lower(a.code || ' ' || a.title || ' ' || coalesce(a.place, '') || ' ' ||
      coalesce(a.notes, '')), lower(@search)) > 0`);
    params.search = f.search;
  }
  return { sql: parts.join(' AND '), params };
}

export function listActivities(
  db: Db,
  f: ActivityFilter & ActivityOrder,
  limit: number,
  offset: number,
): { rows: PromotionActivity[]; total: number } {
  const where = filterWhere(f);
  const dir = f.sortDir === 'asc' ? 'ASC' : 'DESC';
  const rows = stmt(
    db,
    `${SELECT} WHERE ${where.sql} ORDER BY ${SORT_SQL[f.sortBy]} ${dir}, a.code ${dir} LIMIT @limit OFFSET @offset`,
  ).all({ ...where.params, limit, offset }) as PromotionActivity[];
  const { n } = stmt(db, `SELECT count(*) AS n FROM promotion_activities a WHERE ${where.sql}`).get(
    where.params,
  ) as { n: number };
  return { rows, total: n };
}

export interface ActivityWrite {
  kind: ActivityKind;
  title: string;
  heldOn: string;
  endsOn: string | null;
  place: string | null;
  costFen: number;
  attendees: number | null;
  notes: string | null;
  ownerId: string;
  groupId: string | null;
}

export function insertActivity(db: Db, id: string, code: string, w: ActivityWrite, s: Stamp): void {
  stmt(
    db,
    `INSERT INTO promotion_activities (id, code, kind, title, held_on, ends_on, place, cost_fen, attendees, notes,
       owner_id, group_id, created_at, updated_at, created_by, updated_by)
     VALUES (@id, @code, @kind, @title, @heldOn, @endsOn, @place, @costFen, @attendees, @notes, @ownerId,
       @groupId, @at, @at, @by, @by)`,
  ).run({ ...w, id, code, at: s.at, by: s.by });
}

export function updateActivity(db: Db, id: string, version: number, w: ActivityWrite, s: Stamp): boolean {
  return (
    stmt(
      db,
      `UPDATE promotion_activities SET kind = @kind, title = @title, held_on = @heldOn, ends_on = @endsOn,
         place = @place, cost_fen = @costFen, attendees = @attendees, notes = @notes, owner_id = @ownerId,
         group_id = @groupId, updated_at = @at, updated_by = @by, version = version + 1
       WHERE id = @id AND version = @version AND deleted_at IS NULL`,
    ).run({ ...w, id, version, at: s.at, by: s.by }).changes === 1
  );
}
