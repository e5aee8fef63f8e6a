import { AppError } from '../../../shared/contract/errors';
import type { RiskFilter, RiskInput } from '../../../shared/risk/channels';
import { riskScore } from '../../../shared/risk/rules';
import type { RiskLevel } from '../../../shared/risk/levels';
import {
  RISK_MOVES,
  type Risk,
  type RiskDetail,
  type RiskOption,
  type RiskPage,
  type RiskSortField,
  type RiskStatus,
} from '../../../shared/risk/types';
import { diffRecords } from '../../core/auditDiff';
import type { UserCtx } from '../../core/context';
import { newId } from '../../core/ids';
import { mutate, type Mutation } from '../../core/mutation';
import { fieldRefusal } from '../../core/refusals';
import { liveClientRef } from '../clients/desk';
import { findStaff } from '../org/staff';
import { nextRiskCode } from './codes';
import { toAction } from './actionView';
import { allOf, likePattern, riskListWhere, riskOrder, visibleRisks } from './listQuery';
import { actionsOfRisk } from './repository/actions';
import { assessmentsOf, insertAssessment } from './repository/assessments';
import { eventsOf } from './repository/events';
import {
  getRiskRow,
  insertRisk,
  pickRows,
  riskPage,
  riskRowsByIds,
  type RiskRow,
  type RiskWrite,
} from './repository/risks';
import { invalidMove, recordSteps, riskToChange, visibleRisk, writeOf, writeRisk } from './riskAccess';
import { levelOf, riskAuditView, riskBook, riskSearchText, toRisk, type RiskBook } from './riskView';
import { mayWorkRisk } from './visibility';

/*
 * The risk register (五(一)–(二), RISK.md): identifying a risk (by anyone, for an owner at work, in an active
 * category), reading it as the caller may see it, editing what was recorded, and the small views other
 * modules use (a picker, a summary of linked risks). The workflow is in workflow.ts, actions in actions.ts.
 */

/** A new risk: the form's fields, and likelihood and impact when it is assessed at once (both or neither). */
export type NewRisk = RiskInput & { likelihood: number | null; impact: number | null };

const onActiveList = (list: readonly { key: string; active: boolean }[], key: string) =>
  list.some((e) => e.key === key && e.active);

/** An owner at work, with their group (the risk's group is its owner's). */
function ownerAtWork(ctx: UserCtx, field: string, staffId: string): { id: string; groupId: string | null } {
  const s = findStaff(ctx, staffId);
  if (!s) throw fieldRefusal('VALIDATION', field, 'validation.notFound');
  if (s.status !== 'active') throw fieldRefusal('VALIDATION', field, 'validation.handlerInactive');
  return { id: s.id, groupId: s.groupId };
}

/**
 * The recorded fields checked: a category of the active list, an owner at work, a live client file, a day
 * that has come. A value an edit leaves as it was passes (a category since retired, an owner since gone).
 */
function checkedFields(
  ctx: UserCtx,
  book: RiskBook,
  input: RiskInput,
  current: RiskRow | null,
): { groupId: string | null; clientName: string | null } {
  if (input.category !== current?.category && !onActiveList(book.settings.riskCategories, input.category))
    throw fieldRefusal('VALIDATION', 'category', 'validation.unknownCategory');
  const groupId =
    input.ownerId === current?.ownerId ? current.groupId : ownerAtWork(ctx, 'ownerId', input.ownerId).groupId;
  let clientName: string | null = null;
  if (input.clientId !== null) {
    if (input.clientId === current?.clientId) clientName = current.clientName;
    else {
      const client = liveClientRef(ctx, input.clientId);
      if (!client) throw fieldRefusal('VALIDATION', 'clientId', 'validation.notFound');
      clientName = client.name;
    }
  }
  if (input.identifiedOn > book.today)
    throw fieldRefusal('VALIDATION', 'identifiedOn', 'validation.dateFuture');
  return { groupId, clientName };
}

/** Likelihood and impact come together: the one left out is named. */
function checkCell(input: { likelihood: number | null; impact: number | null }): void {
  if ((input.likelihood === null) !== (input.impact === null))
    throw fieldRefusal(
      'VALIDATION',
      input.likelihood === null ? 'likelihood' : 'impact',
      'validation.required',
    );
}

/**
 * Identifies a risk, assessed at once when likelihood and impact are given (its first assessment, the level
 * by the matrix in force). Takes a call's context or a mutation already running (a meeting that raises a
 * risk): the risk then commits or rolls back with it.
 */
export function createRisk(ctx: UserCtx | Mutation<UserCtx>, input: NewRisk): Risk {
  return mutate(ctx, (m) => {
    const book = riskBook(m);
    checkCell(input);
    const { groupId, clientName } = checkedFields(m, book, input, null);
    const id = newId();
    const code = nextRiskCode(m.db, input.identifiedOn);
    const assessed = input.likelihood !== null && input.impact !== null;
    const w: RiskWrite = {
      title: input.title,
      category: input.category,
      description: input.description,
      cause: input.cause,
      ownerId: input.ownerId,
      groupId,
      clientId: input.clientId,
      identifiedOn: input.identifiedOn,
      likelihood: input.likelihood,
      impact: input.impact,
      score: assessed ? riskScore(input.likelihood!, input.impact!) : null,
      status: assessed ? 'assessed' : 'identified',
      strategy: null,
      responsePlan: null,
      acceptance: null,
      acceptanceReason: null,
      acceptanceApprovalId: null,
      reviewBaseOn: assessed ? book.today : null,
      lastReviewedOn: null,
      closedAt: null,
      closeNote: null,
      reopenCount: 0,
    };
    insertRisk(m.db, id, code, { ...w, searchText: riskSearchText({ ...w, code, clientName }) }, m.stamp);
    recordSteps(m, id, [{ kind: 'identified', to: 'identified' }]);
    if (assessed) {
      insertAssessment(
        m.db,
        {
          id: newId(),
          riskId: id,
          likelihood: w.likelihood!,
          impact: w.impact!,
          score: w.score!,
          level: levelOf(book, w)!,
          reason: null,
        },
        m.stamp,
      );
      recordSteps(m, id, [{ kind: 'assessed', from: 'identified', to: 'assessed' }]);
    }
    const created = getRiskRow(m.db, id, book.today)!;
    m.audit({
      entity: 'risk',
      entityId: id,
      action: 'create',
      changes: diffRecords(null, riskAuditView(book, created)),
    });
    return toRisk(book, created);
  });
}

/** Edits what was recorded about an open risk; a new owner brings the risk into their group. */
export function updateRisk(ctx: UserCtx, id: string, version: number, input: RiskInput): Risk {
  return mutate(ctx, (m) => {
    const book = riskBook(m);
    const row = riskToChange(m, id, version, book);
    if (row.status === 'closed') throw invalidMove('update', row.status);
    const { groupId, clientName } = checkedFields(m, book, input, row);
    const after = writeRisk(
      m,
      book,
      row,
      { ...writeOf(row), ...input, groupId },
      { action: 'update', steps: [] },
      clientName,
    );
    return toRisk(book, after);
  });
}

/** What the caller may do with the risk now (main refuses the rest anyway). */
function allowedOn(ctx: UserCtx, row: RiskRow): RiskDetail['allowed'] {
  const works = mayWorkRisk(ctx.user, row);
  const open = row.status !== 'closed';
  const reviewed = row.status === 'assessed' || row.status === 'responding' || row.status === 'monitoring';
  return {
    edit: works && open,
    assess: works && open,
    respond: works && reviewed,
    moves: works ? [...RISK_MOVES[row.status]] : [],
    reopen: works && !open,
    review: works && reviewed,
    addAction: works && open,
  };
}

export function riskDetailOf(ctx: UserCtx, book: RiskBook, row: RiskRow): RiskDetail {
  return {
    risk: toRisk(book, row),
    assessments: assessmentsOf(ctx.db, row.id),
    actions: actionsOfRisk(ctx.db, row.id).map((a) => toAction(a, book.today)),
    events: eventsOf(ctx.db, row.id),
    acceptanceApprovalId: row.acceptanceApprovalId,
    allowed: allowedOn(ctx, row),
  };
}

export function getRisk(ctx: UserCtx, id: string): RiskDetail {
  const book = riskBook(ctx);
  return riskDetailOf(ctx, book, visibleRisk(ctx, id, book));
}

export interface RiskListInput extends RiskFilter {
  sortBy: RiskSortField;
  sortDir: 'asc' | 'desc';
}

export function listRisks(ctx: UserCtx, input: RiskListInput & { page: number; pageSize: number }): RiskPage {
  const book = riskBook(ctx);
  const page = riskPage(
    ctx.db,
    riskListWhere(ctx.user, input, book),
    riskOrder(input.sortBy, input.sortDir, book),
    book.today,
    input.pageSize,
    (input.page - 1) * input.pageSize,
  );
  return {
    items: page.rows.map((r) => toRisk(book, r)),
    total: page.total,
    page: input.page,
    pageSize: input.pageSize,
  };
}

/** How many options a picker offers at once (type more to narrow). */
export const PICK_MAX = 50;

/** Risks for a picker (meeting, indicator, finding): the visible ones by code or title, open ones first. */
export function pickRisks(
  ctx: UserCtx,
  input: { search: string | null; includeClosed: boolean },
): RiskOption[] {
  const book = riskBook(ctx);
  const where = allOf([
    visibleRisks(ctx.user),
    input.includeClosed ? null : { sql: `r.status <> 'closed'`, params: [] },
    input.search ? { sql: `r.search_text LIKE ? ESCAPE '\\'`, params: [likePattern(input.search)] } : null,
  ]);
  return pickRows(ctx.db, where, PICK_MAX).map((r) => ({
    id: r.id,
    code: r.code,
    title: r.title,
    level: levelOf(book, r),
    status: r.status,
  }));
}

/** How another module shows a risk it links to. */
export interface RiskSummary {
  id: string;
  code: string;
  title: string;
  level: RiskLevel | null;
  status: RiskStatus;
  ownerName: string;
}

/**
 * The risks among `ids` as other modules show their links (a meeting's risks, an indicator's, a finding's),
 * by id. Linked records are shown whoever reads them, as the linking record's own visibility allows: the
 * summary holds no more than a code, a title, a level, a status and an owner.
 */
export function riskSummaryOf(ctx: UserCtx, ids: readonly string[]): Map<string, RiskSummary> {
  const book = riskBook(ctx);
  const out = new Map<string, RiskSummary>();
  for (const r of riskRowsByIds(ctx.db, [...new Set(ids)], book.today))
    out.set(r.id, {
      id: r.id,
      code: r.code,
      title: r.title,
      level: levelOf(book, r),
      status: r.status,
      ownerName: r.ownerName,
    });
  return out;
}

/** Whether the risk exists and the caller may see it (another module checks a link it is asked to make). */
export function visibleRiskRef(ctx: UserCtx, id: string): RiskSummary | null {
  try {
    const book = riskBook(ctx);
    const r = visibleRisk(ctx, id, book);
    return {
      id,
      code: r.code,
      title: r.title,
      level: levelOf(book, r),
      status: r.status,
      ownerName: r.ownerName,
    };
  } catch (e) {
    if (e instanceof AppError && e.code === 'NOT_FOUND') return null;
    throw e;
  }
}
