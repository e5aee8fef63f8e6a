import type { SourceRecords } from '../../../shared/appraisal/channels';
import type { AppraisalCycle } from '../../../shared/appraisal/cycles';
import type { AppraisalForm, FormScope, FormSummary } from '../../../shared/appraisal/forms';
import { chinaDateOf } from '../../../shared/calendar/workingTime';
import { fieldRefusal, notFound } from '../../core/refusals';
import type { Ctx, UserCtx } from '../../core/context';
import type { Clause } from '../../db/clause';
import { newCustomerRecords, revenueRecords } from '../clients/appraisalSources';
import { profitRecords } from '../contracts/appraisalSources';
import { satisfactionRecords } from '../service/satisfaction';
import { overseenGroups, relationTo, visibleFormsClause, type FormRelation } from './access';
import { liveActuals } from './computedActuals';
import { cycleRow, toCycle } from './cycleView';
import { toForm, toSummary } from './formView';
import { getFormRow, listFormRows, type FormRow } from './repository/forms';

/*
 * Reading the per-person forms (六(三)): the lists of my appraisals, the forms I evaluate and my team's, one
 * form with its computed actuals as the records give them, and the records behind a computed actual. Only
 * the form's readers (access.ts) ever get one; to anyone else it does not exist.
 */

/** A form the reader may see, with how they stand to it and its cycle; NOT_FOUND for anyone else. */
export interface ReadableForm {
  row: FormRow;
  relation: FormRelation;
  cycle: AppraisalCycle;
}

export function readableForm(ctx: UserCtx, id: string): ReadableForm {
  const row = getFormRow(ctx.db, id);
  const relation = row ? relationTo(ctx.user, row) : null;
  if (!row || !relation) throw notFound('appraisalForm');
  return { row, relation, cycle: toCycle(cycleRow(ctx, row.cycleId)) };
}

const today = (ctx: Ctx): string => chinaDateOf(ctx.clock.now().getTime());

/** The form as the reader may see it now, computed actuals live until publication. */
export function formFor(ctx: UserCtx, { row, relation, cycle }: ReadableForm): AppraisalForm {
  const [live] = liveActuals(ctx, cycle, [row]);
  return toForm(live!, relation, { viewer: ctx.user, cycle, today: today(ctx) }, cycle);
}

export function getForm(ctx: UserCtx, id: string): AppraisalForm {
  return formFor(ctx, readableForm(ctx, id));
}

const NOTHING: Clause = { sql: '0', params: [] };
const marks = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/** Which forms a scope lists: my own, those I evaluate, those of the people I oversee (not my own). */
function scopeClause(ctx: UserCtx, scope: FormScope): Clause {
  const me = ctx.user.staffId;
  if (scope === 'mine') return { sql: 'f.staff_id = ?', params: [me] };
  if (scope === 'toEvaluate') return { sql: 'f.evaluator_id = ?', params: [me] };
  if (ctx.user.role === 'manager') return { sql: 'f.staff_id <> ?', params: [me] };
  const groups = overseenGroups(ctx.user);
  if (!groups.length) return NOTHING;
  return { sql: `f.staff_id <> ? AND f.group_id IN (${marks(groups.length)})`, params: [me, ...groups] };
}

/** The forms of a scope the reader may see, newest period first, then by group and name. */
export function listForms(ctx: UserCtx, q: { scope: FormScope; cycleId: string | null }): FormSummary[] {
  const where = scopeClause(ctx, q.scope);
  if (q.cycleId) {
    where.sql = `${where.sql} AND f.cycle_id = ?`;
    where.params = [...where.params, q.cycleId];
  }
  const rows = listFormRows(ctx.db, where, visibleFormsClause(ctx.user));
  const cycles = new Map<string, AppraisalCycle>();
  const cycleOf = (id: string) => {
    let c = cycles.get(id);
    if (!c) cycles.set(id, (c = toCycle(cycleRow(ctx, id))));
    return c;
  };
  return rows
    .map((r) => toSummary(r, relationTo(ctx.user, r)!, cycleOf(r.cycleId)))
    .map((s, i) => ({ s, i }))
    .sort((a, b) => b.s.periodFrom.localeCompare(a.s.periodFrom) || a.i - b.i)
    .map(({ s }) => s);
}

/**
 * The records a computed indicator's actual counts, for the form's period — the same query whether the
 * cycle is open or published (a published form keeps the actual as it was; the records are today's).
 */
export function sourceRecords(ctx: UserCtx, formId: string, indicatorId: string): SourceRecords {
  const { row, cycle } = readableForm(ctx, formId);
  const item = row.items.find((i) => i.indicatorId === indicatorId);
  if (!item) throw fieldRefusal('VALIDATION', 'indicatorId', 'validation.appraisalNotOnForm');
  const period = { from: cycle.periodFrom, to: cycle.periodTo };
  const head = { periodFrom: cycle.periodFrom, periodTo: cycle.periodTo };
  switch (item.source) {
    case 'revenue':
      return {
        source: 'revenue',
        ...head,
        records: revenueRecords(ctx, { ...period, ownerId: row.staffId }),
      };
    case 'newClients':
      return {
        source: 'newClients',
        ...head,
        records: newCustomerRecords(ctx, { ...period, ownerId: row.staffId }),
      };
    case 'satisfaction':
      return {
        source: 'satisfaction',
        ...head,
        records: satisfactionRecords(ctx, { ...period, clientOwnerId: row.staffId }),
      };
    case 'profit':
      return {
        source: 'profit',
        ...head,
        records: profitRecords(ctx, { ...period, ownerId: row.staffId }),
      };
    default:
      throw fieldRefusal('VALIDATION', 'indicatorId', 'validation.appraisalNotComputed');
  }
}
