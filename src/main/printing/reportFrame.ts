import type { Locale } from '../../shared/contract/fields';
import { formatDateTime } from '../../shared/i18n/format';
import { translator } from '../i18n/translate';
import type { ReportFrame } from './reportDocument';

/**
 * The page frame of a report in the chosen language: department and title in the page header, the print
 * time (formatted as the screens format times) and "page x / y" in the footer.
 */
export function reportFrame(p: {
  locale: Locale;
  departmentName: string;
  title: string;
  subtitle?: string;
  printedAt: Date;
}): ReportFrame {
  const t = translator(p.locale);
  return {
    locale: p.locale,
    departmentName: p.departmentName,
    title: p.title,
    subtitle: p.subtitle,
    printedAtLabel: t('reports:printedAt', { time: formatDateTime(p.printedAt.toISOString(), p.locale) }),
    pageLabel: t('reports:pageOf'),
  };
}
