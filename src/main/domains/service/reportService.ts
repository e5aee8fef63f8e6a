import type { FilePayload, Locale } from '../../../shared/contract/fields';
import type { Ctx, UserCtx } from '../../core/context';
import { printReport } from '../../printing/reportDocument';
import { getSettings } from '../settings/service';
import { handlingFormHtml } from './handlingForm';
import { getTicket } from './tickets';

export async function pdf(ctx: Ctx, file: { html: string; fileName: string }): Promise<FilePayload> {
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
