import type { Locale } from '../contract/fields';
import { formatDate, formatMonth, formatNumber, formatPercent } from '../i18n/format';
import type { StatsChartLabels } from './charts';
import { listEntryName, type ListEntry } from './settings';
import { UNASSIGNED_DEPARTMENT, type DatePeriod } from './stats';

/** A translate function (i18next's t, or main's per-locale one): key and values in, text out. */
export type Translate = (key: string, values?: Record<string, unknown>) => string;

export interface StatsLabels extends StatsChartLabels {
  department(key: string): string;
  /** "2026年10月1日 至 2026年10月31日" / "Oct 1, 2026 – Oct 31, 2026". */
  period(p: DatePeriod): string;
  /** The text for "nothing to say" (a percentage of nothing, a mean of no values). */
  none: string;
  /** A percentage, or `none` for null. */
  pct(p: number | null): string;
  hours(h: number | null): string;
  score(s: number | null): string;
  /** A count's change: "+4（+133.3%）"; against nothing before, the difference alone. */
  countChange(current: number, previous: number): string;
  /** A percentage's change in percentage points: "+3.2 个百分点" / "+3.2 pp". */
  pointsChange(current: number | null, previous: number | null): string;
  hoursChange(current: number | null, previous: number | null): string;
  scoreChange(current: number | null, previous: number | null): string;
}

/** A difference with its sign: "+4", "−0.5" (a true minus sign), "0". */
const signed = (d: number, text: string) => (d > 0 ? `+${text}` : d < 0 ? `−${text}` : text);

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
  const none = t('serviceReports:none');
  const hours = (h: number) => t('serviceReports:hours', { n: number(h) });
  const change = (
    cur: number | null,
    prev: number | null,
    decimals: number,
    say: (abs: string) => string,
  ) => {
    if (cur === null || prev === null) return none;
    const d = Math.round((cur - prev) * 10 ** decimals) / 10 ** decimals;
    return say(signed(d, number(Math.abs(d))));
  };
  return {
    category: (key) => listEntryName(lists.serviceCategories, key, locale),
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
    department: (key) =>
      key === UNASSIGNED_DEPARTMENT
        ? t('serviceReports:unassigned')
        : listEntryName(lists.serviceDepartments, key, locale),
    period: (p) =>
      t('serviceReports:periodRange', { from: formatDate(p.from, locale), to: formatDate(p.to, locale) }),
    none,
    pct: (p) => (p === null ? none : percent(p)),
    hours: (h) => (h === null ? none : hours(h)),
    score: (s) => (s === null ? none : number(s)),
    countChange: (cur, prev) => {
      const d = cur - prev;
      const diff = signed(d, number(Math.abs(d)));
      if (d === 0 || prev === 0) return diff;
      return t('serviceReports:withShare', {
        value: diff,
        share: signed(d, percent(Math.abs(d / prev) * 100)),
      });
    },
    pointsChange: (cur, prev) => change(cur, prev, 1, (n) => t('serviceReports:points', { n })),
    hoursChange: (cur, prev) => change(cur, prev, 1, (n) => t('serviceReports:hours', { n })),
    scoreChange: (cur, prev) => change(cur, prev, 2, (n) => n),
  };
}
