import { CALENDAR_UTC_OFFSET_MINUTES } from '../calendar/types';
import type { DatePeriod } from './stats';

/**
 * The periods of the statistics (三(三)5): calendar dates in China (the tickets' codes and the working
 * calendar count Chinese days, so a period means the same tickets on every machine), both ends included.
 */

const DAY_MS = 86_400_000;
const OFFSET_MS = CALENDAR_UTC_OFFSET_MINUTES * 60_000;

/** The longest period the statistics cover: five years of months is as far as a chart stays readable. */
export const STATS_MAX_DAYS = 5 * 366;

const dayNumber = (date: string): number => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
const dateOfDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

export function addDays(date: string, days: number): string {
  return dateOfDay(dayNumber(date) + days);
}

/** Days in the period, both ends counted. */
export function periodDays(p: DatePeriod): number {
  return dayNumber(p.to) - dayNumber(p.from) + 1;
}

/** The same number of days, ending the day before the period starts. */
export function previousPeriod(p: DatePeriod): DatePeriod {
  const to = addDays(p.from, -1);
  return { from: addDays(to, 1 - periodDays(p)), to };
}

/** The Chinese calendar date of an instant. */
export function chinaDate(instant: Date | string): string {
  const ms = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  return new Date(ms + OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant a Chinese calendar day starts, as the ISO text tickets store their times in. */
export function chinaDayStart(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - OFFSET_MS).toISOString();
}

/** The period as a half-open range of instants: [start of `from`, start of the day after `to`). */
export function periodInstants(p: DatePeriod): { start: string; end: string } {
  return { start: chinaDayStart(p.from), end: chinaDayStart(addDays(p.to, 1)) };
}

/** Each month the period touches, YYYY-MM, in order, with the part of the period that falls in it. */
export function periodMonths(p: DatePeriod): { month: string; from: string; to: string }[] {
  const months: { month: string; from: string; to: string }[] = [];
  let from = p.from;
  while (from <= p.to) {
    const [y, m] = from.split('-').map(Number) as [number, number];
    const nextMonth = dateOfDay(Date.UTC(y, m, 1) / DAY_MS);
    const last = addDays(nextMonth, -1);
    months.push({ month: from.slice(0, 7), from, to: last < p.to ? last : p.to });
    from = nextMonth;
  }
  return months;
}

/** The periods the statistics page offers; "this" ones run to today, "last" ones are whole. */
export const STATS_PRESETS = [
  'thisMonth',
  'lastMonth',
  'thisQuarter',
  'lastQuarter',
  'thisYear',
  'lastYear',
] as const;
export type StatsPreset = (typeof STATS_PRESETS)[number];

export function presetPeriod(preset: StatsPreset, today: string): DatePeriod {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const date = (year: number, month0: number) => dateOfDay(Date.UTC(year, month0, 1) / DAY_MS);
  const quarter0 = Math.floor((m - 1) / 3) * 3;
  switch (preset) {
    case 'thisMonth':
      return { from: date(y, m - 1), to: today };
    case 'lastMonth':
      return { from: date(y, m - 2), to: addDays(date(y, m - 1), -1) };
    case 'thisQuarter':
      return { from: date(y, quarter0), to: today };
    case 'lastQuarter':
      return { from: date(y, quarter0 - 3), to: addDays(date(y, quarter0), -1) };
    case 'thisYear':
      return { from: date(y, 0), to: today };
    case 'lastYear':
      return { from: date(y - 1, 0), to: `${y - 1}-12-31` };
  }
}
