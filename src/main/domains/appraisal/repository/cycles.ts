import type { CycleKind, CyclePhase } from '../../../../shared/appraisal/cycles';
import type { Clause } from '../../../db/clause';
import type { Stamp } from '../../../core/mutation';
import { stmt, type Db } from '../../../db/connection';

/** What a cycle's opening and workflow write (everything but its id, code and stamps). */
export interface CycleWrite {
  nameZh: string;
  nameEn: string | null;
  kind: CycleKind;
  periodFrom: string;
  periodTo: string;
  phase: CyclePhase;
  goalSettingDue: string;
  selfAssessmentDue: string;
  supervisorReviewDue: string;
  managerReviewDue: string;
  quarterWeight: number | null;
  appealUntil: string | null;
  publishedAt: string | null;
  closedAt: string | null;
}

export interface CycleRow extends CycleWrite {
  id: string;
  code: string;
  /** The forms (not removed) in the cycle that the reader may see — all of them from getCycleRow. */
  formCount: number;
  createdAt: string;
  updatedAt: string;
  version: number;
}

const COLUMNS = `c.id, c.code, c.name_zh AS nameZh, c.name_en AS nameEn, c.kind, c.period_from AS periodFrom,
  c.period_to AS periodTo, c.phase, c.goal_setting_due AS goalSettingDue,
  c.self_assessment_due AS selfAssessmentDue, c.supervisor_review_due AS supervisorReviewDue,
  c.manager_review_due AS managerReviewDue, c.quarter_weight AS quarterWeight, c.appeal_until AS appealUntil,
  c.published_at AS publishedAt, c.closed_at AS closedAt, c.created_at AS createdAt,
  c.updated_at AS updatedAt, c.version`;

const WRITE_COLUMNS = `name_zh = @nameZh, name_en = @nameEn, kind = @kind, period_from = @periodFrom,
  period_to = @periodTo, phase = @phase, goal_setting_due = @goalSettingDue,
  self_assessment_due = @selfAssessmentDue, supervisor_review_due = @supervisorReviewDue,
  manager_review_due = @managerReviewDue, quarter_weight = @quarterWeight, appeal_until = @appealUntil,
  published_at = @publishedAt, closed_at = @closedAt`;

export function getCycleRow(db: Db, id: string): CycleRow | null {
  return (
    (stmt(
      db,
      `SELECT ${COLUMNS}, (SELECT count(*) FROM appraisal_forms f WHERE f.cycle_id = c.id
         AND f.removed_at IS NULL) AS formCount
       FROM appraisal_cycles c WHERE c.id = ?`,
    ).get(id) as CycleRow | undefined) ?? null
  );
}

export interface CycleListWhere {
  kinds: readonly CycleKind[];
  phases: readonly CyclePhase[];
  year: number | null;
}

const marks = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/**
 * The cycles with at least one form the reader may see (`visible`: a condition on `appraisal_forms f`; null
 * for every cycle, the empty ones included), newest period first, each with the count of those forms.
 */
export function listCycleRows(db: Db, where: CycleListWhere, visible: Clause | null): CycleRow[] {
  const conditions: string[] = [];
  const params: unknown[] = [];
  if (where.kinds.length) {
    conditions.push(`c.kind IN (${marks(where.kinds.length)})`);
    params.push(...where.kinds);
  }
  if (where.phases.length) {
    conditions.push(`c.phase IN (${marks(where.phases.length)})`);
    params.push(...where.phases);
  }
  if (where.year !== null) {
    conditions.push('c.period_from <= ? AND c.period_to >= ?');
    params.push(`${where.year}-12-31`, `${where.year}-01-01`);
  }
  const formScope = visible ? ` AND ${visible.sql}` : '';
  const count = `(SELECT count(*) FROM appraisal_forms f WHERE f.cycle_id = c.id AND f.removed_at IS NULL${formScope})`;
  if (visible) conditions.push(`${count} > 0`);
  const sql = `SELECT ${COLUMNS}, ${count} AS formCount FROM appraisal_cycles c
    ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}
    ORDER BY c.period_from DESC, c.code DESC`;
  const countParams = visible ? visible.params : [];
  // The count appears in the select list and (for a scoped reader) in the WHERE: its parameters come first.
  return stmt(db, sql).all(...countParams, ...params, ...(visible ? countParams : [])) as CycleRow[];
}

export function insertCycle(db: Db, id: string, code: string, w: CycleWrite, s: Stamp): void {
  stmt(
    db,
    `INSERT INTO appraisal_cycles (id, code, name_zh, name_en, kind, period_from, period_to, phase,
       goal_setting_due, self_assessment_due, supervisor_review_due, manager_review_due, quarter_weight,
       appeal_until, published_at, closed_at, created_at, updated_at, created_by, updated_by)
     VALUES (@id, @code, @nameZh, @nameEn, @kind, @periodFrom, @periodTo, @phase, @goalSettingDue,
       @selfAssessmentDue, @supervisorReviewDue, @managerReviewDue, @quarterWeight, @appealUntil, @publishedAt,
       @closedAt, @at, @at, @by, @by)`,
  ).run({ id, code, ...w, at: s.at, by: s.by });
}

/** Returns false when `version` is stale. */
export function updateCycle(db: Db, id: string, version: number, w: CycleWrite, s: Stamp): boolean {
  return (
    stmt(
      db,
      `UPDATE appraisal_cycles SET ${WRITE_COLUMNS}, updated_at = @at, updated_by = @by, version = version + 1
       WHERE id = @id AND version = @version`,
    ).run({ id, version, ...w, at: s.at, by: s.by }).changes === 1
  );
}

/** The cycle code, JX-<yyyy>-<nnn> (绩效), numbered per year of the period's start on a counter of its own; inside
 * the inserting transaction. */
export function nextCycleCode(db: Db, periodFrom: string): string {
  const year = periodFrom.slice(0, 4);
  const { last } = stmt(
    db,
    `INSERT INTO code_counters (prefix, period, last) VALUES ('JX', ?, 1)
     ON CONFLICT (prefix, period) DO UPDATE SET last = last + 1 RETURNING last`,
  ).get(year) as { last: number };
  return `JX-${year}-${String(last).padStart(3, '0')}`;
}
