import type { FilePayload, Locale } from '../../../shared/contract/fields';
import { formatDay } from '../../../shared/i18n/format';
import type { CoreDeps } from '../../core/context';
import { translator } from '../../i18n/translate';
import { printReport, reportHtml } from '../../printing/reportDocument';
import { reportFrame } from '../../printing/reportFrame';
import type { OrgService } from '../org/service';
import type { SettingsService } from '../settings/service';
import { rosterBody } from './roster';

export function createReportsService(deps: CoreDeps, org: OrgService, settings: SettingsService) {
  async function pdf(fileBase: string, html: string): Promise<FilePayload> {
    const bytes = await printReport(deps.printer, deps.store.paths.tmpDir, html);
    const day = deps.clock.now().toISOString().slice(0, 10);
    return { fileName: `${fileBase}-${day}.pdf`, mime: 'application/pdf', bytes };
  }

  return {
    async roster(locale: Locale, groupId: string | null): Promise<FilePayload> {
      const t = translator(locale);
      const now = deps.clock.now();
      const departmentName = settings.get().settings.departmentName;
      const groups = org.listGroups(false).filter((g) => !groupId || g.id === groupId);
      const staff = org.listStaff({ search: null, groupId: null, status: null });
      const html = reportHtml(
        reportFrame({
          locale,
          departmentName,
          title: t('reports:roster.title', { department: departmentName }),
          subtitle: t('reports:roster.asOf', { date: formatDay(now.toISOString(), locale) }),
          printedAt: now,
        }),
        rosterBody({ groups, staff, onlyGroupId: groupId, locale }, t),
        deps.fontsDir,
      );
      return pdf(t('reports:roster.fileName'), html);
    },
  };
}

export type ReportsService = ReturnType<typeof createReportsService>;
