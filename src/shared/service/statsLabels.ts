import type { Locale } from '../contract/fields';
import { formatMonth, formatNumber, formatPercent } from '../i18n/format';
import type { StatsChartLabels } from './charts';
import { listEntryName, type ListEntry } from './settings';
import { UNASSIGNED_DEPARTMENT } from './stats';

/** A translate function (i18next's t, or main's per-locale one): key and values in, text out. */
export type Translate = (key: string, values?: Record<string, unknown>) => string;

export interface StatsLabels extends StatsChartLabels {
  department(key: string): string;
}

/**
 * How the statistics read in one language, for the page, its charts and the analysis report alike:
 * categories and departments by their names on the settings lists, channels and series by translation,
 * months, counts and percentages formatted as everywhere else.
 */
export function statsLabels(
  t: Translate,
  locale: Locale,
  lists: { serviceCategories: readonly ListEntry[]; serviceDepartments: readonly ListEntry[] },
): StatsLabels {
  const number = (n: number) => formatNumber(n, locale);
  const percent = (n: number) => formatPercent(n, locale);
  return {
    category: (key) => listEntryName(lists.serviceCategories, key, locale),
    department: (key) =>
      key === UNASSIGNED_DEPARTMENT
        ? t('serviceReports:unassigned')
        : listEntryName(lists.serviceDepartments, key, locale),
    channel: (key) => t(`service:channel.${key}`),
    month: (month, withYear) => formatMonth(month, locale, withYear),
    current: t('serviceReports:series.current'),
    previous: t('serviceReports:series.previous'),
    count: t('serviceReports:series.count'),
    cumulative: t('serviceReports:series.cumulative'),
    firstResponse: t('serviceReports:sla.firstResponse'),
    resolution: t('serviceReports:sla.resolution'),
    number,
    percent,
    countShare: (count, share) =>
      t('serviceReports:countShare', { count: number(count), share: percent(share) }),
  };
}
