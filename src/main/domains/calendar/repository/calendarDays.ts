import type { CalendarDay, CalendarDayKind } from '../../../../shared/calendar/types';
import type { Stamp } from '../../../core/mutation';
import { stmt, type Db } from '../../../db/connection';

export type CalendarDayRow = CalendarDay & { deletedAt: string | null };

/** What the manager sets on a day. */
export interface CalendarDayWrite {
  date: string;
  kind: CalendarDayKind;
  name: string;
}

const DAY_SELECT = `
  SELECT id, date, kind, name, version, updated_at AS updatedAt, deleted_at AS deletedAt FROM calendar_days`;

const live = ({ deletedAt: _d, ...day }: CalendarDayRow): CalendarDay => day;

/** Every live day, for the calendar's in-memory rule. */
export function listLiveDays(db: Db): CalendarDay[] {
  return (stmt(db, `${DAY_SELECT} WHERE deleted_at IS NULL ORDER BY date`).all() as CalendarDayRow[]).map(
    live,
  );
}

/** The live days of one year. */
export function listLiveDaysOfYear(db: Db, year: number): CalendarDay[] {
  return (
    stmt(db, `${DAY_SELECT} WHERE deleted_at IS NULL AND date >= @from AND date <= @to ORDER BY date`).all({
      from: `${year}-01-01`,
      to: `${year}-12-31`,
    }) as CalendarDayRow[]
  ).map(live);
}

export function getDay(db: Db, id: string): CalendarDayRow | null {
  return (stmt(db, `${DAY_SELECT} WHERE id = ?`).get(id) as CalendarDayRow | undefined) ?? null;
}

/** The live day on a date other than `exceptId`, if any. */
export function liveDayOnDate(db: Db, date: string, exceptId: string | null): CalendarDay | null {
  const row = stmt(db, `${DAY_SELECT} WHERE date = ? AND deleted_at IS NULL AND id IS NOT ?`).get(
    date,
    exceptId,
  ) as CalendarDayRow | undefined;
  return row ? live(row) : null;
}

export function insertDay(db: Db, id: string, w: CalendarDayWrite, s: Stamp): void {
  stmt(
    db,
    `INSERT INTO calendar_days (id, date, kind, name, created_at, updated_at, created_by, updated_by)
     VALUES (@id, @date, @kind, @name, @at, @at, @by, @by)`,
  ).run({ id, date: w.date, kind: w.kind, name: w.name, at: s.at, by: s.by });
}

export function updateDay(db: Db, id: string, version: number, w: CalendarDayWrite, s: Stamp): boolean {
  return (
    stmt(
      db,
      `UPDATE calendar_days SET date = @date, kind = @kind, name = @name, updated_at = @at, updated_by = @by,
         version = version + 1
       WHERE id = @id AND version = @version AND deleted_at IS NULL`,
    ).run({ id, version, date: w.date, kind: w.kind, name: w.name, at: s.at, by: s.by }).changes === 1
  );
}

export function softDeleteDay(db: Db, id: string, version: number, s: Stamp): boolean {
  return (
    stmt(
      db,
      `UPDATE calendar_days SET deleted_at = @at, deleted_by = @by, updated_at = @at, updated_by = @by,
         version = version + 1
       WHERE id = @id AND version = @version AND deleted_at IS NULL`,
    ).run({ id, version, at: s.at, by: s.by }).changes === 1
  );
}
