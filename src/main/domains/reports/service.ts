import type { FilePayload, Locale } from '../../../shared/contract/fields';
import type { Ctx } from '../../core/context';
import { translator } from '../../i18n/translate';
import { formatDateTime } from '../../i18n/format';
import { printReport, reportHtml } from '../../printing/reportDocument';
import { listGroups } from '../org/groups';
import { listStaff } from '../org/staff';
import { getSettings } from '../settings/service';
import { rosterBody } from './roster';

function frame(ctx: Ctx, locale: Locale, title: string, subtitle?: string) {
  const t = translator(locale);
  return {
    locale,
    departmentName: getSettings(ctx).settings.departmentName,
    title,
    subtitle,
    printedAtLabel: t('reports:printedAt', {
      time: formatDateTime(ctx.clock.now().toISOString(), locale),
    }),
    pageLabel: t('reports:pageOf'),
  };
}

async function pdf(ctx: Ctx, fileBase: string, html: string): Promise<FilePayload> {
  const bytes = await printReport(ctx.printer, ctx.store.paths.tmpDir, html);
  const day = ctx.clock.now().toISOString().slice(0, 10);
  return { fileName: `${fileBase}-${day}.pdf`, mime: 'application/pdf', bytes };
}

/** The department roster (人员名册) as PDF: one group, or the whole department. */
export async function printRoster(ctx: Ctx, locale: Locale, groupId: string | null): Promise<FilePayload> {
  const t = translator(locale);
  const groups = listGroups(ctx, false).filter((g) => !groupId || g.id === groupId);
  const staff = listStaff(ctx, { search: null, groupId: null, status: null });
  const asOf = t('reports:roster.asOf', {
    date: formatDateTime(ctx.clock.now().toISOString(), locale).slice(0, 10),
  });
  const title = t('reports:roster.title', { department: getSettings(ctx).settings.departmentName });
  const html = reportHtml(
    frame(ctx, locale, title, asOf),
    rosterBody({ groups, staff, onlyGroupId: groupId, locale }, t),
    ctx.fontsDir,
  );
  return pdf(ctx, t('reports:roster.fileName'), html);
}
