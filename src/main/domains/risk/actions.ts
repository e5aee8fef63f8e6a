import { AppError } from '../../../shared/contract/errors';
import type { RiskActionFilter } from '../../../shared/risk/channels';
import type { RiskAction, RiskActionPage, RiskActionStatus } from '../../../shared/risk/types';
import { diffRecords } from '../../core/auditDiff';
import type { UserCtx } from '../../core/context';
import { newId } from '../../core/ids';
import { mutate, type Mutation } from '../../core/mutation';
import { conflict, fieldRefusal, notFound } from '../../core/refusals';
import { findStaff } from '../org/staff';
import { actionAuditView, toAction } from './actionView';
import { allOf, likePattern } from './listQuery';
import {
  actionPage,
  getActionRow,
  insertAction,
  updateAction,
  type ActionRow,
  type ActionWrite,
} from './repository/actions';
import { getRiskRow, ownsActionOf, type RiskRow } from './repository/risks';
import { writeOf, writeRisk } from './riskAccess';
import { riskBook, type RiskBook } from './riskView';
import { maySeeRisk, mayWorkRisk, scopeClause, type RiskViewer } from './visibility';

/*
 * Response actions (应对措施): added by those who work on the risk while it is open, each with an owner at
 * work and a due day never before the risk was identified; done with the day it was done, cancelled with a
 * note, or open again. The action's owner sets the status of their own action. An open action on a
 * monitored risk brings the risk back to responding: its response is not in place any more.
 */

interface ActionInput {
  title: string;
  ownerId: string;
  dueOn: string;
}

function checkedOwner(ctx: UserCtx, staffId: string): { id: string; groupId: string | null } {
  const s = findStaff(ctx, staffId);
  if (!s) throw fieldRefusal('VALIDATION', 'ownerId', 'validation.notFound');
  if (s.status !== 'active') throw fieldRefusal('VALIDATION', 'ownerId', 'validation.handlerInactive');
  return { id: s.id, groupId: s.groupId };
}

function checkDue(risk: { identifiedOn: string }, dueOn: string): void {
  if (dueOn < risk.identifiedOn) throw fieldRefusal('VALIDATION', 'dueOn', 'validation.dueBeforeIdentified');
}

/** A monitored risk with an open action goes back to responding (a risk row and audit row of its own). */
function backToResponding(m: Mutation<UserCtx>, book: RiskBook, riskId: string): void {
  const risk = getRiskRow(m.db, riskId, book.today)!;
  if (risk.status !== 'monitoring') return;
  writeRisk(
    m,
    book,
    risk,
    { ...writeOf(risk), status: 'responding' },
    { action: 'move', steps: [{ kind: 'moved', from: 'monitoring', to: 'responding' }] },
  );
}

/** A live action on a risk the caller may see; missing and out of sight answer the same NOT_FOUND. */
function visibleAction(ctx: UserCtx, id: string, book: RiskBook): { action: ActionRow; risk: RiskRow } {
  const action = getActionRow(ctx.db, id);
  const risk = action ? getRiskRow(ctx.db, action.riskId, book.today) : null;
  if (!action || !risk || !maySeeRisk(ctx.user, risk, () => ownsActionOf(ctx.db, risk.id, ctx.user.staffId)))
    throw notFound('riskAction');
  return { action, risk };
}

function actionToChange(
  ctx: UserCtx,
  id: string,
  version: number,
  book: RiskBook,
  may: (v: RiskViewer, a: ActionRow, r: RiskRow) => boolean,
): { action: ActionRow; risk: RiskRow } {
  const found = visibleAction(ctx, id, book);
  if (found.action.version !== version) throw conflict('riskAction');
  if (!may(ctx.user, found.action, found.risk))
    throw new AppError('FORBIDDEN', 'not an action this user works on');
  if (found.risk.status === 'closed')
    throw new AppError('INVALID_STATE', 'the actions of a closed risk stay as they were');
  return found;
}

function audited(
  m: Mutation<UserCtx>,
  id: string,
  action: string,
  before: ActionRow | null,
  book: RiskBook,
): RiskAction {
  const after = getActionRow(m.db, id)!;
  m.audit({
    entity: 'riskAction',
    entityId: id,
    action,
    changes: diffRecords(before && actionAuditView(before), actionAuditView(after)),
  });
  return toAction(after, book.today);
}

export function addRiskAction(ctx: UserCtx, riskId: string, input: ActionInput): RiskAction {
  return mutate(ctx, (m) => {
    const book = riskBook(m);
    const risk = getRiskRow(m.db, riskId, book.today);
    if (!risk || !maySeeRisk(m.user, risk, () => ownsActionOf(m.db, riskId, m.user.staffId)))
      throw notFound('risk');
    if (!mayWorkRisk(m.user, risk)) throw new AppError('FORBIDDEN', 'not a risk this user works on');
    if (risk.status === 'closed') throw new AppError('INVALID_STATE', 'a closed risk takes no new actions');
    checkDue(risk, input.dueOn);
    const owner = checkedOwner(m, input.ownerId);
    const id = newId();
    const w: ActionWrite = {
      title: input.title,
      ownerId: owner.id,
      groupId: owner.groupId,
      dueOn: input.dueOn,
      status: 'open',
      doneOn: null,
      note: null,
    };
    insertAction(m.db, id, riskId, w, m.stamp);
    const created = audited(m, id, 'create', null, book);
    backToResponding(m, book, riskId);
    return created;
  });
}

export function updateRiskAction(ctx: UserCtx, id: string, version: number, input: ActionInput): RiskAction {
  return mutate(ctx, (m) => {
    const book = riskBook(m);
    const { action, risk } = actionToChange(m, id, version, book, (v, _a, r) => mayWorkRisk(v, r));
    checkDue(risk, input.dueOn);
    const owner = input.ownerId === action.ownerId ? action : checkedOwner(m, input.ownerId);
    const w: ActionWrite = {
      ...action,
      title: input.title,
      ownerId: input.ownerId,
      groupId: owner.groupId,
      dueOn: input.dueOn,
    };
    m.versioned('riskAction', updateAction(m.db, id, version, w, m.stamp));
    return audited(m, id, 'update', action, book);
  });
}

/**
 * Done (on `doneOn`, today when not given: not in the future, not before the risk was identified), cancelled
 * (with a note), or open again. The action's owner may do it, besides those who work on the risk.
 */
export function setRiskActionStatus(
  ctx: UserCtx,
  id: string,
  version: number,
  input: { status: RiskActionStatus; doneOn: string | null; note: string | null },
): RiskAction {
  return mutate(ctx, (m) => {
    const book = riskBook(m);
    const { action, risk } = actionToChange(
      m,
      id,
      version,
      book,
      (v, a, r) => a.ownerId === v.staffId || mayWorkRisk(v, r),
    );
    if (action.status === input.status)
      throw new AppError('INVALID_STATE', `the action is ${action.status} already`);
    let w: ActionWrite = { ...action, status: input.status, doneOn: null, note: input.note ?? action.note };
    if (input.status === 'done') {
      const doneOn = input.doneOn ?? book.today;
      if (doneOn > book.today) throw fieldRefusal('VALIDATION', 'doneOn', 'validation.dateFuture');
      if (doneOn < risk.identifiedOn)
        throw fieldRefusal('VALIDATION', 'doneOn', 'validation.doneBeforeIdentified');
      w = { ...w, doneOn };
    }
    if (input.status === 'cancelled' && input.note === null)
      throw fieldRefusal('VALIDATION', 'note', 'validation.required');
    m.versioned('riskAction', updateAction(m.db, id, version, w, m.stamp));
    const after = audited(m, id, 'set_status', action, book);
    if (input.status === 'open') backToResponding(m, book, risk.id);
    return after;
  });
}

/** Actions of the risks the caller may see, by scope (mine: the actions they own), filters and search. */
export function listRiskActions(
  ctx: UserCtx,
  input: RiskActionFilter & { page: number; pageSize: number },
): RiskActionPage {
  const book = riskBook(ctx);
  const page = actionPage(
    ctx.db,
    riskActionWhere(ctx.user, input, book),
    input.pageSize,
    (input.page - 1) * input.pageSize,
  );
  return {
    items: page.rows.map((a) => toAction(a, book.today)),
    total: page.total,
    page: input.page,
    pageSize: input.pageSize,
  };
}

/** The action list's conditions over `a` and its risk `r`. */
export function riskActionWhere(v: RiskViewer, f: RiskActionFilter, book: RiskBook) {
  const statuses = [...new Set(f.statuses)];
  return allOf([
    { sql: 'a.deleted_at IS NULL AND r.deleted_at IS NULL', params: [] },
    f.scope === 'mine' ? { sql: 'a.owner_id = ?', params: [v.staffId] } : scopeClause(v, f.scope),
    statuses.length ? { sql: `a.status IN (${statuses.map(() => '?').join(', ')})`, params: statuses } : null,
    f.ownerId ? { sql: 'a.owner_id = ?', params: [f.ownerId] } : null,
    f.overdue ? { sql: `a.status = 'open' AND a.due_on < ?`, params: [book.today] } : null,
    f.search
      ? {
          sql: `(lower(a.title) LIKE ? ESCAPE '\\' OR r.search_text LIKE ? ESCAPE '\\')`,
          params: [likePattern(f.search), likePattern(f.search)],
        }
      : null,
  ]);
}
