import type { FilePayload, Locale } from '../../../shared/contract/fields';
import type { UserCtx } from '../../core/context';
import { printReport } from '../../printing/reportDocument';
import { getSettings } from '../settings/service';
import { getAudit } from './audits';
import { auditReportHtml } from './auditReport';

/** The audit report of an audit the caller may see (the part they may see); any other is NOT_FOUND. */
export async function printAuditReport(ctx: UserCtx, id: string, locale: Locale): Promise<FilePayload> {
  const detail = getAudit(ctx, id);
  const { settings } = getSettings(ctx);
  const file = auditReportHtml({
    detail,
    locale,
    departmentName: settings.departmentName,
    printedAt: ctx.clock.now(),
    fontsDir: ctx.fontsDir,
  });
  const bytes = await printReport(ctx.printer, ctx.store.paths.tmpDir, file.html);
  return { fileName: file.fileName, mime: 'application/pdf', bytes };
}
