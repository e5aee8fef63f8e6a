import type { AppealStatus, FormItem, Grade } from '../../../../shared/appraisal/forms';
import type { Clause } from '../../../db/clause';
import type { Stamp } from '../../../core/mutation';
import { stmt, type Db } from '../../../db/connection';

/** What the form's steps write (everything but its id, cycle, person and stamps). */
export interface FormWrite {
  groupId: string | null;
  position: string | null;
  evaluatorId: string;
  templateId: string;
  items: FormItem[];
  plan: string | null;
  planAgreedAt: string | null;
  planAgreedBy: string | null;
  achievements: string | null;
  shortfalls: string | null;
  nextPlan: string | null;
  selfSubmittedAt: string | null;
  selfTotal: number | null;
  overallComment: string | null;
  evalSubmittedAt: string | null;
  evalTotal: number | null;
  quarterMean: number | null;
  adjustedTotal: number | null;
  adjustReason: string | null;
  adjustedBy: string | null;
  adjustedAt: string | null;
  finalScore: number | null;
  grade: Grade | null;
  acknowledgedAt: string | null;
  appealReason: string | null;
  appealFiledAt: string | null;
  appealStatus: AppealStatus | null;
  appealNote: string | null;
  appealScoreBefore: number | null;
  appealResolvedAt: string | null;
  appealResolvedBy: string | null;
  removedAt: string | null;
  removedBy: string | null;
  removedReason: string | null;
}

/** A form as stored, with the names its readers need (user ids resolved to the people's names). */
export interface FormRow extends FormWrite {
  id: string;
  cycleId: string;
  staffId: string;
  staffName: string;
  employeeNo: string;
  groupName: string | null;
  groupNameEn: string | null;
  evaluatorName: string;
  templateNameZh: string;
  templateNameEn: string | null;
  planAgreedByName: string | null;
  adjustedByName: string | null;
  appealResolvedByName: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

type StoredRow = Omit<FormRow, 'items'> & { items: string };

/** The name of the person behind a user id (stamps keep user ids). */
const userName = (col: string) =>
  `(SELECT s2.name FROM users u2 JOIN staff s2 ON s2.id = u2.staff_id WHERE u2.id = ${col})`;

/** The columns of a form row, `f` the form. */
export const FORM_SELECT = `
  SELECT f.id, f.cycle_id AS cycleId, f.staff_id AS staffId, s.name AS staffName, s.employee_no AS employeeNo,
         f.group_id AS groupId, g.name AS groupName, g.name_en AS groupNameEn, f.position,
         f.evaluator_id AS evaluatorId, e.name AS evaluatorName, f.template_id AS templateId,
         t.name_zh AS templateNameZh, t.name_en AS templateNameEn, f.items, f.plan,
         f.plan_agreed_at AS planAgreedAt, f.plan_agreed_by AS planAgreedBy,
         ${userName('f.plan_agreed_by')} AS planAgreedByName, f.achievements, f.shortfalls,
         f.next_plan AS nextPlan, f.self_submitted_at AS selfSubmittedAt, f.self_total AS selfTotal,
         f.overall_comment AS overallComment, f.eval_submitted_at AS evalSubmittedAt, f.eval_total AS evalTotal,
         f.quarter_mean AS quarterMean, f.adjusted_total AS adjustedTotal, f.adjust_reason AS adjustReason,
         f.adjusted_by AS adjustedBy, ${userName('f.adjusted_by')} AS adjustedByName, f.adjusted_at AS adjustedAt,
         f.final_score AS finalScore, f.grade, f.acknowledged_at AS acknowledgedAt,
         f.appeal_reason AS appealReason, f.appeal_filed_at AS appealFiledAt, f.appeal_status AS appealStatus,
         f.appeal_note AS appealNote, f.appeal_score_before AS appealScoreBefore,
         f.appeal_resolved_at AS appealResolvedAt, f.appeal_resolved_by AS appealResolvedBy,
         ${userName('f.appeal_resolved_by')} AS appealResolvedByName, f.removed_at AS removedAt,
         f.removed_by AS removedBy, f.removed_reason AS removedReason, f.created_at AS createdAt,
         f.updated_at AS updatedAt, f.version
  FROM appraisal_forms f
  JOIN staff s ON s.id = f.staff_id
  JOIN staff e ON e.id = f.evaluator_id
  JOIN appraisal_templates t ON t.id = f.template_id
  LEFT JOIN groups g ON g.id = f.group_id`;

const parsed = (r: StoredRow): FormRow => ({ ...r, items: JSON.parse(r.items) as FormItem[] });

export function getFormRow(db: Db, id: string): FormRow | null {
  const row = stmt(db, `${FORM_SELECT} WHERE f.id = ?`).get(id) as StoredRow | undefined;
  return row ? parsed(row) : null;
}

/**
 * The forms matching `where` (conditions on `appraisal_forms f`), in the reader's scope (`visible`, null for
 * all), by person's name; removed ones only when asked.
 */
export function listFormRows(
  db: Db,
  where: Clause,
  visible: Clause | null,
  includeRemoved = false,
): FormRow[] {
  const conditions = [where.sql];
  const params = [...where.params];
  if (visible) {
    conditions.push(visible.sql);
    params.push(...visible.params);
  }
  if (!includeRemoved) conditions.push('f.removed_at IS NULL');
  const rows = stmt(
    db,
    `${FORM_SELECT} WHERE ${conditions.join(' AND ')} ORDER BY g.sort_order IS NULL, g.sort_order, s.name, f.id`,
  ).all(...params) as StoredRow[];
  return rows.map(parsed);
}

const bound = (w: FormWrite) => ({ ...w, items: JSON.stringify(w.items) });

export function insertForm(
  db: Db,
  id: string,
  cycleId: string,
  staffId: string,
  w: FormWrite,
  s: Stamp,
): void {
  stmt(
    db,
    `INSERT INTO appraisal_forms (id, cycle_id, staff_id, group_id, position, evaluator_id, template_id, items,
       created_at, updated_at, created_by, updated_by)
     VALUES (@id, @cycleId, @staffId, @groupId, @position, @evaluatorId, @templateId, @items, @at, @at, @by, @by)`,
  ).run({
    id,
    cycleId,
    staffId,
    groupId: w.groupId,
    position: w.position,
    evaluatorId: w.evaluatorId,
    templateId: w.templateId,
    items: JSON.stringify(w.items),
    at: s.at,
    by: s.by,
  });
}

const WRITE_COLUMNS = `group_id = @groupId, position = @position, evaluator_id = @evaluatorId,
  template_id = @templateId, items = @items, plan = @plan, plan_agreed_at = @planAgreedAt,
  plan_agreed_by = @planAgreedBy, achievements = @achievements, shortfalls = @shortfalls, next_plan = @nextPlan,
  self_submitted_at = @selfSubmittedAt, self_total = @selfTotal, overall_comment = @overallComment,
  eval_submitted_at = @evalSubmittedAt, eval_total = @evalTotal, quarter_mean = @quarterMean,
  adjusted_total = @adjustedTotal, adjust_reason = @adjustReason, adjusted_by = @adjustedBy,
  adjusted_at = @adjustedAt, final_score = @finalScore, grade = @grade, acknowledged_at = @acknowledgedAt,
  appeal_reason = @appealReason, appeal_filed_at = @appealFiledAt, appeal_status = @appealStatus,
  appeal_note = @appealNote, appeal_score_before = @appealScoreBefore, appeal_resolved_at = @appealResolvedAt,
  appeal_resolved_by = @appealResolvedBy, removed_at = @removedAt, removed_by = @removedBy,
  removed_reason = @removedReason`;

/** Returns false when `version` is stale. */
export function updateForm(db: Db, id: string, version: number, w: FormWrite, s: Stamp): boolean {
  return (
    stmt(
      db,
      `UPDATE appraisal_forms SET ${WRITE_COLUMNS}, updated_at = @at, updated_by = @by, version = version + 1
       WHERE id = @id AND version = @version`,
    ).run({ id, version, ...bound(w), at: s.at, by: s.by }).changes === 1
  );
}

/** The write-side of a row, to change a few fields and write it back. */
export function writeOf(r: FormRow): FormWrite {
  const {
    id: _id,
    cycleId: _c,
    staffId: _s,
    staffName: _sn,
    employeeNo: _e,
    groupName: _g,
    groupNameEn: _ge,
    evaluatorName: _en,
    templateNameZh: _t,
    templateNameEn: _te,
    planAgreedByName: _p,
    adjustedByName: _a,
    appealResolvedByName: _r,
    createdAt: _ca,
    updatedAt: _ua,
    version: _v,
    ...write
  } = r;
  return write;
}
