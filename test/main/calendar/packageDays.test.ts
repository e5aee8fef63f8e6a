import { getDayDetail, isWorkday } from 'chinese-days';
import { describe, expect, it } from 'vitest';
import {
  LAST_PACKAGE_YEAR,
  packageCoversYear,
  packageDayInfo,
  packageExceptions,
  packageWorkingDay,
} from '../../../src/main/domains/calendar/packageDays';
import { isoDateOfDay } from '../../../src/shared/calendar/workingTime';

/** The calendar reads the package's data file directly; it must answer exactly what the package does. */
describe("the package's official calendar", () => {
  it('agrees with chinese-days on every day from 2004 to the year after its last', () => {
    const first = Date.parse('2004-01-01T00:00:00Z') / 86_400_000;
    const last = Date.parse(`${LAST_PACKAGE_YEAR + 1}-12-31T00:00:00Z`) / 86_400_000;
    for (let day = first; day <= last; day++) {
      const date = isoDateOfDay(day);
      expect(packageWorkingDay(date), date).toBe(isWorkday(date));
    }
  });

  it('knows which years it covers', () => {
    expect(packageCoversYear(2026)).toBe(true);
    expect(packageCoversYear(2004)).toBe(true);
    expect(packageCoversYear(LAST_PACKAGE_YEAR + 1)).toBe(false);
    expect(packageCoversYear(2003)).toBe(false);
  });

  it('names holidays and make-up days in both languages', () => {
    expect(getDayDetail('2026-10-10').name).toBe('National Day,国庆节,3');
    expect(packageDayInfo('2026-10-10')).toEqual({
      date: '2026-10-10',
      working: true,
      name: '国庆节',
      nameEn: 'National Day',
      source: 'package',
    });
  });

  it("lists the year's days that differ from Monday to Friday", () => {
    const days = packageExceptions(2026).filter((d) => d.date >= '2026-09-01' && d.date <= '2026-10-31');
    // National Day 2026: Thu 1 – Wed 7 Oct off (Sat 3, Sun 4 were off anyway), make-up Sun 20 Sep and Sat 10 Oct;
    // Mid-autumn Fri 25 Sep (Sat 26, Sun 27 were off anyway).
    expect(days.map((d) => `${d.date} ${d.working ? 'work' : 'off'}`)).toEqual([
      '2026-09-20 work',
      '2026-09-25 off',
      '2026-10-01 off',
      '2026-10-02 off',
      '2026-10-05 off',
      '2026-10-06 off',
      '2026-10-07 off',
      '2026-10-10 work',
    ]);
    expect(packageExceptions(LAST_PACKAGE_YEAR + 1)).toEqual([]);
  });
});
