import type { FilePayload, Locale } from '../../../shared/contract/fields';
import type { Ctx } from '../../core/context';
import { listMeasuresForPeriod } from '../improvement/service';
import { analysisReportHtml } from '../service/analysisReport';
import { pdf } from '../service/reportService';
import { serviceStats } from '../service/stats';
import { getSettings } from '../settings/service';

/**
 * The complaint analysis report for a period: the statistics, their charts, the period's improvement measures.
 * A department report, above both domains it reads: improvement measures already read tickets, so the
 * service domain itself never reads measures.
 */
export async function printAnalysisReport(
  ctx: Ctx,
  period: { from: string; to: string },
  locale: Locale,
): Promise<FilePayload> {
  const stats = serviceStats(ctx, { ...period, kind: 'complaint' });
  const { settings } = getSettings(ctx);
  return pdf(
    ctx,
    await analysisReportHtml({
      stats,
      measures: listMeasuresForPeriod(ctx, period),
      lists: settings,
      locale,
      departmentName: settings.departmentName,
      printedAt: ctx.clock.now(),
      fontsDir: ctx.fontsDir,
    }),
  );
}
