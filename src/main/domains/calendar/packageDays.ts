import packageData from 'chinese-days/dist/chinese-days.json';
import type { CalendarDayInfo } from '../../../shared/calendar/types';

/*
 * The official Chinese public holidays and make-up workdays (调休) the `chinese-days` package ships, read
 * from its data file rather than through its functions: one map lookup per day, where its functions parse a
 * date every call. The package covers the years it has data for; any other year falls back to the weekday
 * rule, exactly as its own isWorkday does.
 */

interface PackageDay {
  working: boolean;
  nameZh: string;
  nameEn: string;
}

/** Entries read 'National Day,国庆节,3': the English name, the Chinese name, the number of days off. */
function readDays(entries: Record<string, string>, working: boolean, into: Map<string, PackageDay>): void {
  for (const [date, value] of Object.entries(entries)) {
    const [nameEn = '', nameZh = ''] = value.split(',');
    into.set(date, { working, nameZh: nameZh || nameEn, nameEn: nameEn || nameZh });
  }
}

const PACKAGE_DAYS = new Map<string, PackageDay>();
readDays(packageData.holidays, false, PACKAGE_DAYS);
readDays(packageData.workdays, true, PACKAGE_DAYS);

/** A year the package lists official holidays for; every year it knows has at least New Year's Day. */
const COVERED_YEARS = new Set(Object.keys(packageData.holidays).map((d) => Number(d.slice(0, 4))));

export const packageCoversYear = (year: number): boolean => COVERED_YEARS.has(year);

/** The last year the package knows, so Settings can say from when on the manager's days are needed. */
export const LAST_PACKAGE_YEAR = Math.max(...COVERED_YEARS);

const SAKAMOTO = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];

/** Saturday or Sunday, for a 'YYYY-MM-DD' date (Sakamoto's weekday rule: this runs for every day counted). */
export function isWeekend(isoDate: string): boolean {
  const m = Number(isoDate.slice(5, 7));
  const d = Number(isoDate.slice(8, 10));
  const y = Number(isoDate.slice(0, 4)) - (m < 3 ? 1 : 0);
  const weekday =
    (y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) + SAKAMOTO[m - 1]! + d) % 7;
  return weekday === 0 || weekday === 6;
}

/** A day as the package and the weekday rule see it, before the manager's own days. */
export function packageDayInfo(isoDate: string): CalendarDayInfo {
  const day = PACKAGE_DAYS.get(isoDate);
  if (day)
    return { date: isoDate, working: day.working, name: day.nameZh, nameEn: day.nameEn, source: 'package' };
  return { date: isoDate, working: !isWeekend(isoDate), name: null, nameEn: null, source: 'weekday' };
}

/** Whether a day is a working day by the package and the weekday rule. */
export function packageWorkingDay(isoDate: string): boolean {
  const day = PACKAGE_DAYS.get(isoDate);
  return day ? day.working : !isWeekend(isoDate);
}

/** The package's days in a year that differ from the weekday rule, in date order. */
export function packageExceptions(year: number): CalendarDayInfo[] {
  const prefix = `${year}-`;
  const out: CalendarDayInfo[] = [];
  for (const date of PACKAGE_DAYS.keys()) {
    if (!date.startsWith(prefix)) continue;
    const info = packageDayInfo(date);
    if (info.working === isWeekend(date)) out.push(info);
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
