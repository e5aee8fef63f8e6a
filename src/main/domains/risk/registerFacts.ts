import { chinaDayStart, dayOfIsoDate } from '../../../shared/calendar/workingTime';
import { emptyRiskFilter } from '../../../shared/risk/channels';
import type { RiskAction } from '../../../shared/risk/types';
import type { UserCtx } from '../../core/context';
import type { Clause } from '../../db/clause';
import { toAction } from './actionView';
import { riskActionWhere } from './actions';
import { allOf, riskListWhere } from './listQuery';
import { actionPage } from './repository/actions';
import { riskPage, riskRowsByIds } from './repository/risks';
import { riskBook } from './riskView';

/*
 * What the register report (reports domain) asks of the register besides the list and the heat map: risks
 * closed in a period, and the actions of open risks — open, overdue, the most overdue first — among the
 * risks the caller may see, in the chosen categories (none: all).
 */

const inCategories = (categories: readonly string[]): Clause | null => {
  const set = [...new Set(categories)];
  return set.length ? { sql: `r.category IN (${set.map(() => '?').join(', ')})`, params: set } : null;
};

/** Risks closed (and still closed) from the start of China day `from` to the end of `to`. */
export function risksClosedIn(
  ctx: UserCtx,
  period: { from: string; to: string; categories: readonly string[] },
): number {
  const book = riskBook(ctx);
  const start = new Date(chinaDayStart(dayOfIsoDate(period.from))).toISOString();
  const end = new Date(chinaDayStart(dayOfIsoDate(period.to) + 1)).toISOString();
  const where = allOf([
    riskListWhere(ctx.user, { ...emptyRiskFilter, statuses: ['closed'] }, book),
    inCategories(period.categories),
    { sql: 'r.closed_at >= ? AND r.closed_at < ?', params: [start, end] },
  ]);
  return riskPage(ctx.db, where, { sql: 'r.rowid', params: [] }, book.today, 0, 0).total;
}

/**
 * The open actions of open risks: how many, how many overdue, and the overdue ones, most overdue first (at
 * most `limit`).
 */
export function openRiskActions(
  ctx: UserCtx,
  f: { categories: readonly string[]; limit: number },
): { open: number; overdue: number; overdueItems: RiskAction[] } {
  const book = riskBook(ctx);
  const where = (overdue: boolean) =>
    allOf([
      riskActionWhere(
        ctx.user,
        { scope: 'all', search: null, statuses: ['open'], ownerId: null, overdue },
        book,
      ),
      { sql: `r.status <> 'closed'`, params: [] },
      inCategories(f.categories),
    ]);
  const overdue = actionPage(ctx.db, where(true), f.limit, 0);
  return {
    open: actionPage(ctx.db, where(false), 0, 0).total,
    overdue: overdue.total,
    overdueItems: overdue.rows.map((a) => toAction(a, book.today)),
  };
}

/** The category of each live risk among `ids` (an indicator's linked risk, to filter warnings by category). */
export function categoriesOfRisks(ctx: UserCtx, ids: readonly string[]): Map<string, string> {
  const book = riskBook(ctx);
  return new Map(riskRowsByIds(ctx.db, [...new Set(ids)], book.today).map((r) => [r.id, r.category]));
}
