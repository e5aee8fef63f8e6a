import type { Clause } from '../../../db/clause';
import { stmt, type Db } from '../../../db/connection';
import type { PeriodKind } from '../../../../shared/salesPlans/rules';
import type { Stamp } from '../../../core/mutation';

/** A plan as stored, with the names of its person and group. */
export interface PlanRow {
  id: string;
  periodKind: PeriodKind;
  periodFrom: string;
  periodTo: string;
  staffId: string | null;
  staffName: string | null;
  employeeNo: string | null;
  groupId: string | null;
  groupName: string | null;
  groupNameEn: string | null;
  revenueTargetFen: number;
  profitTargetFen: number;
  newClientsTarget: number;
  strategy: string | null;
  actionPlan: string | null;
  updatedAt: string;
  version: number;
}

const SELECT = `
  SELECT p.id, p.period_kind AS periodKind, p.period_from AS periodFrom, p.period_to AS periodTo,
         p.staff_id AS staffId, s.name AS staffName, s.employee_no AS employeeNo,
         p.group_id AS groupId, g.name AS groupName, g.name_en AS groupNameEn,
         p.revenue_target_fen AS revenueTargetFen, p.profit_target_fen AS profitTargetFen,
         p.new_clients_target AS newClientsTarget, p.strategy, p.action_plan AS actionPlan,
         p.updated_at AS updatedAt, p.version
  FROM sales_plans p
  LEFT JOIN staff s ON s.id = p.staff_id
  LEFT JOIN groups g ON g.id = p.group_id`;

export function getPlanRow(db: Db, id: string): PlanRow | null {
  return (
    (stmt(db, `${SELECT} WHERE p.id = ? AND p.deleted_at IS NULL`).get(id) as PlanRow | undefined) ?? null
  );
}

/** The live plan of this person (or, staffId null, this group) for the period, if any: one each. */
export function findPlanId(
  db: Db,
  q: { staffId: string | null; groupId: string | null; periodKind: PeriodKind; periodFrom: string },
): string | null {
  const sql =
    q.staffId !== null
      ? `SELECT id FROM sales_plans WHERE staff_id = @staffId AND period_kind = @periodKind
           AND period_from = @periodFrom AND deleted_at IS NULL`
      : `SELECT id FROM sales_plans WHERE staff_id IS NULL AND group_id = @groupId AND period_kind = @periodKind
           AND period_from = @periodFrom AND deleted_at IS NULL`;
  const params =
    q.staffId !== null
      ? { staffId: q.staffId, periodKind: q.periodKind, periodFrom: q.periodFrom }
      : { groupId: q.groupId, periodKind: q.periodKind, periodFrom: q.periodFrom };
  return (stmt(db, sql).pluck().get(params) as string | undefined) ?? null;
}

/** A group's own plan and its people's plans (kept under the group) for one period. */
export function plansOfGroupPeriod(
  db: Db,
  groupId: string,
  periodKind: PeriodKind,
  periodFrom: string,
): PlanRow[] {
  return stmt(
    db,
    `${SELECT} WHERE p.group_id = @groupId AND p.period_kind = @periodKind AND p.period_from = @periodFrom
       AND p.deleted_at IS NULL ORDER BY s.name, p.id`,
  ).all({ groupId, periodKind, periodFrom }) as PlanRow[];
}

/** A person's own plan for one period (whatever group it is kept under). */
export function personPlan(
  db: Db,
  staffId: string,
  periodKind: PeriodKind,
  periodFrom: string,
): PlanRow | null {
  return (
    (stmt(
      db,
      `${SELECT} WHERE p.staff_id = @staffId AND p.period_kind = @periodKind AND p.period_from = @periodFrom
         AND p.deleted_at IS NULL`,
    ).get({ staffId, periodKind, periodFrom }) as PlanRow | undefined) ?? null
  );
}

export interface PlanValuesRow {
  revenueTargetFen: number;
  profitTargetFen: number;
  newClientsTarget: number;
  strategy: string | null;
  actionPlan: string | null;
}

export function insertPlan(
  db: Db,
  id: string,
  p: PlanValuesRow & {
    periodKind: PeriodKind;
    periodFrom: string;
    periodTo: string;
    staffId: string | null;
    groupId: string | null;
  },
  stamp: Stamp,
): void {
  stmt(
    db,
    `INSERT INTO sales_plans (id, period_kind, period_from, period_to, staff_id, group_id, revenue_target_fen,
       profit_target_fen, new_clients_target, strategy, action_plan, created_at, updated_at, created_by, updated_by)
     VALUES (@id, @periodKind, @periodFrom, @periodTo, @staffId, @groupId, @revenueTargetFen, @profitTargetFen,
       @newClientsTarget, @strategy, @actionPlan, @at, @at, @by, @by)`,
  ).run({ id, ...p, at: stamp.at, by: stamp.by });
}

/** Writes the plan's values over the version read; false when that version is gone. */
export function updatePlanValues(
  db: Db,
  id: string,
  version: number,
  v: PlanValuesRow,
  stamp: Stamp,
): boolean {
  return (
    stmt(
      db,
      `UPDATE sales_plans SET revenue_target_fen = @revenueTargetFen, profit_target_fen = @profitTargetFen,
         new_clients_target = @newClientsTarget, strategy = @strategy, action_plan = @actionPlan,
         updated_at = @at, updated_by = @by, version = version + 1
       WHERE id = @id AND version = @version AND deleted_at IS NULL`,
    ).run({ id, version, ...v, at: stamp.at, by: stamp.by }).changes === 1
  );
}

/**
 * The plans a list shows (`where` is the scope and filters on `sales_plans p`): newest period first, each
 * group's plan before its people's.
 */
export function planPage(
  db: Db,
  where: Clause,
  limit: number,
  offset: number,
): { rows: PlanRow[]; total: number } {
  const total = stmt(db, `SELECT count(*) FROM sales_plans p WHERE ${where.sql}`)
    .pluck()
    .get(...where.params) as number;
  const rows = stmt(
    db,
    `${SELECT} WHERE ${where.sql}
     ORDER BY p.period_from DESC, p.period_kind, g.sort_order IS NULL, g.sort_order, p.staff_id IS NOT NULL,
              s.name, p.id
     LIMIT ? OFFSET ?`,
  ).all(...where.params, limit, offset) as PlanRow[];
  return { rows, total };
}
