import type { FilePayload, Locale } from '../../../shared/contract/fields';
import type { Ctx, UserCtx } from '../../core/context';
import { printReport } from '../../printing/reportDocument';
import { listMeasuresForPeriod } from '../improvement/service';
import { getSettings } from '../settings/service';
import { analysisReportHtml } from './analysisReport';
import { handlingFormHtml } from './handlingForm';
import { serviceStats } from './stats';
import { getTicket } from './tickets';

async function pdf(ctx: Ctx, file: { html: string; fileName: string }): Promise<FilePayload> {
  const bytes = await printReport(ctx.printer, ctx.store.paths.tmpDir, file.html);
  return { fileName: file.fileName, mime: 'application/pdf', bytes };
}

/** The handling form (投诉处理单) of a ticket the caller may see; any other is NOT_FOUND. */
export function printHandlingForm(ctx: UserCtx, id: string, locale: Locale): Promise<FilePayload> {
  const ticket = getTicket(ctx, id);
  const { settings } = getSettings(ctx);
  return pdf(
    ctx,
    handlingFormHtml({
      ticket,
      lists: settings,
      locale,
      departmentName: settings.departmentName,
      printedAt: ctx.clock.now(),
      fontsDir: ctx.fontsDir,
    }),
  );
}

/** The complaint analysis report for a period: the statistics, their charts, the period's improvement measures. */
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
