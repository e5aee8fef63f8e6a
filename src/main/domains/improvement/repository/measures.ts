import type { ImprovementFilter } from '../../../../shared/improvement/channels';
import type {
  ImprovementMeasure,
  ImprovementSource,
  ImprovementStatus,
} from '../../../../shared/improvement/types';
import type { Stamp } from '../../../core/mutation';
import { stmt, type Db } from '../../../db/connection';

/** A measure as stored, with its owner's name and its complaint's code; the effect is computed on top. */
export type MeasureRow = Omit<ImprovementMeasure, 'effect' | 'overdue'>;

/** What create and update write: the person-edited fields, with the group their owner is in. */
export interface MeasureWrite {
  title: string;
  description: string | null;
  source: ImprovementSource;
  sourceTicketId: string | null;
  causeCategory: string;
  ownerId: string;
  groupId: string | null;
  dueDate: string;
}

/** What a status move writes. */
export interface StatusWrite {
  status: ImprovementStatus;
  effectiveFrom: string | null;
  resultNote: string | null;
  completedAt: string | null;
}

// The complaint's code comes from the tickets table, read-only: a measure shows which complaint it came from.
const MEASURE_SELECT = `
  SELECT m.id, m.code, m.title, m.description, m.source, m.source_ticket_id AS sourceTicketId,
         t.code AS sourceTicketCode, m.cause_category AS causeCategory, m.owner_id AS ownerId, s.name AS ownerName,
         m.group_id AS groupId, m.due_date AS dueDate, m.status, m.effective_from AS effectiveFrom,
         m.result_note AS resultNote, m.completed_at AS completedAt, m.created_at AS createdAt,
         m.updated_at AS updatedAt, m.version
  FROM improvement_measures m
  LEFT JOIN staff s ON s.id = m.owner_id
  LEFT JOIN service_tickets t ON t.id = m.source_ticket_id`;

export function getMeasure(db: Db, id: string): MeasureRow | null {
  return (
    (stmt(db, `${MEASURE_SELECT} WHERE m.id = ? AND m.deleted_at IS NULL`).get(id) as
      MeasureRow | undefined) ?? null
  );
}

/** The filter as a WHERE clause with named parameters (only the parts the filter uses). */
function filterWhere(f: ImprovementFilter): { sql: string; params: Record<string, unknown> } {
  const parts = ['m.deleted_at IS NULL'];
  const params: Record<string, unknown> = {};
  if (f.statuses.length) {
    parts.push('m.status IN (SELECT value FROM json_each(@statuses))');
    params.statuses = JSON.stringify(f.statuses);
  }
  if (f.causeCategory) {
    parts.push('m.cause_category = @causeCategory');
    params.causeCategory = f.causeCategory;
  }
  if (f.ownerId) {
    parts.push('m.owner_id = @ownerId');
    params.ownerId = f.ownerId;
  }
  if (f.sourceTicketId) {
    parts.push('m.source_ticket_id = @sourceTicketId');
    params.sourceTicketId = f.sourceTicketId;
  }
  if (f.search) {
    // instr, not LIKE: the user's text is matched literally, '%' and '_' included.
    parts.push(
      `(instr(m.title, @search) > 0 OR instr(lower(m.code), lower(@search)) > 0
        OR instr(coalesce(m.description, ''), @search) > 0)`,
    );
    params.search = f.search;
  }
  return { sql: parts.join(' AND '), params };
}

/**
 * A page of measures: open ones first, the nearest due date first (overdue ones lead); then the finished
 * ones, the latest first.
 */
export function listMeasures(
  db: Db,
  f: ImprovementFilter,
  limit: number,
  offset: number,
): { rows: MeasureRow[]; total: number } {
  const where = filterWhere(f);
  const rows = stmt(
    db,
    `${MEASURE_SELECT} WHERE ${where.sql}
     ORDER BY m.status IN ('done', 'cancelled'),
              CASE WHEN m.status IN ('planned', 'in_progress') THEN m.due_date END,
              m.updated_at DESC, m.code DESC
     LIMIT @limit OFFSET @offset`,
  ).all({ ...where.params, limit, offset }) as MeasureRow[];
  const { n } = stmt(db, `SELECT count(*) AS n FROM improvement_measures m WHERE ${where.sql}`).get(
    where.params,
  ) as { n: number };
  return { rows, total: n };
}

/** Measures created, or completed, in [fromIso, toIso), oldest first. */
export function measuresCreatedOrCompleted(db: Db, fromIso: string, toIso: string): MeasureRow[] {
  return stmt(
    db,
    `${MEASURE_SELECT}
     WHERE m.deleted_at IS NULL
       AND ((m.created_at >= @from AND m.created_at < @to) OR (m.completed_at >= @from AND m.completed_at < @to))
     ORDER BY m.created_at, m.code`,
  ).all({ from: fromIso, to: toIso }) as MeasureRow[];
}

/** A person's open measures due on or before `dueBy` (overdue ones included), the earliest first. */
export function openMeasuresOfOwner(db: Db, ownerId: string, dueBy: string): MeasureRow[] {
  return stmt(
    db,
    `${MEASURE_SELECT}
     WHERE m.deleted_at IS NULL AND m.owner_id = @ownerId AND m.status IN ('planned', 'in_progress')
       AND m.due_date <= @dueBy
     ORDER BY m.due_date, m.code`,
  ).all({ ownerId, dueBy }) as MeasureRow[];
}

const writeParams = (w: MeasureWrite) => ({
  title: w.title,
  description: w.description,
  source: w.source,
  sourceTicketId: w.sourceTicketId,
  causeCategory: w.causeCategory,
  ownerId: w.ownerId,
  groupId: w.groupId,
  dueDate: w.dueDate,
});

export function insertMeasure(db: Db, id: string, code: string, w: MeasureWrite, s: Stamp): void {
  stmt(
    db,
    `INSERT INTO improvement_measures (id, code, title, description, source, source_ticket_id, cause_category,
       owner_id, group_id, due_date, status, created_at, updated_at, created_by, updated_by)
     VALUES (@id, @code, @title, @description, @source, @sourceTicketId, @causeCategory, @ownerId, @groupId,
       @dueDate, 'planned', @at, @at, @by, @by)`,
  ).run({ ...writeParams(w), id, code, at: s.at, by: s.by });
}

export function updateMeasure(db: Db, id: string, version: number, w: MeasureWrite, s: Stamp): boolean {
  return (
    stmt(
      db,
      `UPDATE improvement_measures SET title = @title, description = @description, source = @source,
         source_ticket_id = @sourceTicketId, cause_category = @causeCategory, owner_id = @ownerId,
         group_id = @groupId, due_date = @dueDate, updated_at = @at, updated_by = @by, version = version + 1
       WHERE id = @id AND version = @version AND deleted_at IS NULL`,
    ).run({ ...writeParams(w), id, version, at: s.at, by: s.by }).changes === 1
  );
}

export function updateMeasureStatus(db: Db, id: string, version: number, w: StatusWrite, s: Stamp): boolean {
  return (
    stmt(
      db,
      `UPDATE improvement_measures SET status = @status, effective_from = @effectiveFrom,
         result_note = @resultNote, completed_at = @completedAt, updated_at = @at, updated_by = @by,
         version = version + 1
       WHERE id = @id AND version = @version AND deleted_at IS NULL`,
    ).run({ ...w, id, version, at: s.at, by: s.by }).changes === 1
  );
}
