import { CALENDAR_UTC_OFFSET_MINUTES, minutesOfClock, type WorkingPeriod } from './types';

/*
 * Working-time arithmetic on instants (epoch milliseconds). Days and clock times are China wall-clock
 * (UTC+8, CALENDAR_UTC_OFFSET_MINUTES) whatever the machine's time zone, so a deadline is the same instant
 * everywhere. Whole days are skipped at once: the cost grows with the number of days a span covers, never
 * with its minutes.
 */

/** Whether a calendar date ('YYYY-MM-DD', a Chinese day) is a working day. */
export type DayRule = (isoDate: string) => boolean;

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const OFFSET_MS = CALENDAR_UTC_OFFSET_MINUTES * MINUTE_MS;

/**
 * A search for the next working day gives up after this many days in a row without one: three years
 * without a working day is a calendar set up wrong (every day a holiday), not a long holiday.
 */
export const MAX_DAYS_WITHOUT_WORK = 3 * 366;

export class NoWorkingTimeError extends Error {
  constructor(fromIsoDate: string) {
    super(
      `no working day in the ${MAX_DAYS_WITHOUT_WORK} days from ${fromIsoDate}: check the working calendar`,
    );
    this.name = 'NoWorkingTimeError';
  }
}

/** The day (days since 1970-01-01 in China) an instant falls on. */
export const chinaDayOf = (ms: number): number => Math.floor((ms + OFFSET_MS) / DAY_MS);

/** The instant a China day starts. */
export const chinaDayStart = (day: number): number => day * DAY_MS - OFFSET_MS;

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/** Day names already made: every deadline asks for the same few hundred days again. */
const isoDates = new Map<number, string>();

/** 'YYYY-MM-DD' of a day number (days since 1970-01-01). */
export function isoDateOfDay(day: number): string {
  let iso = isoDates.get(day);
  if (iso === undefined) {
    iso = civilDate(day);
    if (isoDates.size < 100_000) isoDates.set(day, iso);
  }
  return iso;
}

/** Civil-from-days arithmetic (H. Hinnant), no Date object. */
function civilDate(day: number): string {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

/** The day number of a 'YYYY-MM-DD' date. */
export const dayOfIsoDate = (isoDate: string): number => Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS;

/** The China calendar date an instant falls on. */
export const chinaDateOf = (ms: number): string => isoDateOfDay(chinaDayOf(ms));

/** Working periods as [start, end) offsets in ms from midnight, ordered. */
type Spans = readonly (readonly [number, number])[];

const spansCache = new WeakMap<readonly WorkingPeriod[], { spans: Spans; total: number }>();

function spansOf(periods: readonly WorkingPeriod[]): { spans: Spans; total: number } {
  let cached = spansCache.get(periods);
  if (!cached) {
    const spans = periods.map(
      (p) => [minutesOfClock(p.start) * MINUTE_MS, minutesOfClock(p.end) * MINUTE_MS] as const,
    );
    const total = spans.reduce((sum, [s, e]) => sum + (e - s), 0);
    if (total <= 0) throw new RangeError('a working day needs at least one working period');
    cached = { spans, total };
    spansCache.set(periods, cached);
  }
  return cached;
}

/**
 * The instant `minutes` working minutes after `startMs`. A start outside working time (evening, weekend,
 * lunch break) counts from the start of the next working period. A deadline that uses up a period exactly
 * falls due at that period's end (18:00 stays 18:00, not 9:00 next morning).
 */
export function addWorkingMinutes(
  startMs: number,
  minutes: number,
  periods: readonly WorkingPeriod[],
  isWorkingDay: DayRule,
): number {
  if (!Number.isFinite(startMs) || !Number.isFinite(minutes) || minutes < 0)
    throw new RangeError(`addWorkingMinutes: invalid start ${startMs} or minutes ${minutes}`);
  const { spans, total } = spansOf(periods);
  let remaining = minutes * MINUTE_MS;
  let day = chinaDayOf(startMs);
  let into = startMs - chinaDayStart(day);
  let idle = 0;
  for (;;) {
    if (isWorkingDay(isoDateOfDay(day))) {
      idle = 0;
      if (into === 0 && remaining > total) {
        remaining -= total;
      } else {
        for (const [s, e] of spans) {
          if (into >= e) continue;
          const from = into > s ? into : s;
          if (remaining <= e - from) return chinaDayStart(day) + from + remaining;
          remaining -= e - from;
        }
      }
    } else if (++idle > MAX_DAYS_WITHOUT_WORK) {
      throw new NoWorkingTimeError(chinaDateOf(startMs));
    }
    day++;
    into = 0;
  }
}

/** Working ms of one day from `from` to `to` (offsets from its midnight). */
function workingWithin(spans: Spans, from: number, to: number): number {
  let sum = 0;
  for (const [s, e] of spans) {
    const a = from > s ? from : s;
    const b = to < e ? to : e;
    if (b > a) sum += b - a;
  }
  return sum;
}

/**
 * Working minutes from `aMs` to `bMs`: only the working periods of working days count. Negative when `bMs`
 * is before `aMs`. Fractions of a minute are kept (a span of 30 seconds is 0.5).
 */
export function workingMinutesBetween(
  aMs: number,
  bMs: number,
  periods: readonly WorkingPeriod[],
  isWorkingDay: DayRule,
): number {
  if (!Number.isFinite(aMs) || !Number.isFinite(bMs))
    throw new RangeError(`workingMinutesBetween: invalid instants ${aMs}, ${bMs}`);
  if (bMs < aMs) return -workingMinutesBetween(bMs, aMs, periods, isWorkingDay);
  const { spans, total } = spansOf(periods);
  const firstDay = chinaDayOf(aMs);
  const lastDay = chinaDayOf(bMs);
  const aInto = aMs - chinaDayStart(firstDay);
  const bInto = bMs - chinaDayStart(lastDay);
  if (firstDay === lastDay)
    return isWorkingDay(isoDateOfDay(firstDay)) ? workingWithin(spans, aInto, bInto) / MINUTE_MS : 0;
  let ms = 0;
  if (isWorkingDay(isoDateOfDay(firstDay))) ms += workingWithin(spans, aInto, DAY_MS);
  for (let day = firstDay + 1; day < lastDay; day++) if (isWorkingDay(isoDateOfDay(day))) ms += total;
  if (isWorkingDay(isoDateOfDay(lastDay))) ms += workingWithin(spans, 0, bInto);
  return ms / MINUTE_MS;
}
