import type { CalendarDay } from '../../../shared/calendar/types';
import type { Db } from '../../db/connection';
import { listLiveDays } from './repository/calendarDays';

/*
 * The manager's days, kept in memory per database: every list that shows time left asks the calendar about
 * the same few days again and again. A restore or a reopened database is another connection, so it starts
 * afresh; a change to the days forgets them (after its transaction, so nothing uncommitted is kept).
 */

const byDb = new WeakMap<Db, ReadonlyMap<string, CalendarDay>>();

/** The live manager's days by date. */
export function managerDaysOf(db: Db): ReadonlyMap<string, CalendarDay> {
  let days = byDb.get(db);
  if (!days) {
    days = new Map(listLiveDays(db).map((d) => [d.date, d]));
    byDb.set(db, days);
  }
  return days;
}

/** Drops the kept days of a database after they changed. */
export function forgetManagerDays(db: Db): void {
  byDb.delete(db);
}
