import type { MeetingFilter } from '../../../../shared/meetings/channels';
import type {
  MeetingSortField,
  MeetingStatus,
  MeetingType,
  RiskMeeting,
} from '../../../../shared/meetings/types';
import type { Clause } from '../../../db/clause';
import type { Stamp } from '../../../core/mutation';
import { stmt, type Db } from '../../../db/connection';

/** A meeting as stored, with its chair's name and its counts. */
export interface MeetingRow extends RiskMeeting {
  minutesHtml: string;
  createdBy: string | null;
}

/** What the form writes on the meeting row itself. */
export interface MeetingWrite {
  title: string;
  type: MeetingType;
  heldOn: string;
  startTime: string | null;
  endTime: string | null;
  location: string | null;
  chairId: string;
  minutesHtml: string;
  searchText: string;
}

const MEETING_COLUMNS = `
  m.id, m.code, m.title, m.type, m.held_on AS heldOn, m.start_time AS startTime, m.end_time AS endTime,
  m.location, m.chair_id AS chairId, s.name AS chairName, m.status, m.issued_at AS issuedAt,
  (SELECT count(*) FROM risk_meeting_attendees a WHERE a.meeting_id = m.id) AS attendeeCount,
  (SELECT count(*) FROM risk_meeting_decisions d WHERE d.meeting_id = m.id) AS decisionCount,
  (SELECT count(*) FROM risk_meeting_decisions d WHERE d.meeting_id = m.id AND d.status = 'open') AS openDecisions,
  (SELECT count(*) FROM risk_meeting_risks r WHERE r.meeting_id = m.id) AS riskCount,
  m.created_at AS createdAt, m.updated_at AS updatedAt, m.version`;

const FROM = `FROM risk_meetings m JOIN staff s ON s.id = m.chair_id`;

export function getMeeting(db: Db, id: string): MeetingRow | null {
  return (
    (stmt(
      db,
      `SELECT ${MEETING_COLUMNS}, m.minutes_html AS minutesHtml, m.created_by AS createdBy
       ${FROM} WHERE m.id = ? AND m.deleted_at IS NULL`,
    ).get(id) as MeetingRow | undefined) ?? null
  );
}

/** `%`, `_` and `\` in the user's text match themselves. */
export const likePattern = (q: string): string => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

const ORDER: Record<MeetingSortField, string> = {
  heldOn: 'm.held_on',
  code: 'm.code',
  title: 'm.title',
  updatedAt: 'm.updated_at',
};

function filterWhere(f: MeetingFilter, scope: Clause, mine: Clause): Clause {
  const parts = ['m.deleted_at IS NULL', scope.sql];
  const params: unknown[] = [...scope.params];
  if (f.scope === 'mine') {
    parts.push(mine.sql);
    params.push(...mine.params);
  }
  if (f.types.length) {
    parts.push('m.type IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(f.types));
  }
  if (f.statuses.length) {
    parts.push('m.status IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(f.statuses));
  }
  if (f.chairId) {
    parts.push('m.chair_id = ?');
    params.push(f.chairId);
  }
  if (f.from) {
    parts.push('m.held_on >= ?');
    params.push(f.from);
  }
  if (f.to) {
    parts.push('m.held_on <= ?');
    params.push(f.to);
  }
  if (f.search) {
    parts.push(`m.search_text LIKE ? ESCAPE '\\'`);
    params.push(likePattern(f.search.normalize('NFKC').toLowerCase()));
  }
  return { sql: parts.join(' AND '), params };
}

export interface MeetingOrder {
  sortBy: MeetingSortField;
  sortDir: 'asc' | 'desc';
}

/** A page of meetings the scope lets through, in the order asked (code breaks ties). */
export function listMeetings(
  db: Db,
  f: MeetingFilter & MeetingOrder,
  visible: { scope: Clause; mine: Clause },
  limit: number,
  offset: number,
): { rows: RiskMeeting[]; total: number } {
  const where = filterWhere(f, visible.scope, visible.mine);
  const dir = f.sortDir === 'asc' ? 'ASC' : 'DESC';
  const rows = stmt(
    db,
    `SELECT ${MEETING_COLUMNS} ${FROM} WHERE ${where.sql}
     ORDER BY ${ORDER[f.sortBy]} ${dir}, m.code ${dir} LIMIT ? OFFSET ?`,
  ).all(...where.params, limit, offset) as RiskMeeting[];
  const { n } = stmt(db, `SELECT count(*) AS n FROM risk_meetings m WHERE ${where.sql}`).get(
    ...where.params,
  ) as { n: number };
  return { rows, total: n };
}

export function insertMeeting(db: Db, id: string, code: string, w: MeetingWrite, s: Stamp): void {
  stmt(
    db,
    `INSERT INTO risk_meetings (id, code, title, type, held_on, start_time, end_time, location, chair_id,
       minutes_html, status, search_text, created_at, updated_at, created_by, updated_by)
     VALUES (@id, @code, @title, @type, @heldOn, @startTime, @endTime, @location, @chairId, @minutesHtml,
       'draft', @searchText, @at, @at, @by, @by)`,
  ).run({ ...w, id, code, at: s.at, by: s.by });
}

export function updateMeeting(db: Db, id: string, version: number, w: MeetingWrite, s: Stamp): boolean {
  return (
    stmt(
      db,
      `UPDATE risk_meetings SET title = @title, type = @type, held_on = @heldOn, start_time = @startTime,
         end_time = @endTime, location = @location, chair_id = @chairId, minutes_html = @minutesHtml,
         search_text = @searchText, updated_at = @at, updated_by = @by, version = version + 1
       WHERE id = @id AND version = @version AND status = 'draft' AND deleted_at IS NULL`,
    ).run({ ...w, id, version, at: s.at, by: s.by }).changes === 1
  );
}

export function setMeetingStatus(
  db: Db,
  id: string,
  version: number,
  status: MeetingStatus,
  s: Stamp,
): boolean {
  return (
    stmt(
      db,
      `UPDATE risk_meetings SET status = @status, issued_at = @at, issued_by = @by, updated_at = @at,
         updated_by = @by, version = version + 1
       WHERE id = @id AND version = @version AND deleted_at IS NULL`,
    ).run({ id, version, status, at: s.at, by: s.by }).changes === 1
  );
}

/** A link or a decision changed: the meeting's version moves so that an open form notices. */
export function touchMeeting(db: Db, id: string, s: Stamp): void {
  stmt(
    db,
    `UPDATE risk_meetings SET updated_at = @at, updated_by = @by, version = version + 1 WHERE id = @id`,
  ).run({ id, at: s.at, by: s.by });
}

/** The day the last periodic meeting was held (draft or issued), or null when there has been none. */
export function lastPeriodicHeldOn(db: Db): string | null {
  const row = stmt(
    db,
    `SELECT max(held_on) AS d FROM risk_meetings WHERE type = 'periodic' AND deleted_at IS NULL`,
  ).get() as { d: string | null };
  return row.d;
}
