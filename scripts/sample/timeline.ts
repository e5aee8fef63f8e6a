/**
 * When things happened in the sample department. The core stamps every write (created_at, updated_at, the
 * audit trail, last login) with its clock; the generator runs the core on a SampleClock and moves it to the
 * moment each record would have been entered, so a year of work reads as a year: weekdays, office hours
 * (09:00–18:00 in the generating machine's time zone), the department set up about a year ago, files last
 * touched at different times (some beyond the periodic-update limit), people last signed in this week.
 */
import type { Clock } from '../../src/main/core/clock';
import type { Random } from './random';

/** A clock the generator can pin to a past moment; unpinned, it is the real time. */
export interface SampleClock extends Clock {
  pin(moment: Date | null): void;
}

export function createSampleClock(): SampleClock {
  let pinned: Date | null = null;
  return {
    now: () => (pinned ? new Date(pinned.getTime()) : new Date()),
    pin(moment) {
      pinned = moment;
    },
  };
}

const OPEN_MINUTE = 9 * 60;
const CLOSE_MINUTE = 18 * 60;

export interface SampleTime {
  /** The moment generation began: nothing is stamped after it. */
  readonly now: Date;
  /** The local calendar date of `now`, YYYY-MM-DD. */
  readonly today: string;
  /** The next writes happen at this moment (the stamp of every row and audit entry they write). */
  at(moment: Date): void;
  /** A moment in office hours on the working day `daysAgo` days before today (a weekend moves into the week before). */
  workMoment(rng: Random, daysAgo: number): Date;
  /** Arriving at the office (08:35–09:50) on the working day `daysAgo` days before today (or the last before it). */
  arrival(rng: Random, daysAgo: number): Date;
  /** `minutes` after `moment`, carried over to the next working morning past 18:00; never after `now`. */
  later(moment: Date, minutes: number): Date;
  /** The local calendar date of a moment, YYYY-MM-DD. */
  dateOf(moment: Date): string;
  /** The date `days` calendar days before today (negative: after), YYYY-MM-DD. */
  dateAgo(days: number): string;
  /** Whole calendar days from a YYYY-MM-DD date to today. */
  daysSince(date: string): number;
  /** Calendar days back to the working day `workingDays` working days before today (weekends skipped). */
  workingDaysAgo(workingDays: number): number;
}

const pad = (n: number) => String(n).padStart(2, '0');
const localDate = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const isWeekend = (d: Date) => d.getDay() === 0 || d.getDay() === 6;
const DAY_MS = 86_400_000;

export function createSampleTime(now: Date, clock: SampleClock | undefined): SampleTime {
  const midnight = (daysAgo: number) => new Date(now.getFullYear(), now.getMonth(), now.getDate() - daysAgo);
  const withMinute = (day: Date, minute: number) =>
    new Date(day.getFullYear(), day.getMonth(), day.getDate(), 0, minute, 0, 0);

  /**
   * The working day `daysAgo` days before today whose moment at `minute` is not after now. A weekend day
   * moves to a day of the week before it (with `rng`; without, to its Friday), so no weekday piles up.
   */
  function workingDay(daysAgo: number, minute: number, rng?: Random): Date {
    let ago = Math.max(0, daysAgo);
    for (;;) {
      const day = midnight(ago);
      if (isWeekend(day)) ago += (day.getDay() === 6 ? 1 : 2) + (rng ? rng.int(0, 4) : 0);
      else if (withMinute(day, minute) > now) ago++;
      else return day;
    }
  }

  const time: SampleTime = {
    now,
    today: localDate(now),
    at(moment) {
      clock?.pin(moment);
    },
    workMoment(rng, daysAgo) {
      const minute = rng.int(OPEN_MINUTE, CLOSE_MINUTE - 1);
      return withMinute(workingDay(daysAgo, minute, rng), minute);
    },
    arrival(rng, daysAgo) {
      const minute = rng.int(8 * 60 + 35, 9 * 60 + 50);
      return withMinute(workingDay(daysAgo, minute), minute);
    },
    later(moment, minutes) {
      const plain = new Date(moment.getTime() + minutes * 60_000);
      let next = plain;
      const minuteOfDay = plain.getHours() * 60 + plain.getMinutes();
      if (minuteOfDay >= CLOSE_MINUTE || isWeekend(plain)) {
        let day = new Date(plain.getFullYear(), plain.getMonth(), plain.getDate() + 1);
        while (isWeekend(day)) day = new Date(day.getFullYear(), day.getMonth(), day.getDate() + 1);
        next = withMinute(day, OPEN_MINUTE + (minuteOfDay % 30));
      }
      // The next morning has not come yet: it was written up that evening.
      if (next <= now) return next;
      return plain <= now ? plain : new Date(now.getTime());
    },
    dateOf: localDate,
    dateAgo: (days) => localDate(midnight(days)),
    daysSince: (date) =>
      Math.round((Date.parse(`${localDate(now)}T00:00:00Z`) - Date.parse(`${date}T00:00:00Z`)) / DAY_MS),
    workingDaysAgo(workingDays) {
      let ago = 0;
      for (let left = workingDays; left > 0;) if (!isWeekend(midnight(++ago))) left--;
      return ago;
    },
  };
  return time;
}
