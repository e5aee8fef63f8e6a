import type { RiskFilter } from '../../../shared/risk/channels';
import { cellsOfLevels } from '../../../shared/risk/rules';
import { RISK_LEVELS } from '../../../shared/risk/levels';
import type { RiskSortField } from '../../../shared/risk/types';
import type { Clause } from '../../db/clause';
import type { RiskBook } from './riskView';
import { scopeClause, visibleClause, type RiskViewer } from './visibility';

/*
 * The register's list query, assembled in one place — the viewer's scope, the filters, the search and the
 * order — for the repository to run. Every value is a bound parameter; only the shape of the SQL depends on
 * which filters are set. A risk's level and next review are not stored (they follow the manager's matrix and
 * intervals of the moment), so their filters are conditions on the cell: the level's cells of the matrix,
 * and the review interval of each cell's level looked up in a bound array of 25.
 */

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/**
 * The review interval of each cell (likelihood − 1) × 5 + impact − 1 by the level the matrix gives it, as
 * one bound text of 25 three-digit numbers (a substring per row is the cheapest lookup SQLite has).
 */
const cellReviewDays = (book: RiskBook): string =>
  book.matrix.flatMap((row) => row.map((level) => String(book.reviewDays[level]).padStart(3, '0'))).join('');

/**
 * The next review of `r` as SQL — a Julian day number, null unless the risk is reviewed periodically — with
 * its parameter. Numbers compare and sort like the dates they stand for.
 */
export function nextReviewSql(book: RiskBook): Clause {
  return {
    sql: `(CASE WHEN r.status IN ('assessed', 'responding', 'monitoring') AND r.review_base_on IS NOT NULL
             AND r.likelihood IS NOT NULL
           THEN julianday(r.review_base_on) + substr(?, ((r.likelihood - 1) * 5 + r.impact - 1) * 3 + 1, 3) END)`,
    params: [cellReviewDays(book)],
  };
}

/** `%`, `_` and `\` in the person's text match themselves. */
export const likePattern = (search: string): string =>
  `%${search.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Joins clauses with AND (none: every row). */
export function allOf(clauses: readonly (Clause | null)[]): Clause {
  const set = clauses.filter((c): c is Clause => c !== null);
  if (set.length === 0) return { sql: '1', params: [] };
  return { sql: set.map((c) => c.sql).join(' AND '), params: set.flatMap((c) => c.params) };
}

/** The live risks the viewer may see: the base of every risk query. */
export function visibleRisks(viewer: RiskViewer): Clause {
  return allOf([{ sql: 'r.deleted_at IS NULL', params: [] }, visibleClause(viewer)]);
}

/** The list's conditions for this viewer and filter, at `book.today`. */
export function riskListWhere(viewer: RiskViewer, f: RiskFilter, book: RiskBook): Clause {
  const parts: (Clause | null)[] = [
    { sql: 'r.deleted_at IS NULL', params: [] },
    scopeClause(viewer, f.scope),
  ];
  const choice = (column: string, values: readonly string[]) => {
    const distinct = [...new Set(values)];
    if (distinct.length)
      parts.push({ sql: `${column} IN (${placeholders(distinct.length)})`, params: distinct });
  };
  choice('r.category', f.categories);
  choice('r.status', f.statuses);
  choice('r.strategy', f.strategies);
  if (f.openOnly) parts.push({ sql: `r.status <> 'closed'`, params: [] });
  if (f.levels.length && f.levels.length < RISK_LEVELS.length) {
    const cells = cellsOfLevels(book.matrix, f.levels);
    parts.push(
      cells.length
        ? {
            sql: `(r.likelihood, r.impact) IN (VALUES ${cells.map(() => '(?, ?)').join(', ')})`,
            params: cells.flatMap((c) => [c.likelihood, c.impact]),
          }
        : { sql: '0', params: [] },
    );
  } else if (f.levels.length) parts.push({ sql: 'r.likelihood IS NOT NULL', params: [] });
  if (f.ownerId) parts.push({ sql: 'r.owner_id = ?', params: [f.ownerId] });
  if (f.clientId) parts.push({ sql: 'r.client_id = ?', params: [f.clientId] });
  if (f.from) parts.push({ sql: 'r.identified_on >= ?', params: [f.from] });
  if (f.to) parts.push({ sql: 'r.identified_on <= ?', params: [f.to] });
  if (f.reviewDue) {
    const next = nextReviewSql(book);
    parts.push({ sql: `${next.sql} <= julianday(?)`, params: [...next.params, book.today] });
  }
  if (f.overdueActions)
    parts.push({
      sql: `r.id IN (SELECT risk_id FROM risk_actions WHERE status = 'open' AND due_on < ? AND deleted_at IS NULL)`,
      params: [book.today],
    });
  if (f.search) parts.push({ sql: `r.search_text LIKE ? ESCAPE '\\'`, params: [likePattern(f.search)] });
  return allOf(parts);
}

/**
 * The list's order: the sort field, then the code (newest first) so paging is stable. Risks without a
 * score or a next review come last either way.
 */
export function riskOrder(sortBy: RiskSortField, dir: 'asc' | 'desc', book: RiskBook): Clause {
  const d = dir === 'asc' ? 'ASC' : 'DESC';
  // FX-yyyy-nnn: by year, then number (a year's codes grow a digit after 999).
  const tail = `substr(r.code, 4, 4) ${d}, length(r.code) ${d}, r.code ${d}`;
  switch (sortBy) {
    case 'code':
      return { sql: tail, params: [] };
    case 'title':
      return { sql: `r.title ${d}, ${tail}`, params: [] };
    case 'score':
      return { sql: `r.score IS NULL, r.score ${d}, ${tail}`, params: [] };
    case 'identifiedOn':
      return { sql: `r.identified_on ${d}, ${tail}`, params: [] };
    case 'updatedAt':
      return { sql: `r.updated_at ${d}, ${tail}`, params: [] };
    case 'nextReviewOn': {
      const next = nextReviewSql(book);
      return {
        sql: `${next.sql} IS NULL, ${next.sql} ${d}, ${tail}`,
        params: [...next.params, ...next.params],
      };
    }
  }
}
