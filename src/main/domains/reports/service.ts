import type { FilePayload, Locale } from '../../../shared/contract/fields';
import type { CoreDeps } from '../../core/context';
import { translator } from '../../i18n/translate';
import { formatDateTime } from '../../i18n/format';
import { printReport, reportHtml } from '../../printing/reportDocument';
import type { OrgService } from '../org/service';
import type { SettingsService } from '../settings/service';
import { rosterBody } from './roster';

export function createReportsService(deps: CoreDeps, org: OrgService, settings: SettingsService) {
  function frame(locale: Locale, title: string, subtitle?: string) {
    const t = translator(locale);
    return {
      locale,
      departmentName: settings.get().settings.departmentName,
      title,
      subtitle,
      printedAtLabel: t('reports:printedAt', {
        time: formatDateTime(deps.clock.now().toISOString(), locale),
      }),
      pageLabel: t('reports:pageOf'),
    };
  }

  async function pdf(fileBase: string, html: string): Promise<FilePayload> {
    const bytes = await printReport(deps.printer, deps.store.paths.tmpDir, html);
    const day = deps.clock.now().toISOString().slice(0, 10);
    return { fileName: `${fileBase}-${day}.pdf`, mime: 'application/pdf', bytes };
  }

  return {
    async roster(locale: Locale, groupId: string | null): Promise<FilePayload> {
      const t = translator(locale);
      const groups = org.listGroups(false).filter((g) => !groupId || g.id === groupId);
      const staff = org.listStaff({ search: null, groupId: null, status: null });
      const asOf = t('reports:roster.asOf', {
        date: formatDateTime(deps.clock.now().toISOString(), locale).slice(0, 10),
      });
      const title = t('reports:roster.title', { department: settings.get().settings.departmentName });
      const html = reportHtml(
        frame(locale, title, asOf),
        rosterBody({ groups, staff, onlyGroupId: groupId, locale }, t),
        deps.fontsDir,
      );
      return pdf(t('reports:roster.fileName'), html);
    },
  };
}

export type ReportsService = ReturnType<typeof createReportsService>;
