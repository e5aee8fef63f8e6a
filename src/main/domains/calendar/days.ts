import type { CalendarDayInput } from '../../../shared/calendar/channels';
import type { CalendarDay, CalendarDayInfo, CalendarYear } from '../../../shared/calendar/types';
import { diffRecords } from '../../core/auditDiff';
import type { Ctx } from '../../core/context';
import { newId } from '../../core/ids';
import { mutate, type Mutation } from '../../core/mutation';
import { conflict, fieldRefusal, notFound } from '../../core/refusals';
import { forgetManagerDays } from './managerDays';
import { isWeekend, packageCoversYear, packageDayInfo, packageExceptions } from './packageDays';
import * as days from './repository/calendarDays';

/*
 * The manager's own days on the working calendar (Settings): next year's holidays before the package knows
 * them, a company day off, a make-up workday. A day must change something — a holiday on a day that is off
 * anyway, or a workday on a working day, would only hide the package's own day behind a copy — and a date
 * has one day at most.
 */

const auditView = ({ date, kind, name }: CalendarDay) => ({ date, kind, name });

function forWrite(m: Mutation, id: string, version: number): days.CalendarDayRow {
  const day = days.getDay(m.db, id);
  if (!day) throw notFound('calendarDay');
  if (day.version !== version) throw conflict('calendarDay');
  if (day.deletedAt) throw notFound('calendarDay');
  return day;
}

/** Refuses a day that repeats a date or changes nothing, with the reason under the field it concerns. */
function checkDay(m: Mutation, input: CalendarDayInput, exceptId: string | null): void {
  if (days.liveDayOnDate(m.db, input.date, exceptId))
    throw fieldRefusal('DUPLICATE', 'date', 'validation.calendarDayTaken');
  const without = packageDayInfo(input.date);
  if (input.kind === 'holiday' && !without.working)
    throw fieldRefusal('VALIDATION', 'kind', 'validation.calendarAlreadyOff');
  if (input.kind === 'workday' && without.working)
    throw fieldRefusal('VALIDATION', 'kind', 'validation.calendarAlreadyWorking');
}

const readLive = (m: Mutation, id: string): CalendarDay => {
  const { deletedAt: _d, ...day } = days.getDay(m.db, id)!;
  return day;
};

/** Runs a change to the days and forgets the kept days once it is committed (or refused). */
function changeDays<T>(ctx: Ctx, fn: (m: Mutation) => T): T {
  try {
    return mutate(ctx, fn);
  } finally {
    forgetManagerDays(ctx.db);
  }
}

export function saveCalendarDay(
  ctx: Ctx,
  id: string | null,
  version: number | null,
  input: CalendarDayInput,
): CalendarDay {
  return changeDays(ctx, (m) => {
    if (id === null) {
      checkDay(m, input, null);
      const newDayId = newId();
      days.insertDay(m.db, newDayId, input, m.stamp);
      const created = readLive(m, newDayId);
      m.audit({
        entity: 'calendarDay',
        entityId: newDayId,
        action: 'create',
        changes: diffRecords(null, auditView(created)),
      });
      return created;
    }
    const before = forWrite(m, id, version ?? 0);
    checkDay(m, input, id);
    m.versioned('calendarDay', days.updateDay(m.db, id, before.version, input, m.stamp));
    const after = readLive(m, id);
    m.audit({
      entity: 'calendarDay',
      entityId: id,
      action: 'update',
      changes: diffRecords(auditView(before), auditView(after)),
    });
    return after;
  });
}

export function deleteCalendarDay(ctx: Ctx, id: string, version: number): null {
  return changeDays(ctx, (m) => {
    const before = forWrite(m, id, version);
    m.versioned('calendarDay', days.softDeleteDay(m.db, id, version, m.stamp));
    m.audit({
      entity: 'calendarDay',
      entityId: id,
      action: 'delete',
      changes: diffRecords(auditView(before), null),
    });
    return null;
  });
}

/** A manager's day as the calendar reads it. */
const managerDayInfo = (d: CalendarDay): CalendarDayInfo => ({
  date: d.date,
  working: d.kind === 'workday',
  name: d.name,
  nameEn: d.name,
  source: 'manager',
});

/**
 * A year of the calendar for Settings: the manager's days, and every day that is not what Monday to Friday
 * would make it — the package's holidays on weekdays and make-up weekends, and the manager's days over them.
 */
export function calendarYear(ctx: Ctx, year: number): CalendarYear {
  const managerDays = days.listLiveDaysOfYear(ctx.db, year);
  const byDate = new Map<string, CalendarDayInfo>(packageExceptions(year).map((d) => [d.date, d]));
  for (const d of managerDays) {
    const info = managerDayInfo(d);
    // The manager's day undoing a package day (its make-up Saturday off again) leaves an ordinary day.
    if (info.working === isWeekend(d.date)) byDate.set(d.date, info);
    else byDate.delete(d.date);
  }
  return {
    year,
    packageCovers: packageCoversYear(year),
    managerDays,
    exceptions: [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
  };
}
