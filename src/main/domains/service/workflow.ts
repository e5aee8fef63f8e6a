import { AppError } from '../../../shared/contract/errors';
import type { FeedbackInput, InvestigationInput } from '../../../shared/service/channels';
import {
  REOPEN_TO,
  TICKET_MOVES,
  type TicketDetail,
  type TicketKind,
  type TicketStatus,
} from '../../../shared/service/types';
import type { UserCtx } from '../../core/context';
import { mutate, type Mutation } from '../../core/mutation';
import { fieldRefusal } from '../../core/refusals';
import { deadlineBook, deadlineRules, deadlinesFrom } from './deadlines';
import { checkCategory, checkDepartment, checkNotFuture, storedInstant } from './recordChecks';
import { actionCounts, latestActionDoneAt } from './repository/actions';
import { getTicketRow, type TicketDbRow, type TicketWrite } from './repository/tickets';
import { checkStepTime } from './stepTimes';
import { invalidMove, stateOf, ticketToChange, writeTicket, type StepRecord } from './ticketAccess';
import { detailOf } from './tickets';

/*
 * The workflows (SERVICE.md): complaint registered → investigating → resolving → feedback → closed, inquiry
 * open → answered → closed, reopening with a reason, an inquiry turned into a complaint. Each move checks
 * where the ticket is (a skipped step, a move from the wrong status, a complaint's move on an inquiry:
 * INVALID_STATE), what the step needs (field errors), and its time; then writes the new state, one timeline
 * step and one audit row in one mutation.
 */

interface Ref {
  id: string;
  version: number;
}

/** The ticket must be a `kind` at `from`, and the workflow must lead from there to `to`. */
function expectMove(row: TicketDbRow, what: string, kind: TicketKind, from: TicketStatus, to: TicketStatus) {
  if (row.kind !== kind || row.status !== from || TICKET_MOVES[kind][from] !== to)
    throw invalidMove(what, row);
}

/** Field errors for every required field left empty, all at once. */
function requireFields(values: Record<string, unknown>): void {
  const missing = Object.entries(values).filter(([, v]) => v === null || v === undefined || v === '');
  if (missing.length)
    throw new AppError('VALIDATION', `required: ${missing.map(([k]) => k).join(', ')}`, {
      fields: Object.fromEntries(missing.map(([k]) => [k, { key: 'validation.required' }])),
    });
}

/** One move: the ticket checked and read, the new state and step computed by `next`, written, read back. */
function move(
  ctx: UserCtx,
  ref: Ref,
  next: (
    m: Mutation<UserCtx>,
    row: TicketDbRow,
    before: TicketWrite,
  ) => { after: TicketWrite; action: string; step: StepRecord; reason?: string },
): TicketDetail {
  return mutate(ctx, (m) => {
    const row = ticketToChange(m, ref.id, ref.version);
    const before = stateOf(m, row);
    const { after, action, step, reason } = next(m, row, before);
    writeTicket(m, row, before, after, {
      action,
      step,
      extra: reason === undefined ? [] : [{ field: 'reason', before: null, after: reason }],
    });
    return detailOf(m, getTicketRow(m.db, row.id)!);
  });
}

/** First response to a complaint (what the client was told): registered → investigating. */
export function startInvestigation(
  ctx: UserCtx,
  ref: Ref,
  input: { at: string; note: string },
): TicketDetail {
  return move(ctx, ref, (m, row, before) => {
    expectMove(row, 'startInvestigation', 'complaint', 'registered', 'investigating');
    const at = storedInstant(input.at);
    checkStepTime(m, row, 'at', at);
    return {
      action: 'start_investigation',
      after: {
        ...before,
        status: 'investigating',
        firstResponseAt: before.firstResponseAt ?? at,
        firstResponseNote: before.firstResponseNote ?? input.note,
      },
      step: { kind: 'investigation_started', at, note: input.note, from: row.status, to: 'investigating' },
    };
  });
}

/** What the investigation found so far, saved while investigating (any of it; an empty field clears it). */
export function saveInvestigation(ctx: UserCtx, ref: Ref, input: InvestigationInput): TicketDetail {
  return move(ctx, ref, (m, row, before) => {
    if (row.kind !== 'complaint' || row.status !== 'investigating')
      throw invalidMove('saveInvestigation', row);
    checkDepartment(
      deadlineBook(m).settings,
      'responsibleDept',
      input.responsibleDept,
      before.responsibleDept,
    );
    return {
      action: 'save_investigation',
      after: { ...before, ...input },
      step: { kind: 'investigation_saved', at: m.stamp.at, note: null },
    };
  });
}

/**
 * The investigation is complete: findings, root cause, responsible department and solution (given now or
 * saved before) are all required. investigating → resolving.
 */
export function startResolving(
  ctx: UserCtx,
  ref: Ref,
  input: InvestigationInput & { at: string },
): TicketDetail {
  return move(ctx, ref, (m, row, before) => {
    expectMove(row, 'startResolving', 'complaint', 'investigating', 'resolving');
    const found = {
      findings: input.findings ?? before.findings,
      rootCause: input.rootCause ?? before.rootCause,
      responsibleDept: input.responsibleDept ?? before.responsibleDept,
      solution: input.solution ?? before.solution,
    };
    requireFields(found);
    checkDepartment(
      deadlineBook(m).settings,
      'responsibleDept',
      found.responsibleDept,
      before.responsibleDept,
    );
    const at = storedInstant(input.at);
    checkStepTime(m, row, 'at', at);
    return {
      action: 'start_resolving',
      after: { ...before, ...found, status: 'resolving' },
      step: { kind: 'resolving_started', at, note: null, from: row.status, to: 'resolving' },
    };
  });
}

/**
 * The complaint is resolved (result summary): every coordinated action done, at least one of them, and the
 * resolution not before the last of them. resolving → feedback.
 */
export function resolveTicket(ctx: UserCtx, ref: Ref, input: { at: string; summary: string }): TicketDetail {
  return move(ctx, ref, (m, row, before) => {
    expectMove(row, 'resolve', 'complaint', 'resolving', 'feedback');
    const actions = actionCounts(m.db, row.id);
    if (actions.live === 0) throw fieldRefusal('VALIDATION', 'actions', 'validation.actionsMissing');
    if (actions.open > 0) throw fieldRefusal('VALIDATION', 'actions', 'validation.actionsOpen');
    const at = storedInstant(input.at);
    checkStepTime(m, row, 'at', at, latestActionDoneAt(m.db, row.id));
    return {
      action: 'resolve',
      after: { ...before, status: 'feedback', resolvedAt: at, resolutionSummary: input.summary },
      step: { kind: 'resolved', at, note: input.summary, from: row.status, to: 'feedback' },
    };
  });
}

/** An inquiry answered: its first response and its resolution at once. open → answered. */
export function answerTicket(ctx: UserCtx, ref: Ref, input: { at: string; answer: string }): TicketDetail {
  return move(ctx, ref, (m, row, before) => {
    expectMove(row, 'answer', 'inquiry', 'open', 'answered');
    const at = storedInstant(input.at);
    checkStepTime(m, row, 'at', at);
    return {
      action: 'answer',
      after: {
        ...before,
        status: 'answered',
        answer: input.answer,
        firstResponseAt: before.firstResponseAt ?? at,
        resolvedAt: at,
      },
      step: { kind: 'answered', at, note: input.answer, from: row.status, to: 'answered' },
    };
  });
}

/**
 * Closes a complaint after its feedback visit — how and when the result was told, whether the client is
 * satisfied and their score, all required — or an answered inquiry (which records no feedback).
 */
export function closeTicket(ctx: UserCtx, ref: Ref, input: FeedbackInput & { at: string }): TicketDetail {
  return move(ctx, ref, (m, row, before) => {
    const at = storedInstant(input.at);
    if (row.kind === 'inquiry') {
      expectMove(row, 'close', 'inquiry', 'answered', 'closed');
      checkStepTime(m, row, 'at', at);
      return {
        action: 'close',
        after: { ...before, status: 'closed', closedAt: at },
        step: { kind: 'closed', at, note: null, from: row.status, to: 'closed' },
      };
    }
    expectMove(row, 'close', 'complaint', 'feedback', 'closed');
    requireFields({
      feedbackMethod: input.feedbackMethod,
      feedbackAt: input.feedbackAt,
      clientSatisfied: input.clientSatisfied,
      satisfactionScore: input.satisfactionScore,
    });
    const feedbackAt = storedInstant(input.feedbackAt!);
    checkStepTime(m, row, 'feedbackAt', feedbackAt);
    checkNotFuture(m, 'at', at);
    if (at < feedbackAt) throw fieldRefusal('VALIDATION', 'at', 'validation.beforePreviousStep');
    return {
      action: 'close',
      after: {
        ...before,
        status: 'closed',
        closedAt: at,
        feedbackMethod: input.feedbackMethod,
        feedbackAt,
        feedbackNote: input.feedbackNote,
        clientSatisfied: input.clientSatisfied,
        satisfactionScore: input.satisfactionScore,
      },
      step: { kind: 'closed', at, note: input.feedbackNote, from: row.status, to: 'closed' },
    };
  });
}

/**
 * A closed ticket comes back (with a reason) to where its work starts again: a complaint to investigating,
 * an inquiry to open. Its resolution is due again, counted from now; its first response stays met.
 */
export function reopenTicket(ctx: UserCtx, ref: Ref, reason: string): TicketDetail {
  return move(ctx, ref, (m, row, before) => {
    if (row.status !== 'closed') throw invalidMove('reopen', row);
    const now = m.stamp.at;
    const to = REOPEN_TO[row.kind];
    const book = deadlineBook(m);
    const rule = deadlineRules(book.settings.serviceDeadlines, row.kind, row.severity).resolution;
    return {
      action: 'reopen',
      reason,
      after: {
        ...before,
        status: to,
        reopenCount: before.reopenCount + 1,
        resolvedAt: null,
        closedAt: null,
        resolutionDueAt: book.calendar.dueAt(now, rule),
        resolutionMode: rule.mode,
      },
      step: { kind: 'reopened', at: now, note: reason, from: row.status, to },
    };
  });
}

/**
 * An inquiry turns out to be a complaint: the same ticket (code, history) goes on as a complaint from
 * registered, with its category and severity, and its clock starts again now.
 */
export function convertTicket(
  ctx: UserCtx,
  ref: Ref,
  input: { category: string; severity: TicketWrite['severity']; reason: string },
): TicketDetail {
  return move(ctx, ref, (m, row, before) => {
    if (row.kind !== 'inquiry' || (row.status !== 'open' && row.status !== 'answered'))
      throw invalidMove('convert', row);
    const book = deadlineBook(m);
    checkCategory(book.settings, input.category, before.category);
    const now = m.stamp.at;
    return {
      action: 'convert',
      reason: input.reason,
      after: {
        ...before,
        kind: 'complaint',
        status: 'registered',
        category: input.category,
        severity: input.severity,
        slaStartAt: now,
        convertedAt: now,
        ...deadlinesFrom(book, 'complaint', input.severity, now),
        firstResponseAt: null,
        firstResponseNote: null,
        resolvedAt: null,
        closedAt: null,
      },
      step: { kind: 'converted', at: now, note: input.reason, from: row.status, to: 'registered' },
    };
  });
}
