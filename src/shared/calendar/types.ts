import { z } from 'zod';

/**
 * The working calendar (工作日历): which days are working days and which hours of them count, for every
 * deadline that runs in working hours (customer service first, later rectifications and reviews).
 *
 * Days come from the Chinese public-holiday and make-up-workday (调休) calendar of the `chinese-days` package,
 * then the manager's own days (next year's holidays are announced each winter and an offline app cannot
 * fetch them; a company day off), which win over the package.
 *
 * Working hours are wall-clock times in China Standard Time (UTC+8, no daylight saving): the Chinese
 * calendar's days are Chinese days, so a deadline means the same instant on every machine whatever its
 * time zone.
 */
export const CALENDAR_UTC_OFFSET_MINUTES = 8 * 60;

/** A day the manager sets: a holiday (a day off that would be a working day) or a working day (调休). */
export const CALENDAR_DAY_KINDS = ['holiday', 'workday'] as const;
export type CalendarDayKind = (typeof CALENDAR_DAY_KINDS)[number];

/** How a deadline counts: every hour on the clock, or only the working hours of working days. */
export const DEADLINE_MODES = ['calendar', 'working'] as const;
export type DeadlineMode = (typeof DEADLINE_MODES)[number];

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;
export const clockTime = () => z.string().regex(HH_MM, { message: 'clockTime' });

export const workingPeriod = z.strictObject({ start: clockTime(), end: clockTime() });
export type WorkingPeriod = z.output<typeof workingPeriod>;

/** Minutes after midnight of an 'HH:MM' time. */
export function minutesOfClock(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h! * 60 + m!;
}

/** The working periods of a working day: one to four, each ending after it starts, in order, not overlapping. */
export const workingDaySchema = z
  .array(workingPeriod)
  .min(1)
  .max(4)
  .refine((ps) => ps.every((p) => minutesOfClock(p.end) > minutesOfClock(p.start)), {
    message: 'periodOrder',
  })
  .refine((ps) => ps.every((p, i) => i === 0 || minutesOfClock(p.start) >= minutesOfClock(ps[i - 1]!.end)), {
    message: 'periodOverlap',
  });

export const DEFAULT_WORKING_DAY: WorkingPeriod[] = [
  { start: '09:00', end: '12:00' },
  { start: '13:00', end: '18:00' },
];

/** One of the manager's days, as the Settings screen lists it. */
export interface CalendarDay {
  id: string;
  date: string;
  kind: CalendarDayKind;
  name: string;
  version: number;
  updatedAt: string;
}

/** A day of the year as the calendar sees it: from the manager's list, the package, or the weekday rule. */
export interface CalendarDayInfo {
  date: string;
  working: boolean;
  /** The holiday or make-up day's name ('国庆节'), or null for an ordinary weekday or weekend. */
  name: string | null;
  /** The package's English name ('National Day'); a manager's day has the one name the manager gave it. */
  nameEn: string | null;
  source: 'manager' | 'package' | 'weekday';
}

export interface CalendarYear {
  year: number;
  /** Whether the package knows this year's official holidays; if not, only weekends and the manager's days count. */
  packageCovers: boolean;
  /** The manager's days in this year. */
  managerDays: CalendarDay[];
  /** Every day that differs from the plain Monday–Friday rule (holidays on weekdays, working weekends). */
  exceptions: CalendarDayInfo[];
}
