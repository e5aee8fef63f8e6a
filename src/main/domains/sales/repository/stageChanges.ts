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
 * The cohort of a funnel — opportunities created in [fromIso, toIso), visible by `where` over `o` — counted by
 * the furthest stage each reached (its place in the funnel, kept on the row by migration 0023's trigger on the
 * stage changes; lost is no place), with how many of them are lost now. Read from opportunities_created alone.
 */
export function cohortReach(
  db: Db,
  where: Clause,
  fromIso: string,
  toIso: string,
): { furthest: number; count: number; lost: number }[] {
  return stmt(
    db,
    `SELECT o.furthest_place AS furthest, count(*) AS count, sum(o.stage = 'lost') AS lost
     FROM opportunities o INDEXED BY opportunities_created
     WHERE o.created_at >= ? AND o.created_at < ? AND ${where.sql} GROUP BY o.furthest_place`,
  ).all(fromIso, toIso, ...where.params) as never;
}

/**
 * The ended stays of the cohort's opportunities (created in [fromIso, toIso), visible by `where`) in each
 * stage: how many and their average length in days. Read from the changes' own index: each change carries its
 * opportunity's creation, owner, group and deletion (kept in step by migration 0023's triggers), under the
 * alias `o` the visibility conditions are written for.
 */
export function stageStays(
  db: Db,
  where: Clause,
  fromIso: string,
  toIso: string,
): { stage: Stage; stays: number; averageDays: number | null }[] {
  return stmt(
    db,
    `SELECT o.to_stage AS stage, count(o.stay_days) AS stays, avg(o.stay_days) AS averageDays
     FROM opportunity_stage_changes o INDEXED BY opportunity_stage_changes_cohort
     WHERE o.cohort_at >= ? AND o.cohort_at < ? AND ${where.sql} GROUP BY o.to_stage`,
  ).all(fromIso, toIso, ...where.params) as never;
}
