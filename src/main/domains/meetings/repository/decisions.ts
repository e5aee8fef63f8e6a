import type { DecisionFilter } from '../../../../shared/meetings/channels';
import type {
  DecisionSortField,
  DecisionStatus,
  MeetingDecision,
  MeetingStatus,
} from '../../../../shared/meetings/types';
import type { Clause } from '../../../db/clause';
import type { Stamp } from '../../../core/mutation';
import { stmt, type Db } from '../../../db/connection';
import { likePattern } from './meetings';

/** A decision as stored, with its meeting's code, title, date and status; overdue and moves come on top. */
export type DecisionRow = Omit<MeetingDecision, 'overdue' | 'moves'> & {
  meetingStatus: MeetingStatus;
  meetingChairId: string;
  meetingCreatedBy: string | null;
};

export interface DecisionWrite {
  text: string;
  ownerId: string;
  groupId: string | null;
  dueOn: string;
}

const DECISION_SELECT = `
  SELECT d.id, d.meeting_id AS meetingId, m.code AS meetingCode, m.title AS meetingTitle,
         m.held_on AS meetingHeldOn, m.status AS meetingStatus, m.chair_id AS meetingChairId,
         m.created_by AS meetingCreatedBy, d.text, d.owner_id AS ownerId, s.name AS ownerName,
         d.group_id AS groupId, d.due_on AS dueOn, d.status, d.done_on AS doneOn, d.note, d.version
  FROM risk_meeting_decisions d
  JOIN risk_meetings m ON m.id = d.meeting_id
  JOIN staff s ON s.id = d.owner_id`;

export function decisionsOf(db: Db, meetingId: string): DecisionRow[] {
  return stmt(db, `${DECISION_SELECT} WHERE d.meeting_id = ? ORDER BY d.position`).all(
    meetingId,
  ) as DecisionRow[];
}

export function getDecision(db: Db, id: string): DecisionRow | null {
  return (
    (stmt(db, `${DECISION_SELECT} WHERE d.id = ? AND m.deleted_at IS NULL`).get(id) as
      DecisionRow | undefined) ?? null
  );
}

/**
 * Writes a draft's decisions as the form has them: kept ones (by id) updated in place, new ones added,
 * the rest removed — a draft's decisions are not yet anyone's to-do.
 */
export function replaceDecisions(
  db: Db,
  meetingId: string,
  decisions: readonly (DecisionWrite & { id: string; keep: boolean })[],
  s: Stamp,
): void {
  const kept = decisions.filter((d) => d.keep).map((d) => d.id);
  stmt(
    db,
    `DELETE FROM risk_meeting_decisions WHERE meeting_id = ? AND id NOT IN (SELECT value FROM json_each(?))`,
  ).run(meetingId, JSON.stringify(kept));
  const update = stmt(
    db,
    `UPDATE risk_meeting_decisions SET position = @position, text = @text, owner_id = @ownerId,
       group_id = @groupId, due_on = @dueOn, updated_at = @at, updated_by = @by, version = version + 1
     WHERE id = @id AND meeting_id = @meetingId
       AND (position, text, owner_id, coalesce(group_id, ''), due_on)
           IS NOT (@position, @text, @ownerId, coalesce(@groupId, ''), @dueOn)`,
  );
  const insert = stmt(
    db,
    `INSERT INTO risk_meeting_decisions (id, meeting_id, position, text, owner_id, group_id, due_on, status,
       created_at, updated_at, created_by, updated_by)
     VALUES (@id, @meetingId, @position, @text, @ownerId, @groupId, @dueOn, 'open', @at, @at, @by, @by)`,
  );
  decisions.forEach((d, i) => {
    const params = {
      id: d.id,
      meetingId,
      position: i + 1,
      text: d.text,
      ownerId: d.ownerId,
      groupId: d.groupId,
      dueOn: d.dueOn,
      at: s.at,
      by: s.by,
    };
    (d.keep ? update : insert).run(params);
  });
}

export interface DecisionStatusWrite {
  status: DecisionStatus;
  doneOn: string | null;
  note: string | null;
}

export function updateDecisionStatus(
  db: Db,
  id: string,
  version: number,
  w: DecisionStatusWrite,
  s: Stamp,
): boolean {
  return (
    stmt(
      db,
      `UPDATE risk_meeting_decisions SET status = @status, done_on = @doneOn, note = @note, updated_at = @at,
         updated_by = @by, version = version + 1
       WHERE id = @id AND version = @version`,
    ).run({ ...w, id, version, at: s.at, by: s.by }).changes === 1
  );
}

const ORDER: Record<DecisionSortField, string> = {
  dueOn: 'd.due_on',
  heldOn: 'm.held_on',
  status: "CASE d.status WHEN 'open' THEN 0 WHEN 'done' THEN 1 ELSE 2 END",
};

export interface DecisionQuery extends DecisionFilter {
  sortBy: DecisionSortField;
  sortDir: 'asc' | 'desc';
}

/** Decisions of issued meetings the scope lets through (`scope` is over `risk_meetings m`). */
function decisionWhere(f: DecisionFilter, scope: Clause, mine: string, today: string): Clause {
  const parts = ["m.deleted_at IS NULL AND m.status = 'issued'", scope.sql];
  const params: unknown[] = [...scope.params];
  if (f.scope === 'mine') {
    parts.push('d.owner_id = ?');
    params.push(mine);
  }
  if (f.statuses.length) {
    parts.push('d.status IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(f.statuses));
  }
  if (f.ownerId) {
    parts.push('d.owner_id = ?');
    params.push(f.ownerId);
  }
  if (f.meetingId) {
    parts.push('d.meeting_id = ?');
    params.push(f.meetingId);
  }
  if (f.overdue) {
    parts.push("d.status = 'open' AND d.due_on < ?");
    params.push(today);
  }
  if (f.search) {
    const like = likePattern(f.search.normalize('NFKC').toLowerCase());
    parts.push(
      `(lower(d.text) LIKE ? ESCAPE '\\' OR lower(m.code) LIKE ? ESCAPE '\\' OR lower(s.name) LIKE ? ESCAPE '\\')`,
    );
    params.push(like, like, like);
  }
  return { sql: parts.join(' AND '), params };
}

export function listDecisions(
  db: Db,
  f: DecisionQuery,
  scope: Clause,
  mine: string,
  today: string,
  limit: number,
  offset: number,
): { rows: DecisionRow[]; total: number } {
  const where = decisionWhere(f, scope, mine, today);
  const dir = f.sortDir === 'asc' ? 'ASC' : 'DESC';
  const rows = stmt(
    db,
    `${DECISION_SELECT} WHERE ${where.sql} ORDER BY ${ORDER[f.sortBy]} ${dir}, m.code, d.position
     LIMIT ? OFFSET ?`,
  ).all(...where.params, limit, offset) as DecisionRow[];
  const { n } = stmt(
    db,
    `SELECT count(*) AS n FROM risk_meeting_decisions d JOIN risk_meetings m ON m.id = d.meeting_id
     JOIN staff s ON s.id = d.owner_id WHERE ${where.sql}`,
  ).get(...where.params) as { n: number };
  return { rows, total: n };
}

/** A person's open decisions of issued meetings due on or before `dueBy` (overdue ones included). */
export function openDecisionsOfOwner(db: Db, ownerId: string, dueBy: string): DecisionRow[] {
  return stmt(
    db,
    `${DECISION_SELECT}
     WHERE m.deleted_at IS NULL AND m.status = 'issued' AND d.owner_id = ? AND d.status = 'open'
       AND d.due_on <= ?
     ORDER BY d.due_on, m.code, d.position`,
  ).all(ownerId, dueBy) as DecisionRow[];
}
