import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarOf, dayRuleOf } from '../../../src/main/domains/calendar/service';
import { DEFAULT_WORKING_DAY, type CalendarDay } from '../../../src/shared/calendar/types';
import {
  NoWorkingTimeError,
  addWorkingMinutes,
  chinaDateOf,
  isoDateOfDay,
  workingMinutesBetween,
} from '../../../src/shared/calendar/workingTime';

/*
 * Deadline arithmetic against cases worked out by hand. Every instant is written as China wall-clock time
 * (UTC+8); the working day is the default 09:00–12:00 and 13:00–18:00, eight hours.
 *
 * Weekdays used below (checked against a printed calendar):
 *   2026-09-18 Fri, 2026-09-20 Sun (make-up workday for National Day), 2026-09-30 Wed,
 *   2026-10-01 Thu … 2026-10-07 Wed (National Day holiday), 2026-10-09 Fri, 2026-10-10 Sat (make-up workday),
 *   2026-11-27 Fri, 2026-11-30 Mon, 2026-12-10 Thu, 2027-02-05 Fri, 2027-02-15 Mon, 2027-02-20 Sat.
 * The make-up days of 2026 are the package's own (chinese-days 1.5.7, dist/years/2026.json: workdays
 * 2026-01-04, 02-14, 02-28, 05-09, 09-20, 10-10).
 */

/** A China wall-clock time 'YYYY-MM-DD HH:MM' as an instant. */
const cn = (wallClock: string): number => Date.parse(`${wallClock.replace(' ', 'T')}:00+08:00`);
const iso = (wallClock: string): string => new Date(cn(wallClock)).toISOString();

const day = (date: string, kind: CalendarDay['kind'], name: string): CalendarDay => ({
  id: `id-${date}`,
  date,
  kind,
  name,
  version: 1,
  updatedAt: '2026-11-01T00:00:00.000Z',
});
const managerDays = (...days: CalendarDay[]) => new Map(days.map((d) => [d.date, d]));

const packageOnly = dayRuleOf(new Map());
const periods = DEFAULT_WORKING_DAY;
const addWorking = (start: string, hours: number, rule = packageOnly) =>
  addWorkingMinutes(cn(start), hours * 60, periods, rule);

const calendar = calendarOf(new Map(), periods);

describe('deadlines in calendar hours', () => {
  it('run through the weekend', () => {
    // Fri 16:00 + 72 h: Sat 16:00 (24), Sun 16:00 (48), Mon 16:00 (72).
    expect(calendar.dueAt(iso('2026-11-27 16:00'), { hours: 72, mode: 'calendar' })).toBe(
      iso('2026-11-30 16:00'),
    );
  });

  it('run through the National Day holiday', () => {
    // Wed 30 Sep 15:00 + 24 h is Thu 1 Oct 15:00, holiday or not.
    expect(calendar.dueAt(iso('2026-09-30 15:00'), { hours: 24, mode: 'calendar' })).toBe(
      iso('2026-10-01 15:00'),
    );
  });

  it('count half hours', () => {
    // 23:50 + 0.5 h = 00:20 the next day.
    expect(calendar.dueAt(iso('2026-11-30 23:50'), { hours: 0.5, mode: 'calendar' })).toBe(
      iso('2026-12-01 00:20'),
    );
  });
});

describe('deadlines in working hours', () => {
  it('skip the weekend', () => {
    // Fri 16:00 + 4 h: Fri 16–18 is 2 h, Sat and Sun are off, Mon 09:00 + the other 2 h = Mon 11:00.
    expect(addWorking('2026-11-27 16:00', 4)).toBe(cn('2026-11-30 11:00'));
  });

  it('run 72 working hours over two weekends', () => {
    // Fri 16:00: 2 h that day, 70 h left = 8 h each on Mon 30, Tue 1, Wed 2, Thu 3, Fri 4 Dec (40, 30 left),
    // Mon 7, Tue 8, Wed 9 (24, 6 left); Thu 10: 09–12 is 3 (3 left), 13:00 + 3 h = 16:00.
    expect(addWorking('2026-11-27 16:00', 72)).toBe(cn('2026-12-10 16:00'));
    expect(calendar.dueAt(iso('2026-11-27 16:00'), { hours: 72, mode: 'working' })).toBe(
      iso('2026-12-10 16:00'),
    );
  });

  it('skip the National Day week and count its make-up Saturday', () => {
    // Wed 30 Sep 15:00 + 24 h: 15–18 is 3 (21 left); 1–7 Oct are off; Thu 8 Oct 8 (13 left), Fri 9 Oct 8
    // (5 left); Sat 10 Oct is a make-up workday: 09–12 is 3 (2 left), 13:00 + 2 h = 15:00.
    expect(addWorking('2026-09-30 15:00', 24)).toBe(cn('2026-10-10 15:00'));
  });

  it('count a make-up Saturday as a working day', () => {
    // Fri 9 Oct 16:00 + 4 h: 2 h on Friday, then Sat 10 Oct (make-up workday) 09:00 + 2 h = 11:00 —
    // not Mon 12 Oct 11:00 as an ordinary Saturday would give.
    expect(addWorking('2026-10-09 16:00', 4)).toBe(cn('2026-10-10 11:00'));
    const weekdaysOnly = (d: string) => ![0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay());
    expect(addWorking('2026-10-09 16:00', 4, weekdaysOnly)).toBe(cn('2026-10-12 11:00'));
  });

  it('count a make-up Sunday and stop at the lunch break when the time is used up there', () => {
    // Fri 18 Sep 17:00 + 4 h: 1 h on Friday; Sat 19 off; Sun 20 Sep is a make-up workday: 09:00 + 3 h = 12:00,
    // the end of the morning period (a deadline that uses up a period falls due at its end).
    expect(addWorking('2026-09-18 17:00', 4)).toBe(cn('2026-09-20 12:00'));
  });

  it('skip the lunch break', () => {
    // Mon 11:00 + 2 h: 11–12 is 1 h, lunch 12–13 does not count, 13:00 + 1 h = 14:00.
    expect(addWorking('2026-11-30 11:00', 2)).toBe(cn('2026-11-30 14:00'));
    // A start in the lunch break counts from 13:00: 12:30 + 1 h = 14:00.
    expect(addWorking('2026-11-30 12:30', 1)).toBe(cn('2026-11-30 14:00'));
  });

  it('fall due at closing time, not the next morning, when they end exactly there', () => {
    // Mon 14:00 + 4 h = 18:00 the same day.
    expect(addWorking('2026-11-30 14:00', 4)).toBe(cn('2026-11-30 18:00'));
    // Mon 09:00 + 8 h is the whole day: Mon 18:00; + 16 h: Tue 18:00 (a whole day skipped, then the last one used up).
    expect(addWorking('2026-11-30 09:00', 8)).toBe(cn('2026-11-30 18:00'));
    expect(addWorking('2026-11-30 09:00', 16)).toBe(cn('2026-12-01 18:00'));
    // Fri 14:00 + 4 h = Fri 18:00, not Monday.
    expect(addWorking('2026-11-27 14:00', 4)).toBe(cn('2026-11-27 18:00'));
  });

  it('start from the next working period when received outside working time', () => {
    // Mon 20:00 + 1 h: nothing more on Monday, Tue 09:00 + 1 h = 10:00.
    expect(addWorking('2026-11-30 20:00', 1)).toBe(cn('2026-12-01 10:00'));
    // Tue 07:00 + 1 h: from 09:00, 10:00.
    expect(addWorking('2026-12-01 07:00', 1)).toBe(cn('2026-12-01 10:00'));
    // Fri 20:00 + 1 h: the weekend is off too, Mon 10:00.
    expect(addWorking('2026-11-27 20:00', 1)).toBe(cn('2026-11-30 10:00'));
    // Sat 10:00 + 4 h: nothing at the weekend; Mon 09–12 is 3 h, 13:00 + the last 1 h = 14:00.
    expect(addWorking('2026-11-28 10:00', 4)).toBe(cn('2026-11-30 14:00'));
  });

  it('keep seconds of the start', () => {
    // 10:00:30 + 1 h = 11:00:30.
    expect(addWorkingMinutes(cn('2026-11-30 10:00') + 30_000, 60, periods, packageOnly)).toBe(
      cn('2026-11-30 11:00') + 30_000,
    );
  });

  it('follow the working periods from Settings', () => {
    // One period 08:30–17:30 (9 h, no lunch break): Mon 16:30 + 2 h = 1 h Monday, Tue 08:30 + 1 h = 09:30.
    const straight = [{ start: '08:30', end: '17:30' }];
    expect(addWorkingMinutes(cn('2026-11-30 16:30'), 120, straight, packageOnly)).toBe(
      cn('2026-12-01 09:30'),
    );
  });
});

describe("the manager's days", () => {
  // The package knows nothing of 2027: the manager enters the Spring Festival week as announced.
  const springFestival = managerDays(
    day('2027-02-08', 'holiday', '春节'),
    day('2027-02-09', 'holiday', '春节'),
    day('2027-02-10', 'holiday', '春节'),
    day('2027-02-11', 'holiday', '春节'),
    day('2027-02-12', 'holiday', '春节'),
    day('2027-02-20', 'workday', '春节调休'),
  );
  const rule = dayRuleOf(springFestival);

  it('a holiday the manager added is a day off', () => {
    // Fri 5 Feb 17:00 + 2 h: 1 h on Friday; Sat 6, Sun 7 weekend; Mon 8 – Fri 12 the manager's holidays;
    // Sat 13, Sun 14 weekend; Mon 15 09:00 + 1 h = 10:00. Without the manager's days: Mon 8 Feb 10:00.
    expect(addWorking('2027-02-05 17:00', 2, rule)).toBe(cn('2027-02-15 10:00'));
    expect(addWorking('2027-02-05 17:00', 2)).toBe(cn('2027-02-08 10:00'));
  });

  it('a workday the manager added is a working day', () => {
    // Fri 19 Feb 17:00 + 2 h: 1 h on Friday; Sat 20 Feb is the manager's workday: 09:00 + 1 h = 10:00.
    expect(addWorking('2027-02-19 17:00', 2, rule)).toBe(cn('2027-02-20 10:00'));
    expect(addWorking('2027-02-19 17:00', 2)).toBe(cn('2027-02-22 10:00'));
  });

  it("win over the package's days", () => {
    // The manager gives the package's make-up Saturday 10 Oct 2026 off: Fri 9 Oct 16:00 + 4 h = Mon 12 Oct 11:00.
    const off = dayRuleOf(managerDays(day('2026-10-10', 'holiday', '公司休息日')));
    expect(addWorking('2026-10-09 16:00', 4, off)).toBe(cn('2026-10-12 11:00'));
  });

  it('say where a day comes from', () => {
    const cal = calendarOf(springFestival, periods);
    expect(cal.dayInfo('2027-02-08')).toEqual({
      date: '2027-02-08',
      working: false,
      name: '春节',
      nameEn: '春节',
      source: 'manager',
    });
    expect(cal.dayInfo('2026-10-01')).toEqual({
      date: '2026-10-01',
      working: false,
      name: '国庆节',
      nameEn: 'National Day',
      source: 'package',
    });
    expect(cal.dayInfo('2026-10-10')).toMatchObject({ working: true, name: '国庆节', source: 'package' });
    expect(cal.dayInfo('2026-11-28')).toEqual({
      date: '2026-11-28',
      working: false,
      name: null,
      nameEn: null,
      source: 'weekday',
    });
  });
});

describe('time left and time taken', () => {
  it('is negative when overdue, in calendar minutes', () => {
    // Due Mon 10:00, now Mon 11:30: 90 minutes overdue.
    expect(calendar.minutesLeft(iso('2026-11-30 11:30'), iso('2026-11-30 10:00'), 'calendar')).toBe(-90);
    // Due Fri 17:00, now Mon 10:00: 65 hours overdue on the clock.
    expect(calendar.minutesLeft(iso('2026-11-30 10:00'), iso('2026-11-27 17:00'), 'calendar')).toBe(-65 * 60);
  });

  it('is negative when overdue, in working minutes', () => {
    // Due Fri 17:00, now Mon 10:00: Fri 17–18 (60) and Mon 09–10 (60) are working time: 120 minutes overdue.
    expect(calendar.minutesLeft(iso('2026-11-30 10:00'), iso('2026-11-27 17:00'), 'working')).toBe(-120);
    // The other way round, 120 minutes left.
    expect(calendar.minutesLeft(iso('2026-11-27 17:00'), iso('2026-11-30 10:00'), 'working')).toBe(120);
  });

  it('is overdue from the first moment past due and zero when due now', () => {
    const due = iso('2026-11-30 10:00');
    expect(calendar.minutesLeft(due, due, 'working')).toBe(0);
    expect(Object.is(calendar.minutesLeft(due, due, 'calendar'), 0)).toBe(true);
    const aSecondLate = new Date(cn('2026-11-30 10:00') + 1000).toISOString();
    expect(calendar.minutesLeft(aSecondLate, due, 'calendar')).toBe(-1);
    expect(calendar.minutesLeft(aSecondLate, due, 'working')).toBe(-1);
  });

  it('does not run outside working time', () => {
    // Due Tue 09:00 (start of day), now Mon 20:00: no working time in between, nothing left but not overdue.
    expect(calendar.minutesLeft(iso('2026-11-30 20:00'), iso('2026-12-01 09:00'), 'working')).toBe(0);
    // Mon 11:30 → 13:30 in working minutes: 11:30–12:00 and 13:00–13:30, 60.
    expect(calendar.elapsedMinutes(iso('2026-11-30 11:30'), iso('2026-11-30 13:30'), 'working')).toBe(60);
    expect(calendar.elapsedMinutes(iso('2026-11-30 11:30'), iso('2026-11-30 13:30'), 'calendar')).toBe(120);
  });

  it('counts the National Day week as no working time', () => {
    // Wed 30 Sep 17:00 → Thu 8 Oct 10:00: 60 on 30 Sep, nothing 1–7 Oct, 60 on 8 Oct.
    expect(calendar.elapsedMinutes(iso('2026-09-30 17:00'), iso('2026-10-08 10:00'), 'working')).toBe(120);
    expect(workingMinutesBetween(cn('2026-10-08 10:00'), cn('2026-09-30 17:00'), periods, packageOnly)).toBe(
      -120,
    );
  });
});

describe('the arithmetic itself', () => {
  it('gives up with a clear error on a calendar without working days', () => {
    expect(() => addWorkingMinutes(cn('2026-11-30 10:00'), 60, periods, () => false)).toThrow(
      NoWorkingTimeError,
    );
    expect(() => addWorkingMinutes(cn('2026-11-30 10:00'), 60, periods, () => false)).toThrow(
      /no working day/,
    );
  });

  it('refuses negative or impossible amounts', () => {
    expect(() => addWorkingMinutes(cn('2026-11-30 10:00'), -1, periods, packageOnly)).toThrow(RangeError);
    expect(() => addWorkingMinutes(Number.NaN, 60, periods, packageOnly)).toThrow(RangeError);
  });

  it('names China days whatever the machine time zone', () => {
    // 2026-11-30 16:30 UTC is 2026-12-01 00:30 in China.
    expect(chinaDateOf(Date.parse('2026-11-30T16:30:00Z'))).toBe('2026-12-01');
    expect(chinaDateOf(Date.parse('2026-11-30T15:59:59Z'))).toBe('2026-11-30');
    for (const d of ['1970-01-01', '2000-02-29', '2024-12-31', '2100-03-01'])
      expect(isoDateOfDay(Date.parse(`${d}T00:00:00Z`) / 86_400_000)).toBe(d);
  });

  it('counts back exactly the working minutes it added, from any start in working time', () => {
    const start = cn('2026-01-01 00:00');
    // Working instants across 2026 and 2027: a day, a working period and a minute within it.
    const workingStart = fc
      .tuple(fc.integer({ min: 0, max: 729 }), fc.constantFrom(...periods), fc.integer({ min: 0, max: 299 }))
      .filter(([d]) => packageOnly(chinaDateOf(start + d * 86_400_000)))
      .map(([d, p, m]) => {
        const [h, mm] = p.start.split(':').map(Number);
        const length = (Number(p.end.slice(0, 2)) - h!) * 60;
        return start + d * 86_400_000 + (h! * 60 + mm! + (m % length)) * 60_000;
      });
    fc.assert(
      fc.property(workingStart, fc.integer({ min: 0, max: 720 * 60 }), (s, minutes) => {
        const due = addWorkingMinutes(s, minutes, periods, packageOnly);
        expect(workingMinutesBetween(s, due, periods, packageOnly)).toBe(minutes);
        expect(due).toBeGreaterThanOrEqual(s);
      }),
      { numRuns: 500 },
    );
  });
});
