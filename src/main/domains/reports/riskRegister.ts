import { chinaDateOf } from '../../../shared/calendar/workingTime';
import type { FilePayload, Locale } from '../../../shared/contract/fields';
import { emptyRiskFilter } from '../../../shared/risk/channels';
import { RISK_LEVELS, type RiskLevel } from '../../../shared/risk/levels';
import { riskLevel } from '../../../shared/risk/rules';
import type { HeatCell } from '../../../shared/risk/types';
import type { UserCtx } from '../../core/context';
import { fieldRefusal } from '../../core/refusals';
import { kriWarnings } from '../kri/warnings';
import { categoriesOfRisks, openRiskActions, risksClosedIn } from '../risk/registerFacts';
import { riskHeatmap } from '../risk/heatmap';
import { listRisks } from '../risk/service';
import { pdf } from '../service/reportService';
import { getSettings } from '../settings/service';
import { riskRegisterHtml } from './riskRegisterBody';
import type { LevelCounts, RiskRegisterData, RiskRegisterRequest } from './riskRegisterShape';

/*
 * The risk register report (风险登记报告, issue 9 point 8): a department report above the register and the
 * key risk indicators, composed from their services (each applies its own visibility, so the report holds
 * only what the reader may see) and printed in the one print style.
 */

/** How many of the highest-scored open risks the report lists. */
export const TOP_RISKS = 10;
/** How many overdue actions the report lists (the most overdue); the total is given beside them. */
export const OVERDUE_SHOWN = 50;

const zeroLevels = (): LevelCounts => ({ low: 0, medium: 0, high: 0, critical: 0 });

function levelCounts(cells: readonly HeatCell[], matrix: RiskLevel[][]): LevelCounts {
  const counts = zeroLevels();
  for (const c of cells) counts[riskLevel(matrix, c.likelihood, c.impact)] += c.count;
  return counts;
}

/** Everything the report shows, as the caller may see it. */
export function riskRegisterData(ctx: UserCtx, request: RiskRegisterRequest): RiskRegisterData {
  const { from, to, compareTo } = request;
  const asOf = chinaDateOf(ctx.clock.now().getTime());
  if (to < from) throw fieldRefusal('VALIDATION', 'to', 'validation.periodOrder');
  if (compareTo !== null && compareTo > asOf)
    throw fieldRefusal('VALIDATION', 'compareTo', 'validation.dateFuture');
  const { settings } = getSettings(ctx);
  const matrix = settings.riskLevelMatrix;
  const categories = [...new Set(request.categories)];

  const count = (filter: Partial<typeof emptyRiskFilter>) =>
    listRisks(ctx, {
      ...emptyRiskFilter,
      categories,
      ...filter,
      sortBy: 'code',
      sortDir: 'desc',
      page: 1,
      pageSize: 1,
    }).total;

  const heatmap = riskHeatmap(ctx, { categories, ownerId: null, compareTo });
  const top = listRisks(ctx, {
    ...emptyRiskFilter,
    categories,
    openOnly: true,
    sortBy: 'score',
    sortDir: 'desc',
    page: 1,
    pageSize: TOP_RISKS,
  }).items.filter((r) => r.score !== null);

  // The list of the settings (retired entries too, when risks still carry them), in its order.
  const categoryKeys = settings.riskCategories
    .map((e) => e.key)
    .filter((k) => categories.length === 0 || categories.includes(k));
  for (const k of categories) if (!categoryKeys.includes(k)) categoryKeys.push(k);
  const byCategory = categoryKeys
    .map((key) => {
      const map = riskHeatmap(ctx, { categories: [key], ownerId: null, compareTo: null });
      return { key, counts: levelCounts(map.current, matrix), unassessed: map.unassessed };
    })
    .filter(
      (c) =>
        c.unassessed > 0 ||
        RISK_LEVELS.some((l) => c.counts[l] > 0) ||
        settings.riskCategories.some((e) => e.key === c.key && e.active),
    );

  const actions = openRiskActions(ctx, { categories, limit: OVERDUE_SHOWN });

  let warnings = kriWarnings(ctx);
  if (categories.length) {
    const categoryOf = categoriesOfRisks(
      ctx,
      warnings.flatMap((w) => (w.riskId ? [w.riskId] : [])),
    );
    warnings = warnings.filter((w) => w.riskId && categories.includes(categoryOf.get(w.riskId) ?? ''));
  }

  return {
    ...request,
    categories,
    asOf,
    figures: {
      openByLevel: levelCounts(heatmap.current, matrix),
      unassessed: heatmap.unassessed,
      identified: count({ from, to }),
      closed: risksClosedIn(ctx, { from, to, categories }),
      reviewDue: count({ reviewDue: true }),
      openActions: actions.open,
      overdueActions: actions.overdue,
      kriBreaches: warnings.length,
    },
    heatmap,
    earlierByLevel: heatmap.earlier ? levelCounts(heatmap.earlier, matrix) : null,
    top,
    byCategory,
    overdue: { total: actions.overdue, items: actions.overdueItems },
    warnings,
  };
}

/** The report as PDF, in the chosen language. */
export async function printRiskRegister(
  ctx: UserCtx,
  request: RiskRegisterRequest,
  locale: Locale,
): Promise<FilePayload> {
  const data = riskRegisterData(ctx, request);
  const { settings } = getSettings(ctx);
  return pdf(
    ctx,
    await riskRegisterHtml({
      data,
      settings,
      locale,
      printedAt: ctx.clock.now(),
      fontsDir: ctx.fontsDir,
    }),
  );
}
