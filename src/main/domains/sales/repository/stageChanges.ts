import type { Stage } from '../../../../shared/sales/stages';
import type { StageChange } from '../../../../shared/sales/types';
import type { Clause } from '../../../db/clause';
import type { Stamp } from '../../../core/mutation';
import { stmt, type Db } from '../../../db/connection';

export function insertStageChange(
  db: Db,
  c: { id: string; opportunityId: string; from: Stage | null; to: Stage },
  s: Stamp,
): void {
  stmt(
    db,
    `INSERT INTO opportunity_stage_changes (id, opportunity_id, from_stage, to_stage, changed_at, changed_by)
     VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(c.id, c.opportunityId, c.from, c.to, s.at, s.by);
}

export function stageChangesOf(db: Db, opportunityId: string): StageChange[] {
  return stmt(
    db,
    `SELECT c.id, c.from_stage AS fromStage, c.to_stage AS toStage, c.changed_at AS changedAt,
            st.name AS changedByName
     FROM opportunity_stage_changes c
     LEFT JOIN users u ON u.id = c.changed_by
     LEFT JOIN staff st ON st.id = u.staff_id
     WHERE c.opportunity_id = ? ORDER BY c.changed_at, c.rowid`,
  ).all(opportunityId) as StageChange[];
}

/** The stage the opportunity was lost from: the one before its last move to lost. */
export function stageBeforeLost(db: Db, opportunityId: string): Stage | null {
  return (
    (stmt(
      db,
      `SELECT from_stage FROM opportunity_stage_changes WHERE opportunity_id = ? AND to_stage = 'lost'
       ORDER BY changed_at DESC, rowid DESC LIMIT 1`,
    )
      .pluck()
      .get(opportunityId) as Stage | null | undefined) ?? null
  );
}

/**
 * The cohort of a funnel: opportunities whose first stage change (their creation) falls in [fromIso, toIso),
 * visible by `where` over `o`. For each, the furthest stage it reached (lost not counted) and whether it is lost.
 */
export function cohortReach(
  db: Db,
  where: Clause,
  fromIso: string,
  toIso: string,
): { furthest: string; lost: number }[] {
  return stmt(
    db,
    `WITH cohort AS (
       SELECT c.opportunity_id AS id FROM opportunity_stage_changes c
       JOIN opportunities o ON o.id = c.opportunity_id
       WHERE c.from_stage IS NULL AND c.changed_at >= ? AND c.changed_at < ? AND ${where.sql})
     SELECT (SELECT x.to_stage FROM opportunity_stage_changes x
             WHERE x.opportunity_id = cohort.id AND x.to_stage <> 'lost'
             ORDER BY instr('lead,screened,keyTarget,needsConfirmed,proposal,visit,negotiation,won', x.to_stage) DESC
             LIMIT 1) AS furthest,
            EXISTS (SELECT 1 FROM opportunities o WHERE o.id = cohort.id AND o.stage = 'lost') AS lost
     FROM cohort`,
  ).all(fromIso, toIso, ...where.params) as never;
}

/**
 * The ended stays of the cohort's opportunities in each stage: how many and their average length in days
 * (from entering the stage to the next change).
 */
export function stageStays(
  db: Db,
  where: Clause,
  fromIso: string,
  toIso: string,
): { stage: Stage; stays: number; averageDays: number }[] {
  return stmt(
    db,
    `WITH cohort AS (
       SELECT c.opportunity_id AS id FROM opportunity_stage_changes c
       JOIN opportunities o ON o.id = c.opportunity_id
       WHERE c.from_stage IS NULL AND c.changed_at >= ? AND c.changed_at < ? AND ${where.sql}),
     stays AS (
       SELECT x.to_stage AS stage, x.changed_at AS entered,
              lead(x.changed_at) OVER (PARTITION BY x.opportunity_id ORDER BY x.changed_at, x.rowid) AS left_at
       FROM opportunity_stage_changes x WHERE x.opportunity_id IN (SELECT id FROM cohort))
     SELECT stage, count(*) AS stays, avg(julianday(left_at) - julianday(entered)) AS averageDays
     FROM stays WHERE left_at IS NOT NULL GROUP BY stage`,
  ).all(fromIso, toIso, ...where.params) as never;
}
