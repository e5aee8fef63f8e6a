import type { TodoItem, TodoUrgency } from '../../../shared/todo/types';
import type { UserCtx } from '../../core/context';
import { allOf } from './listQuery';
import { dueActionsOf } from './repository/actions';
import { riskRows } from './repository/risks';
import { riskBook, toRisk } from './riskView';

/** A review due within this many days is on the risk owner's to-do. */
export const RISK_REVIEW_TODO_DAYS = 14;
/** An open action due within this many days is on its owner's to-do. */
export const RISK_ACTION_TODO_DAYS = 7;

const DAY_MS = 86_400_000;
const plusDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

const urgencyOf = (due: string, today: string): TodoUrgency =>
  due < today ? 'overdue' : due === today ? 'today' : 'soon';

/**
 * The review provider of My to-do: the user's own open risks whose periodic review is overdue, due today or
 * due within two weeks (the interval of each risk's level, from its last review).
 */
export function riskReviewTodos(ctx: UserCtx): TodoItem[] {
  const book = riskBook(ctx);
  const horizon = plusDays(book.today, RISK_REVIEW_TODO_DAYS);
  const own = allOf([
    { sql: 'r.deleted_at IS NULL AND r.owner_id = ?', params: [ctx.user.staffId] },
    { sql: `r.status IN ('assessed', 'responding', 'monitoring')`, params: [] },
  ]);
  const items: TodoItem[] = [];
  for (const row of riskRows(ctx.db, own, { sql: 'r.code', params: [] }, book.today, 10_000)) {
    const risk = toRisk(book, row);
    if (risk.nextReviewOn === null || risk.nextReviewOn > horizon) continue;
    items.push({
      key: `riskReview:${risk.id}`,
      kind: 'riskReview',
      urgency: urgencyOf(risk.nextReviewOn, book.today),
      dueDate: risk.nextReviewOn,
      dueAt: null,
      title: risk.title,
      subject: null,
      assigneeName: null,
      link: `/risks/${risk.id}`,
      navPath: '/risks',
    });
  }
  return items;
}

/** The action provider of My to-do: the user's own open actions overdue or due within a week. */
export function riskActionTodos(ctx: UserCtx): TodoItem[] {
  const { today } = riskBook(ctx);
  return dueActionsOf(ctx.db, ctx.user.staffId, plusDays(today, RISK_ACTION_TODO_DAYS)).map((a) => ({
    key: `riskAction:${a.id}`,
    kind: 'riskAction',
    urgency: urgencyOf(a.dueOn, today),
    dueDate: a.dueOn,
    dueAt: null,
    title: a.title,
    subject: { code: a.riskCode, name: a.riskTitle },
    assigneeName: null,
    link: `/risks/${a.riskId}`,
    navPath: '/risks/actions',
  }));
}
