import type { SalesPlanFilter, SalesPlanInput, SalesPlanValues } from '../../../shared/salesPlans/channels';
import { PERIOD_START_KEY, isPeriodStart, periodEnd } from '../../../shared/salesPlans/rules';
import type { SalesPlan, SalesPlanPage } from '../../../shared/salesPlans/types';
import { diffRecords } from '../../core/auditDiff';
import type { UserCtx } from '../../core/context';
import { newId } from '../../core/ids';
import { mutate } from '../../core/mutation';
import { conflict, fieldRefusal, notFound } from '../../core/refusals';
import type { Clause } from '../../db/clause';
import {
  mayEditTargets,
  mayEditText,
  mayPlanGroup,
  mayPlanPerson,
  maySeePlan,
  visibleClause,
} from './access';
import { planAuditView, withActuals } from './planView';
import {
  findPlanId,
  getPlanRow,
  insertPlan,
  planPage,
  updatePlanValues,
  type PlanRow,
} from './repository/plans';
import { planGroups, planPerson } from './repository/people';

/*
 * Sales plans (三(二)1): the manager (or the deputy in charge) sets a group's targets for a month, a quarter
 * or a year; the group's lead splits them among the group's people; everyone sees their own plan and how far
 * the period's signed contracts and new customers have brought it. Who sees and sets what is in access.ts.
 */

export type SalesPlanListInput = SalesPlanFilter & { page: number; pageSize: number };

function visibleRow(ctx: UserCtx, id: string): PlanRow {
  const row = getPlanRow(ctx.db, id);
  if (!row || !maySeePlan(ctx.user, row)) throw notFound('salesPlan');
  return row;
}

/** The scope and the filters, as a condition on `sales_plans p`. */
export function planListWhere(ctx: UserCtx, f: SalesPlanFilter): Clause {
  const parts = ['p.deleted_at IS NULL'];
  const params: unknown[] = [];
  const scope = visibleClause(ctx.user);
  if (scope) {
    parts.push(scope.sql);
    params.push(...scope.params);
  }
  const add = (sql: string, value: unknown) => {
    parts.push(sql);
    params.push(value);
  };
  if (f.periodKind) add('p.period_kind = ?', f.periodKind);
  if (f.periodFrom) add('p.period_from = ?', f.periodFrom);
  if (f.groupId) add('p.group_id = ?', f.groupId);
  if (f.staffId) add('p.staff_id = ?', f.staffId);
  return { sql: parts.join(' AND '), params };
}

export function listPlans(ctx: UserCtx, input: SalesPlanListInput): SalesPlanPage {
  const { page, pageSize, ...filter } = input;
  const found = planPage(ctx.db, planListWhere(ctx, filter), pageSize, (page - 1) * pageSize);
  return { items: withActuals(ctx, found.rows), total: found.total, page, pageSize };
}

export function getPlan(ctx: UserCtx, id: string): SalesPlan {
  return withActuals(ctx, [visibleRow(ctx, id)])[0]!;
}

/** Whose plan a new one is: a person (kept under their group now) or a group the reader may plan for. */
function partiesOf(ctx: UserCtx, input: SalesPlanInput): { staffId: string | null; groupId: string | null } {
  const v = ctx.user;
  if (input.staffId !== null) {
    const person = planPerson(ctx.db, input.staffId);
    if (!person) throw fieldRefusal('VALIDATION', 'staffId', 'validation.notFound');
    if (!mayPlanPerson(v, person.groupId))
      throw fieldRefusal('FORBIDDEN', 'staffId', 'validation.salesPlanNotOverseen');
    return { staffId: person.staffId, groupId: person.groupId };
  }
  if (input.groupId === null) throw fieldRefusal('VALIDATION', 'groupId', 'validation.required');
  if (!planGroups(ctx.db).some((g) => g.id === input.groupId))
    throw fieldRefusal('VALIDATION', 'groupId', 'validation.notFound');
  if (!mayPlanGroup(v, input.groupId))
    throw fieldRefusal(
      'FORBIDDEN',
      'groupId',
      v.role === 'group_lead' && v.groupId === input.groupId
        ? 'validation.salesPlanGroupTarget'
        : 'validation.salesPlanNotOverseen',
    );
  return { staffId: null, groupId: input.groupId };
}

const values = (v: SalesPlanValues) => ({
  revenueTargetFen: v.revenueTargetFen,
  profitTargetFen: v.profitTargetFen,
  newClientsTarget: v.newClientsTarget,
  strategy: v.strategy,
  actionPlan: v.actionPlan,
});

/** Sets a new plan; one per person (or group) and period — a second is refused, naming the period. */
export function createPlan(ctx: UserCtx, input: SalesPlanInput): SalesPlan {
  if (!isPeriodStart(input.periodKind, input.periodFrom))
    throw fieldRefusal('VALIDATION', 'periodFrom', PERIOD_START_KEY[input.periodKind]);
  const parties = partiesOf(ctx, input);
  return mutate(ctx, (m) => {
    if (findPlanId(m.db, { ...parties, periodKind: input.periodKind, periodFrom: input.periodFrom }))
      throw fieldRefusal('DUPLICATE', 'periodFrom', 'validation.salesPlanDuplicate');
    const id = newId();
    insertPlan(
      m.db,
      id,
      {
        ...parties,
        periodKind: input.periodKind,
        periodFrom: input.periodFrom,
        periodTo: periodEnd(input.periodKind, input.periodFrom),
        ...values(input),
      },
      m.stamp,
    );
    const created = getPlanRow(m.db, id)!;
    m.audit({
      entity: 'salesPlan',
      entityId: id,
      action: 'create',
      changes: diffRecords(null, planAuditView(created)),
    });
    return withActuals(m, [created])[0]!;
  });
}

const TARGETS = ['revenueTargetFen', 'profitTargetFen', 'newClientsTarget'] as const;
const TEXTS = ['strategy', 'actionPlan'] as const;

/**
 * Changes a plan's targets, strategy and action plan. A lead may change their group plan's texts but not its
 * targets: a target changed by them is refused on that field, nothing saved.
 */
export function updatePlan(ctx: UserCtx, id: string, version: number, input: SalesPlanValues): SalesPlan {
  return mutate(ctx, (m) => {
    const row = visibleRow(m, id);
    if (row.version !== version) throw conflict('salesPlan');
    const next = values(input);
    const targetChanged = TARGETS.find((k) => next[k] !== row[k]);
    if (targetChanged && !mayEditTargets(m.user, row))
      throw fieldRefusal(
        'FORBIDDEN',
        targetChanged,
        row.staffId === null && m.user.role === 'group_lead'
          ? 'validation.salesPlanGroupTarget'
          : 'validation.salesPlanNotOverseen',
      );
    const textChanged = TEXTS.find((k) => next[k] !== row[k]);
    if (textChanged && !mayEditText(m.user, row))
      throw fieldRefusal('FORBIDDEN', textChanged, 'validation.salesPlanNotOverseen');
    if (!targetChanged && !textChanged) return withActuals(m, [row])[0]!;
    m.versioned('salesPlan', updatePlanValues(m.db, id, version, next, m.stamp));
    const after = getPlanRow(m.db, id)!;
    m.audit({
      entity: 'salesPlan',
      entityId: id,
      action: 'update',
      changes: diffRecords(planAuditView(row), planAuditView(after)),
    });
    return withActuals(m, [after])[0]!;
  });
}
