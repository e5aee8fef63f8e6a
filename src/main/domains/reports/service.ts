import type { FilePayload, Locale } from '../../../shared/contract/fields';
import { formatDay } from '../../../shared/i18n/format';
import type { Ctx } from '../../core/context';
import { translator } from '../../i18n/translate';
import { printReport, reportHtml } from '../../printing/reportDocument';
import { reportFrame } from '../../printing/reportFrame';
import { listGroups } from '../org/groups';
import { listStaff } from '../org/staff';
import { getSettings } from '../settings/service';
import { rosterBody } from './roster';

async function pdf(ctx: Ctx, fileBase: string, html: string): Promise<FilePayload> {
  const bytes = await printReport(ctx.printer, ctx.store.paths.tmpDir, html);
  const day = ctx.clock.now().toISOString().slice(0, 10);
  return { fileName: `${fileBase}-${day}.pdf`, mime: 'application/pdf', bytes };
}

/** The department roster (人员名册) as PDF: one group, or the whole department. */
export async function printRoster(ctx: Ctx, locale: Locale, groupId: string | null): Promise<FilePayload> {
  const t = translator(locale);
  const now = ctx.clock.now();
  const departmentName = getSettings(ctx).settings.departmentName;
  const groups = listGroups(ctx, false).filter((g) => !groupId || g.id === groupId);
  const staff = listStaff(ctx, { search: null, groupId: null, status: null });
  const html = reportHtml(
    reportFrame({
      locale,
      departmentName,
      title: t('reports:roster.title', { department: departmentName }),
      subtitle: t('reports:roster.asOf', { date: formatDay(now.toISOString(), locale) }),
      printedAt: now,
    }),
    rosterBody({ groups, staff, onlyGroupId: groupId, locale }, t),
    ctx.fontsDir,
  );
  return pdf(ctx, t('reports:roster.fileName'), html);
}
