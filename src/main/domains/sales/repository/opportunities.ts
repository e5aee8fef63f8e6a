import type { Stage } from '../../../../shared/sales/stages';
import type { Clause } from '../../../db/clause';
import type { Stamp } from '../../../core/mutation';
import { stmt, type Db } from '../../../db/connection';

/** What the service writes of an opportunity (everything but its code, stamps and search text). */
export interface OpportunityWrite {
  title: string;
  clientId: string;
  ownerId: string;
  groupId: string | null;
  stage: Stage;
  expectedAmountFen: number | null;
  probability: number | null;
  expectedCloseOn: string | null;
  nextStep: string | null;
  nextStepOn: string | null;
  sourceActivityId: string | null;
  screeningScore: number | null;
  /** The ratings as JSON text. */
  screening: string;
  needs: string | null;
  proposal: string | null;
  visitInvitedOn: string | null;
  visitHeldOn: string | null;
  visitNotes: string | null;
  negotiationNotes: string | null;
  lostReason: string | null;
  lostNote: string | null;
  closedOn: string | null;
  stageEnteredAt: string;
}

/** An opportunity as stored, with its client's, owner's and activity's names. */
export interface OpportunityRow extends OpportunityWrite {
  id: string;
  code: string;
  clientCode: string;
  clientName: string;
  ownerName: string;
  sourceActivityCode: string | null;
  sourceActivityTitle: string | null;
  createdAt: string;
  createdBy: string | null;
  updatedAt: string;
  version: number;
}

const SELECT = `
  SELECT o.id, o.code, o.title, o.client_id AS clientId, c.code AS clientCode, c.name AS clientName,
         o.owner_id AS ownerId, s.name AS ownerName, o.group_id AS groupId, o.stage,
         o.expected_amount_fen AS expectedAmountFen, o.probability, o.expected_close_on AS expectedCloseOn,
         o.next_step AS nextStep, o.next_step_on AS nextStepOn, o.source_activity_id AS sourceActivityId,
         a.code AS sourceActivityCode, a.title AS sourceActivityTitle,
         o.screening_score AS screeningScore, o.screening, o.needs, o.proposal,
         o.visit_invited_on AS visitInvitedOn, o.visit_held_on AS visitHeldOn, o.visit_notes AS visitNotes,
         o.negotiation_notes AS negotiationNotes, o.lost_reason AS lostReason, o.lost_note AS lostNote,
         o.closed_on AS closedOn, o.stage_entered_at AS stageEnteredAt,
         o.created_at AS createdAt, o.created_by AS createdBy, o.updated_at AS updatedAt, o.version
  FROM opportunities o
  JOIN clients c ON c.id = o.client_id
  JOIN staff s ON s.id = o.owner_id
  LEFT JOIN promotion_activities a ON a.id = o.source_activity_id`;

const COLUMNS = `title = @title, client_id = @clientId, owner_id = @ownerId, group_id = @groupId, stage = @stage,
  expected_amount_fen = @expectedAmountFen, probability = @probability, expected_close_on = @expectedCloseOn,
  next_step = @nextStep, next_step_on = @nextStepOn, source_activity_id = @sourceActivityId,
  screening_score = @screeningScore, screening = @screening, needs = @needs, proposal = @proposal,
  visit_invited_on = @visitInvitedOn, visit_held_on = @visitHeldOn, visit_notes = @visitNotes,
  negotiation_notes = @negotiationNotes, lost_reason = @lostReason, lost_note = @lostNote,
  closed_on = @closedOn, stage_entered_at = @stageEnteredAt, search_text = @searchText`;

export function getOpportunityRow(db: Db, id: string): OpportunityRow | null {
  return (
    (stmt(db, `${SELECT} WHERE o.id = ? AND o.deleted_at IS NULL`).get(id) as OpportunityRow | undefined) ??
    null
  );
}

export function insertOpportunity(
  db: Db,
  id: string,
  code: string,
  w: OpportunityWrite & { searchText: string },
  s: Stamp,
): void {
  stmt(
    db,
    `INSERT INTO opportunities (id, code, title, client_id, owner_id, group_id, stage, expected_amount_fen,
       probability, expected_close_on, next_step, next_step_on, source_activity_id, screening_score, screening,
       needs, proposal, visit_invited_on, visit_held_on, visit_notes, negotiation_notes, lost_reason, lost_note,
       closed_on, stage_entered_at, search_text, created_at, updated_at, created_by, updated_by)
     VALUES (@id, @code, @title, @clientId, @ownerId, @groupId, @stage, @expectedAmountFen, @probability,
       @expectedCloseOn, @nextStep, @nextStepOn, @sourceActivityId, @screeningScore, @screening, @needs,
       @proposal, @visitInvitedOn, @visitHeldOn, @visitNotes, @negotiationNotes, @lostReason, @lostNote,
       @closedOn, @stageEnteredAt, @searchText, @at, @at, @by, @by)`,
  ).run({ ...w, id, code, at: s.at, by: s.by });
}

/** Writes the opportunity at the version read; false when that version is gone (a CONFLICT for the caller). */
export function updateOpportunity(
  db: Db,
  id: string,
  version: number,
  w: OpportunityWrite & { searchText: string },
  s: Stamp,
): boolean {
  return (
    stmt(
      db,
      `UPDATE opportunities SET ${COLUMNS}, updated_at = @at, updated_by = @by, version = version + 1
       WHERE id = @id AND version = @version AND deleted_at IS NULL`,
    ).run({ ...w, id, version, at: s.at, by: s.by }).changes === 1
  );
}

/** The rows of `rowids`, in that order. */
function rowsInOrder(db: Db, rowids: readonly number[]): OpportunityRow[] {
  if (rowids.length === 0) return [];
  return stmt(db, `${SELECT} JOIN json_each(?) k ON o.rowid = k.value ORDER BY k.key`).all(
    JSON.stringify(rowids),
  ) as OpportunityRow[];
}

/**
 * A page of opportunities: `where` over `o`, in `order`. Only the rowids are sorted (an index that holds the
 * order's columns then sorts without reading a row); the joined rows are read for the page alone.
 */
export function opportunityPage(
  db: Db,
  where: Clause,
  order: string,
  limit: number,
  offset: number,
): { rows: OpportunityRow[]; total: number } {
  const rowids = stmt(
    db,
    `SELECT o.rowid FROM opportunities o WHERE ${where.sql} ORDER BY ${order} LIMIT ? OFFSET ?`,
  )
    .pluck()
    .all(...where.params, limit, offset) as number[];
  const total = (
    stmt(db, `SELECT count(*) AS n FROM opportunities o WHERE ${where.sql}`).get(...where.params) as {
      n: number;
    }
  ).n;
  return { rows: rowsInOrder(db, rowids), total };
}

/** Opportunities matching `where` in `order`, up to `limit` (exports, to-dos). */
export function opportunityRows(db: Db, where: Clause, order: string, limit: number): OpportunityRow[] {
  return opportunityPage(db, where, order, limit, 0).rows;
}

/** Per stage: how many match `where`, their amount, and their weighted amount (`weight` a CASE over `o`). */
export function stageTotals(
  db: Db,
  where: Clause,
  weight: Clause,
): { stage: Stage; count: number; amountFen: number; weightedFen: number }[] {
  return stmt(
    db,
    `SELECT o.stage, count(*) AS count, ifnull(sum(o.expected_amount_fen), 0) AS amountFen,
            ifnull(sum(round(ifnull(o.expected_amount_fen, 0) * ${weight.sql} / 100.0)), 0) AS weightedFen
     FROM opportunities o WHERE ${where.sql} GROUP BY o.stage`,
  ).all(...weight.params, ...where.params) as never;
}

/** The weighted forecast's months: open ones by expected close month, won ones by closing month. */
export function forecastRows(
  db: Db,
  where: Clause,
  weight: Clause,
  from: string,
  to: string,
): { month: string; open: number; amountFen: number; weightedFen: number; wonFen: number }[] {
  return stmt(
    db,
    `SELECT month, sum(open) AS open, sum(amount) AS amountFen, sum(weighted) AS weightedFen, sum(won) AS wonFen
     FROM (
       SELECT substr(o.expected_close_on, 1, 7) AS month, 1 AS open, ifnull(o.expected_amount_fen, 0) AS amount,
              round(ifnull(o.expected_amount_fen, 0) * ${weight.sql} / 100.0) AS weighted, 0 AS won
       FROM opportunities o
       WHERE ${where.sql} AND o.stage NOT IN ('won', 'lost') AND o.expected_close_on BETWEEN ? AND ?
       UNION ALL
       SELECT substr(o.closed_on, 1, 7), 0, 0, 0, ifnull(o.expected_amount_fen, 0)
       FROM opportunities o
       WHERE ${where.sql} AND o.stage = 'won' AND o.closed_on BETWEEN ? AND ?)
     GROUP BY month ORDER BY month`,
  ).all(...weight.params, ...where.params, from, to, ...where.params, from, to) as never;
}

/** Lost deals closed in the period, by reason. */
export function lostReasonRows(
  db: Db,
  where: Clause,
  from: string,
  to: string,
): { reason: string; count: number; amountFen: number }[] {
  return stmt(
    db,
    `SELECT o.lost_reason AS reason, count(*) AS count, ifnull(sum(o.expected_amount_fen), 0) AS amountFen
     FROM opportunities o WHERE ${where.sql} AND o.stage = 'lost' AND o.closed_on BETWEEN ? AND ?
     GROUP BY o.lost_reason ORDER BY count DESC, amountFen DESC, reason`,
  ).all(...where.params, from, to) as never;
}

/** Promotion activities (the market work's table, read only here): by code or title, the latest first. */
export function activityOptions(
  db: Db,
  search: string | null,
  id: string | null,
  limit: number,
): { id: string; code: string; title: string; heldOn: string }[] {
  return stmt(
    db,
    `SELECT id, code, title, held_on AS heldOn FROM promotion_activities
     WHERE deleted_at IS NULL
       AND (@id IS NOT NULL AND id = @id OR @id IS NULL AND (@search IS NULL
            OR instr(lower(code || ' ' || title), lower(@search)) > 0))
     ORDER BY held_on DESC, code DESC LIMIT @limit`,
  ).all({ search, id, limit }) as never;
}

export function liveActivity(db: Db, id: string): { id: string; code: string; title: string } | null {
  return (
    (stmt(db, `SELECT id, code, title FROM promotion_activities WHERE id = ? AND deleted_at IS NULL`).get(
      id,
    ) as { id: string; code: string; title: string } | undefined) ?? null
  );
}

/** Whether the person owns a live opportunity kept under none of `groups`. */
export function ownsOpportunitiesOutside(db: Db, staffId: string, groups: readonly string[]): boolean {
  return (
    stmt(
      db,
      `SELECT EXISTS (SELECT 1 FROM opportunities o WHERE o.owner_id = ? AND o.deleted_at IS NULL
         AND (o.group_id IS NULL OR o.group_id NOT IN (SELECT value FROM json_each(?))))`,
    )
      .pluck()
      .get(staffId, JSON.stringify(groups)) === 1
  );
}
