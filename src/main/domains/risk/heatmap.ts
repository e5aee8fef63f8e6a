import { chinaDayStart, dayOfIsoDate } from '../../../shared/calendar/workingTime';
import type { HeatMap, Risk } from '../../../shared/risk/types';
import type { UserCtx } from '../../core/context';
import type { Clause } from '../../db/clause';
import { allOf, visibleRisks } from './listQuery';
import {
  cellIdsAsOf,
  heatCellsAsOf,
  heatCellsNow,
  riskRows,
  riskRowsByIds,
  unassessedOpen,
} from './repository/risks';
import { riskBook, toRisk } from './riskView';

/*
 * The heat map (五(二)): open assessed risks the caller may see, counted by likelihood × impact, filtered by
 * category and owner — now, and as they stood at the end of an earlier China day: the same risks (visible
 * now) identified by then and open then (their last close or reopen by then not a close), each in the cell
 * of its last assessment by then.
 */

interface HeatFilter {
  categories: string[];
  ownerId: string | null;
}

/** The most risks one cell lists. */
const CELL_MAX = 500;

function heatWhere(ctx: UserCtx, f: HeatFilter): Clause {
  const categories = [...new Set(f.categories)];
  return allOf([
    visibleRisks(ctx.user),
    categories.length
      ? { sql: `r.category IN (${categories.map(() => '?').join(', ')})`, params: categories }
      : null,
    f.ownerId ? { sql: 'r.owner_id = ?', params: [f.ownerId] } : null,
  ]);
}

/** The instant a China calendar day ends (the next one starts): D 16:00Z. */
const dayEndIso = (day: string): string => new Date(chinaDayStart(dayOfIsoDate(day) + 1) - 1).toISOString();

export function riskHeatmap(ctx: UserCtx, input: HeatFilter & { compareTo: string | null }): HeatMap {
  const where = heatWhere(ctx, input);
  return {
    current: heatCellsNow(ctx.db, where),
    earlier: input.compareTo
      ? heatCellsAsOf(ctx.db, where, input.compareTo, dayEndIso(input.compareTo))
      : null,
    compareTo: input.compareTo,
    unassessed: unassessedOpen(ctx.db, where),
  };
}

/** The risks of one cell, now or at the end of `asOf`, highest score first (their current state). */
export function riskHeatmapCell(
  ctx: UserCtx,
  input: HeatFilter & { likelihood: number; impact: number; asOf: string | null },
): Risk[] {
  const book = riskBook(ctx);
  const where = heatWhere(ctx, input);
  const order = { sql: 'r.score DESC, r.code', params: [] };
  const rows = input.asOf
    ? riskRowsByIds(ctx.db, cellIdsAsOf(ctx.db, where, input.asOf, dayEndIso(input.asOf), input), book.today)
        .sort((a, b) => (b.score ?? 0) - (a.score ?? 0) || a.code.localeCompare(b.code))
        .slice(0, CELL_MAX)
    : riskRows(
        ctx.db,
        allOf([
          where,
          {
            sql: `r.status <> 'closed' AND r.likelihood = ? AND r.impact = ?`,
            params: [input.likelihood, input.impact],
          },
        ]),
        order,
        book.today,
        CELL_MAX,
      );
  return rows.map((r) => toRisk(book, r));
}
