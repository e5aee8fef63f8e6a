import { stmt, type Db } from '../../../db/connection';

/*
 * Appraisal results an incentive may follow from, read from the appraisal tables (read-only: the appraisal
 * domain writes them). A result is a person's form in a cycle that has been published (or closed since).
 */

/** A person's form with what decides who reads it and whether its result is out. */
export interface ResultRow {
  formId: string;
  staffId: string;
  evaluatorId: string;
  groupId: string | null;
  cycleId: string;
  cycleCode: string;
  cycleNameZh: string;
  cycleNameEn: string | null;
  periodFrom: string;
  periodTo: string;
  phase: string;
  finalScore: number | null;
  grade: string | null;
}

const SELECT = `
  SELECT f.id AS formId, f.staff_id AS staffId, f.evaluator_id AS evaluatorId, f.group_id AS groupId,
         c.id AS cycleId, c.code AS cycleCode, c.name_zh AS cycleNameZh, c.name_en AS cycleNameEn,
         c.period_from AS periodFrom, c.period_to AS periodTo, c.phase, f.final_score AS finalScore, f.grade
  FROM appraisal_forms f
  JOIN appraisal_cycles c ON c.id = f.cycle_id`;

/** The form, unless it was taken out of its cycle. */
export function resultRow(db: Db, formId: string): ResultRow | null {
  return (
    (stmt(db, `${SELECT} WHERE f.id = ? AND f.removed_at IS NULL`).get(formId) as ResultRow | undefined) ??
    null
  );
}

/** The person's results of published and closed cycles, newest period first. */
export function publishedResultsOf(db: Db, staffId: string): ResultRow[] {
  return stmt(
    db,
    `${SELECT} WHERE f.staff_id = ? AND f.removed_at IS NULL AND c.phase IN ('published', 'closed')
     ORDER BY c.period_from DESC, c.code DESC`,
  ).all(staffId) as ResultRow[];
}
