import { stmt, type Db } from '../../../db/connection';

/*
 * What the results read beyond one cycle's forms: a person's quarterly results for an annual cycle, and the
 * person a history is about.
 */

/**
 * Per person, the mean final score of their results in the quarterly cycles published (or closed) whose whole
 * period lies inside `from`–`to`; a person without any is not in the map.
 */
export function quarterMeans(
  db: Db,
  q: { from: string; to: string; staffIds: readonly string[] },
): Map<string, number> {
  const rows = stmt(
    db,
    `SELECT f.staff_id AS staffId, avg(f.final_score) AS mean
     FROM appraisal_forms f JOIN appraisal_cycles c ON c.id = f.cycle_id
     WHERE c.kind = 'quarterly' AND c.phase IN ('published', 'closed')
       AND c.period_from >= @from AND c.period_to <= @to
       AND f.removed_at IS NULL AND f.final_score IS NOT NULL
       AND f.staff_id IN (SELECT value FROM json_each(@ids))
     GROUP BY f.staff_id`,
  ).all({ from: q.from, to: q.to, ids: JSON.stringify(q.staffIds) }) as { staffId: string; mean: number }[];
  return new Map(rows.map((r) => [r.staffId, Math.round(r.mean * 100) / 100]));
}

export interface PersonRow {
  staffId: string;
  staffName: string;
  employeeNo: string;
  groupId: string | null;
  groupName: string | null;
  groupNameEn: string | null;
}

export function personRow(db: Db, staffId: string): PersonRow | null {
  return (
    (stmt(
      db,
      `SELECT s.id AS staffId, s.name AS staffName, s.employee_no AS employeeNo, s.group_id AS groupId,
              g.name AS groupName, g.name_en AS groupNameEn
       FROM staff s LEFT JOIN groups g ON g.id = s.group_id WHERE s.id = ?`,
    ).get(staffId) as PersonRow | undefined) ?? null
  );
}

/** The condition on `appraisal_forms f` for a person's forms in published or closed cycles. */
export const publishedFormsOf = (staffId: string) => ({
  sql: `f.staff_id = ? AND f.cycle_id IN (SELECT id FROM appraisal_cycles WHERE phase IN ('published', 'closed'))`,
  params: [staffId],
});
