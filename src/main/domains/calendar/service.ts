import type {
  CalendarDay,
  CalendarDayInfo,
  DeadlineMode,
  WorkingPeriod,
} from '../../../shared/calendar/types';
import { addWorkingMinutes, workingMinutesBetween, type DayRule } from '../../../shared/calendar/workingTime';
import type { Ctx } from '../../core/context';
import { getSettings } from '../settings/service';
import { managerDaysOf } from './managerDays';
import { packageDayInfo, packageWorkingDay } from './packageDays';

/**
 * The working calendar every deadline runs on (customer service first, later rectifications and reviews):
 * which days are working days — the manager's own days first, then the official calendar of the
 * `chinese-days` package, then Monday to Friday — and the working periods of a day from Settings.
 */
export interface WorkingCalendar {
  /** The instant a deadline falls due when its clock starts at startIso (ISO UTC in, ISO UTC out). */
  dueAt(startIso: string, deadline: { hours: number; mode: DeadlineMode }): string;
  /**
   * Minutes from now until due in that mode's minutes; negative when overdue. Whole minutes rounded down,
   * so it turns negative from the first moment past due.
   */
  minutesLeft(nowIso: string, dueIso: string, mode: DeadlineMode): number;
  /** Minutes from a to b in that mode (working: only working minutes count); fractions kept, negative when b < a. */
  elapsedMinutes(fromIso: string, toIso: string, mode: DeadlineMode): number;
  dayInfo(isoDate: string): CalendarDayInfo;
}

const MINUTE_MS = 60_000;

function instant(iso: string): number {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new RangeError(`working calendar: not a timestamp: ${iso}`);
  return ms;
}

const rules = new WeakMap<ReadonlyMap<string, CalendarDay>, DayRule>();

/**
 * The day rule over the manager's days, the package and the weekday rule. One per set of manager's days,
 * remembering its answers: a list of overdue tickets asks about the same days for every row.
 */
export function dayRuleOf(managerDays: ReadonlyMap<string, CalendarDay>): DayRule {
  let rule = rules.get(managerDays);
  if (!rule) {
    const known = new Map<string, boolean>();
    rule = (isoDate) => {
      let working = known.get(isoDate);
      if (working === undefined) {
        const own = managerDays.get(isoDate);
        working = own ? own.kind === 'workday' : packageWorkingDay(isoDate);
        if (known.size < 100_000) known.set(isoDate, working);
      }
      return working;
    };
    rules.set(managerDays, rule);
  }
  return rule;
}

/** The calendar over given days and periods (what workingCalendar builds from the database and settings). */
export function calendarOf(
  managerDays: ReadonlyMap<string, CalendarDay>,
  periods: readonly WorkingPeriod[],
): WorkingCalendar {
  const isWorkingDay = dayRuleOf(managerDays);
  const elapsed = (fromMs: number, toMs: number, mode: DeadlineMode) =>
    mode === 'calendar'
      ? (toMs - fromMs) / MINUTE_MS
      : workingMinutesBetween(fromMs, toMs, periods, isWorkingDay);
  return {
    dueAt(startIso, { hours, mode }) {
      const start = instant(startIso);
      const due =
        mode === 'calendar'
          ? start + hours * 60 * MINUTE_MS
          : addWorkingMinutes(start, hours * 60, periods, isWorkingDay);
      return new Date(due).toISOString();
    },
    minutesLeft(nowIso, dueIso, mode) {
      // + 0 turns a -0 (due exactly now) into 0.
      return Math.floor(elapsed(instant(nowIso), instant(dueIso), mode)) + 0;
    },
    elapsedMinutes(fromIso, toIso, mode) {
      return elapsed(instant(fromIso), instant(toIso), mode);
    },
    dayInfo(isoDate) {
      const own = managerDays.get(isoDate);
      if (own)
        return {
          date: isoDate,
          working: own.kind === 'workday',
          name: own.name,
          nameEn: own.name,
          source: 'manager',
        };
      return packageDayInfo(isoDate);
    },
  };
}

/**
 * The working calendar as it stands for this call's database: cheap to build (the manager's days are kept
 * in memory, the settings are one row), so build it where it is needed and drop it after the call.
 */
export function workingCalendar(ctx: Ctx): WorkingCalendar {
  return calendarOf(managerDaysOf(ctx.db), getSettings(ctx).settings.workingDay);
}
