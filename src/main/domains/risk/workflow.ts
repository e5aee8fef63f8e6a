import type { AuditChange } from '../../../shared/audit/types';
import { AppError } from '../../../shared/contract/errors';
import { acceptanceNeedsApproval, riskScore } from '../../../shared/risk/rules';
import {
  RISK_MOVES,
  RISK_REOPEN_TO,
  type Risk,
  type RiskStatus,
  type RiskStrategy,
} from '../../../shared/risk/types';
import type { UserCtx } from '../../core/context';
import { newId } from '../../core/ids';
import { mutate, type Mutation } from '../../core/mutation';
import { fieldRefusal } from '../../core/refusals';
import { requestApproval, withdrawApproval } from '../approvals/service';
import { actionCounts } from './repository/actions';
import { insertAssessment } from './repository/assessments';
import type { RiskRow, RiskWrite } from './repository/risks';
import { invalidMove, riskToChange, writeOf, writeRisk, type RiskStep } from './riskAccess';
import { levelOf, riskBook, toRisk, type RiskBook } from './riskView';

/*
 * The register's workflow (RISK.md "Risk register rules"): identified → assessed → responding → monitoring →
 * closed, reopened with a reason. Each step checks where the risk is (a move the workflow does not allow:
 * INVALID_STATE, nothing changed), what it needs (field errors, all named at once), then writes the risk,
 * its timeline steps and one audit row in one mutation. Accepting a high or critical risk goes to the
 * manager through the approvals seam in the same mutation.
 */

interface Ref {
  id: string;
  version: number;
}

const REVIEWED: readonly RiskStatus[] = ['assessed', 'responding', 'monitoring'];

/** Field errors for every required field left empty, all at once. */
function requireFields(values: Record<string, unknown>): void {
  const missing = Object.entries(values).filter(([, v]) => v === null || v === undefined || v === '');
  if (missing.length)
    throw new AppError('VALIDATION', `required: ${missing.map(([k]) => k).join(', ')}`, {
      fields: Object.fromEntries(missing.map(([k]) => [k, { key: 'validation.required' }])),
    });
}

/** One step: the risk checked and read, its new state and timeline computed by `next`, written, read back. */
function step(
  ctx: UserCtx,
  ref: Ref,
  next: (
    m: Mutation<UserCtx>,
    book: RiskBook,
    row: RiskRow,
  ) => { after: RiskWrite; action: string; steps: RiskStep[]; extra?: AuditChange[] },
): Risk {
  return mutate(ctx, (m) => {
    const book = riskBook(m);
    const row = riskToChange(m, ref.id, ref.version, book);
    const { after, action, steps, extra } = next(m, book, row);
    return toRisk(book, writeRisk(m, book, row, after, { action, steps, extra }));
  });
}

const reasonChange = (field: string, value: string | null): AuditChange[] =>
  value === null ? [] : [{ field, before: null, after: value }];

/**
 * Asks the manager to approve accepting the risk, in this mutation: pending, or approved at once when the
 * manager accepts it. The summary is language-neutral (the cell: 4 × 5 = 20).
 */
function askAcceptance(
  m: Mutation<UserCtx>,
  row: RiskRow,
  w: RiskWrite,
  reason: string,
): Pick<RiskWrite, 'acceptance' | 'acceptanceReason' | 'acceptanceApprovalId'> & { steps: RiskStep[] } {
  const approval = requestApproval(m, {
    kind: 'riskAcceptance',
    subjectId: row.id,
    subjectCode: row.code,
    subjectTitle: w.title,
    subjectLink: `/risks/${row.id}`,
    summary: `${w.likelihood} × ${w.impact} = ${w.score}`,
    reason,
    groupId: w.groupId,
  });
  const approved = approval.status === 'approved';
  return {
    acceptance: approved ? 'approved' : 'pending',
    acceptanceReason: reason,
    acceptanceApprovalId: approval.id,
    steps: [
      { kind: 'acceptanceRequested', note: reason },
      ...(approved ? [{ kind: 'acceptanceApproved' as const }] : []),
    ],
  };
}

/** Withdraws a pending acceptance request (the strategy changed, the risk closed). */
function dropPendingAcceptance(m: Mutation, w: RiskWrite): void {
  if (w.acceptance === 'pending' && w.acceptanceApprovalId) withdrawApproval(m, w.acceptanceApprovalId);
}

/**
 * Assesses the risk: the first assessment (identified → assessed), or a reassessment while assessed,
 * responding or monitoring, which needs a reason. Each one is kept with its level by the matrix in force.
 * A reassessment that takes an accepted risk to a level whose acceptance needs approval, without an
 * approved acceptance, clears the acceptance and brings a monitored risk back to responding: a new request
 * is needed.
 */
export function assessRisk(
  ctx: UserCtx,
  ref: Ref,
  input: { likelihood: number; impact: number; reason: string | null },
): Risk {
  return step(ctx, ref, (m, book, row) => {
    const first = row.status === 'identified';
    if (!first && !REVIEWED.includes(row.status)) throw invalidMove('assess', row.status);
    if (!first) requireFields({ reason: input.reason });
    const score = riskScore(input.likelihood, input.impact);
    const level = levelOf(book, input)!;
    insertAssessment(m.db, { id: newId(), riskId: row.id, ...input, score, level }, m.stamp);
    let after: RiskWrite = { ...writeOf(row), likelihood: input.likelihood, impact: input.impact, score };
    const steps: RiskStep[] = [];
    if (first) {
      after = { ...after, status: 'assessed', reviewBaseOn: book.today };
      steps.push({ kind: 'assessed', from: 'identified', to: 'assessed', note: input.reason });
    } else {
      steps.push({ kind: 'reassessed', note: input.reason });
      const unapproved = after.acceptance === null || after.acceptance === 'refused';
      if (after.strategy === 'accept' && acceptanceNeedsApproval(level) && unapproved) {
        after = { ...after, acceptance: null, acceptanceApprovalId: null };
        if (after.status === 'monitoring') {
          after = { ...after, status: 'responding' };
          steps.push({ kind: 'moved', from: 'monitoring', to: 'responding' });
        }
      }
    }
    return {
      after,
      action: first ? 'assess' : 'reassess',
      steps,
      extra: reasonChange('reason', input.reason),
    };
  });
}

/**
 * Chooses or changes the response (assessed → responding; while monitoring it goes back to responding).
 * Accepting a high or critical risk needs a reason and the manager's approval; a pending request the new
 * choice no longer needs is withdrawn.
 */
export function respondToRisk(
  ctx: UserCtx,
  ref: Ref,
  input: { strategy: RiskStrategy; responsePlan: string | null; acceptanceReason: string | null },
): Risk {
  return step(ctx, ref, (m, book, row) => {
    if (!REVIEWED.includes(row.status)) throw invalidMove('respond', row.status);
    const before = writeOf(row);
    const needsApproval = input.strategy === 'accept' && acceptanceNeedsApproval(levelOf(book, row));
    if (needsApproval && input.acceptanceReason === null)
      throw fieldRefusal('VALIDATION', 'acceptanceReason', 'validation.acceptanceReasonRequired');
    let after: RiskWrite = {
      ...before,
      strategy: input.strategy,
      responsePlan: input.responsePlan,
      status: 'responding',
    };
    const steps: RiskStep[] = [
      { kind: 'responded', from: row.status, to: 'responding', note: input.responsePlan },
    ];
    // An acceptance already approved, or asked for with the same reason, stands.
    const stands =
      needsApproval &&
      before.strategy === 'accept' &&
      (before.acceptance === 'approved' ||
        (before.acceptance === 'pending' && before.acceptanceReason === input.acceptanceReason));
    if (!stands) {
      dropPendingAcceptance(m, before);
      if (needsApproval) {
        const { steps: asked, ...acceptance } = askAcceptance(m, row, after, input.acceptanceReason!);
        after = { ...after, ...acceptance };
        steps.push(...asked);
      } else
        after = {
          ...after,
          acceptance: null,
          acceptanceApprovalId: null,
          acceptanceReason: input.strategy === 'accept' ? input.acceptanceReason : null,
        };
    }
    return { after, action: 'respond', steps };
  });
}

/**
 * A move of RISK_MOVES: responding → monitoring once the response is in place (an accepted high or critical
 * risk approved; otherwise at least one action and none open), back to responding, or closed with a note.
 */
export function moveRisk(ctx: UserCtx, ref: Ref, input: { to: RiskStatus; note: string | null }): Risk {
  return step(ctx, ref, (m, book, row) => {
    if (!RISK_MOVES[row.status].includes(input.to)) throw invalidMove(`move to ${input.to}`, row.status);
    let after: RiskWrite = { ...writeOf(row), status: input.to };
    if (input.to === 'monitoring') {
      if (row.strategy === 'accept' && acceptanceNeedsApproval(levelOf(book, row))) {
        if (row.acceptance !== 'approved')
          throw fieldRefusal('VALIDATION', 'strategy', 'validation.acceptanceNotApproved');
      } else if (row.strategy !== 'accept') {
        const actions = actionCounts(m.db, row.id);
        if (actions.live === 0) throw fieldRefusal('VALIDATION', 'actions', 'validation.actionRequired');
        if (actions.open > 0) throw fieldRefusal('VALIDATION', 'actions', 'validation.actionsOpen');
      }
    }
    if (input.to === 'closed') {
      requireFields({ note: input.note });
      dropPendingAcceptance(m, after);
      if (after.acceptance === 'pending') after = { ...after, acceptance: null, acceptanceApprovalId: null };
      after = { ...after, closedAt: m.stamp.at, closeNote: input.note };
    }
    return {
      after,
      action: input.to === 'closed' ? 'close' : 'move',
      steps: [
        {
          kind: input.to === 'closed' ? 'closed' : 'moved',
          from: row.status,
          to: input.to,
          note: input.note,
        },
      ],
    };
  });
}

/**
 * A closed risk comes back with a reason: assessed again (identified when it never was assessed), its
 * next review counted from today.
 */
export function reopenRisk(ctx: UserCtx, ref: Ref, reason: string): Risk {
  return step(ctx, ref, (_m, book, row) => {
    if (row.status !== 'closed') throw invalidMove('reopen', row.status);
    const to: RiskStatus = row.likelihood === null ? 'identified' : RISK_REOPEN_TO;
    return {
      action: 'reopen',
      after: {
        ...writeOf(row),
        status: to,
        closedAt: null,
        closeNote: null,
        reopenCount: row.reopenCount + 1,
        reviewBaseOn: to === 'identified' ? null : book.today,
      },
      steps: [{ kind: 'reopened', from: 'closed', to, note: reason }],
      extra: reasonChange('reason', reason),
    };
  });
}

/** The periodic review, with a note: the next one is due an interval of the risk's level from today. */
export function reviewRisk(ctx: UserCtx, ref: Ref, note: string): Risk {
  return step(ctx, ref, (_m, book, row) => {
    if (!REVIEWED.includes(row.status)) throw invalidMove('review', row.status);
    return {
      action: 'review',
      after: { ...writeOf(row), lastReviewedOn: book.today, reviewBaseOn: book.today },
      steps: [{ kind: 'reviewed', note }],
      extra: reasonChange('note', note),
    };
  });
}
