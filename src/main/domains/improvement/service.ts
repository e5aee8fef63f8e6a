import { AppError } from '../../../shared/contract/errors';
import type { ImprovementFilter, ImprovementInput } from '../../../shared/improvement/channels';
import {
  addDays,
  chinaDateOf,
  chinaDayStartIso,
  isOverdue,
  mayProgress,
} from '../../../shared/improvement/rules';
import {
  IMPROVEMENT_MOVES,
  type EffectCheck,
  type ImprovementMeasure,
  type ImprovementPage,
  type ImprovementStatus,
} from '../../../shared/improvement/types';
import { diffRecords } from '../../core/auditDiff';
import type { Ctx, UserCtx } from '../../core/context';
import { newId } from '../../core/ids';
import { mutate, type Mutation } from '../../core/mutation';
import { conflict, fieldRefusal, notFound } from '../../core/refusals';
import { findStaff } from '../org/staff';
import { getSettings } from '../settings/service';
import { nextMeasureCode } from './codes';
import { effectsOf } from './effect';
import * as measures from './repository/measures';
import type { MeasureRow, MeasureWrite } from './repository/measures';
import { citedComplaint } from './sourceTicket';

/*
 * Improvement measures (改进措施): one domain for every source — complaint statistics and single complaints
 * now, surveys, audits and the manager's review later (DESIGN.md "Across modules").
 *
 * Everyone in the department reads every measure: a measure is the department's answer to a cause of
 * complaints (rulebook 三(三)5 "防止类似问题再次发生"), meant to be known across groups, and it holds no
 * client's details — only a category, an owner and a date; the complaint it cites is shown by its code
 * alone, and opening that ticket is subject to the ticket's own visibility. Leads and up open and edit
 * measures; the owner reports progress on their own.
 */

const today = (ctx: Ctx): string => chinaDateOf(ctx.clock.now());

function toMeasure(row: MeasureRow, effect: EffectCheck | null, day: string): ImprovementMeasure {
  return { ...row, effect, overdue: isOverdue(row, day) };
}

/** Rows as the contract's records, their effect checked in one pass for the whole batch. */
function toMeasures(ctx: Ctx, rows: readonly MeasureRow[]): ImprovementMeasure[] {
  const effects = effectsOf(ctx, rows);
  const day = today(ctx);
  return rows.map((r, i) => toMeasure(r, effects[i]!, day));
}

/** A measure as the audit trail shows it: its complaint by code, no joined names, no bookkeeping. */
function auditView(r: MeasureRow) {
  return {
    code: r.code,
    title: r.title,
    description: r.description,
    source: r.source,
    sourceTicket: r.sourceTicketCode,
    causeCategory: r.causeCategory,
    ownerId: r.ownerId,
    groupId: r.groupId,
    dueDate: r.dueDate,
    status: r.status,
    effectiveFrom: r.effectiveFrom,
    resultNote: r.resultNote,
    completedAt: r.completedAt,
  };
}

function liveMeasure(ctx: Ctx, id: string): MeasureRow {
  const row = measures.getMeasure(ctx.db, id);
  if (!row) throw notFound('improvement');
  return row;
}

function measureForWrite(ctx: Ctx, id: string, version: number): MeasureRow {
  const row = liveMeasure(ctx, id);
  if (row.version !== version) throw conflict('improvement');
  return row;
}

/**
 * The stored form of a create or update, every rule checked. A value the write does not change is kept
 * as it is (a category since retired from the list, a complaint since handed to another group): the rules
 * are for what the person chooses now.
 */
function measureWrite(ctx: UserCtx, input: ImprovementInput, current: MeasureRow | null): MeasureWrite {
  if (!current || input.causeCategory !== current.causeCategory) {
    const listed = getSettings(ctx).settings.serviceCategories.some(
      (c) => c.key === input.causeCategory && c.active,
    );
    if (!listed) throw fieldRefusal('VALIDATION', 'causeCategory', 'validation.unknownCategory');
  }

  // An owner must be at work to carry a measure out: someone who left or is on leave is refused.
  const owner = findStaff(ctx, input.ownerId);
  if (!owner) throw fieldRefusal('VALIDATION', 'ownerId', 'validation.notFound');
  if (owner.status === 'left') throw fieldRefusal('VALIDATION', 'ownerId', 'validation.staffLeft');
  if (owner.status === 'on_leave') throw fieldRefusal('VALIDATION', 'ownerId', 'validation.staffOnLeave');

  let sourceTicketId: string | null = null;
  if (input.source === 'complaint') {
    if (input.sourceTicketId === null)
      throw fieldRefusal('VALIDATION', 'sourceTicketId', 'validation.required');
    if (!current || input.sourceTicketId !== current.sourceTicketId)
      citedComplaint(ctx, input.sourceTicketId);
    sourceTicketId = input.sourceTicketId;
  } else if (input.sourceTicketId !== null) {
    // Only a measure that came from a complaint cites one.
    throw fieldRefusal('VALIDATION', 'sourceTicketId', 'validation.invalidChoice');
  }

  return {
    title: input.title,
    description: input.description,
    source: input.source,
    sourceTicketId,
    causeCategory: input.causeCategory,
    ownerId: owner.id,
    groupId: owner.groupId,
    dueDate: input.dueDate,
  };
}

export function listMeasures(
  ctx: Ctx,
  input: ImprovementFilter & { page: number; pageSize: number },
): ImprovementPage {
  const page = measures.listMeasures(ctx.db, input, input.pageSize, (input.page - 1) * input.pageSize);
  return { rows: toMeasures(ctx, page.rows), total: page.total };
}

export function getMeasure(ctx: Ctx, id: string): ImprovementMeasure {
  return toMeasures(ctx, [liveMeasure(ctx, id)])[0]!;
}

/**
 * Measures created or completed in a period of China calendar days, `from` to `to` inclusive, each with its
 * effect check as of today — for the complaint analysis report and the manager's review.
 */
export function listMeasuresForPeriod(ctx: Ctx, period: { from: string; to: string }): ImprovementMeasure[] {
  const rows = measures.measuresCreatedOrCompleted(
    ctx.db,
    chinaDayStartIso(period.from),
    chinaDayStartIso(addDays(period.to, 1)),
  );
  return toMeasures(ctx, rows);
}

/**
 * A new measure, planned. Takes a call's context or a mutation already running (a survey or an audit that
 * opens a measure as part of its own change): the measure then commits or rolls back with it. Who may
 * open one is the caller's to decide (the improvement.create channel: leads and up).
 */
export function createMeasure(ctx: UserCtx | Mutation<UserCtx>, input: ImprovementInput): ImprovementMeasure {
  return mutate(ctx, (m) => {
    const w = measureWrite(m, input, null);
    const id = newId();
    measures.insertMeasure(m.db, id, nextMeasureCode(m.db, m.clock.now()), w, m.stamp);
    const created = liveMeasure(m, id);
    m.audit({
      entity: 'improvement',
      entityId: id,
      action: 'create',
      changes: diffRecords(null, auditView(created)),
    });
    return toMeasure(created, null, today(m));
  });
}

export function updateMeasure(
  ctx: UserCtx,
  id: string,
  version: number,
  input: ImprovementInput,
): ImprovementMeasure {
  return mutate(ctx, (m) => {
    const before = measureForWrite(m, id, version);
    // Done and cancelled are final: its record stands as it was when it ended (a new measure is opened instead).
    if (IMPROVEMENT_MOVES[before.status].length === 0)
      throw new AppError('INVALID_STATE', `improvement is ${before.status}`);
    const w = measureWrite(m, input, before);
    m.versioned('improvement', measures.updateMeasure(m.db, id, version, w, m.stamp));
    const after = liveMeasure(m, id);
    m.audit({
      entity: 'improvement',
      entityId: id,
      action: 'update',
      changes: diffRecords(auditView(before), auditView(after)),
    });
    return toMeasure(after, null, today(m));
  });
}

export interface StatusMove {
  status: ImprovementStatus;
  /** Done only: the day the measure took effect; today when not given, never later than today. */
  effectiveFrom: string | null;
  /** Done or cancelled: what came of it, or why it was dropped. */
  resultNote: string | null;
}

/**
 * Moves a measure along IMPROVEMENT_MOVES: its owner on their own measure, leads and up on any. Done
 * stamps the completion and the day it took effect, from which the effect check counts.
 */
export function setMeasureStatus(
  ctx: UserCtx,
  id: string,
  version: number,
  move: StatusMove,
): ImprovementMeasure {
  return mutate(ctx, (m) => {
    const before = measureForWrite(m, id, version);
    if (!mayProgress(before, m.user))
      throw new AppError('FORBIDDEN', 'only the owner or a lead may progress a measure');
    if (!IMPROVEMENT_MOVES[before.status].includes(move.status))
      throw new AppError('INVALID_STATE', `improvement cannot move from ${before.status} to ${move.status}`);

    const day = today(m);
    let write: measures.StatusWrite;
    if (move.status === 'done') {
      const effectiveFrom = move.effectiveFrom ?? day;
      if (effectiveFrom > day) throw fieldRefusal('VALIDATION', 'effectiveFrom', 'validation.dateFuture');
      write = { status: 'done', effectiveFrom, resultNote: move.resultNote, completedAt: m.stamp.at };
    } else if (move.status === 'cancelled') {
      write = { status: 'cancelled', effectiveFrom: null, resultNote: move.resultNote, completedAt: null };
    } else {
      // Under way: nothing has taken effect yet; a note given now is kept, else the one there stays.
      write = {
        status: move.status,
        effectiveFrom: null,
        resultNote: move.resultNote ?? before.resultNote,
        completedAt: null,
      };
    }
    m.versioned('improvement', measures.updateMeasureStatus(m.db, id, version, write, m.stamp));
    const after = liveMeasure(m, id);
    m.audit({
      entity: 'improvement',
      entityId: id,
      action: 'set_status',
      changes: diffRecords(auditView(before), auditView(after)),
    });
    return toMeasures(m, [after])[0]!;
  });
}
