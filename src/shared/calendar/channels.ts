import { z } from 'zod';
import { channel } from '../contract/channel';
import { DATE_YEARS, type FieldsOutput, calendarDate, id, requiredText, version } from '../contract/fields';
import { LIMITS } from '../contract/limits';
import { CALENDAR_DAY_KINDS, type CalendarDay, type CalendarYear } from './types';

/** One of the manager's days as the Settings form writes it. */
export const calendarDayFields = {
  date: calendarDate(),
  kind: z.enum(CALENDAR_DAY_KINDS),
  name: requiredText(LIMITS.name),
};
export type CalendarDayInput = FieldsOutput<typeof calendarDayFields>;

export const calendarChannels = {
  /** A year of the working calendar: the manager's days and every day off the Monday–Friday rule. */
  'calendar.year': channel<CalendarYear>()({
    input: z.strictObject({ year: z.number().int().min(DATE_YEARS.min).max(DATE_YEARS.max) }),
    access: 'settings.read',
    kind: 'query',
  }),
  /** Adds a day (no id) or changes one (its id and the version read). */
  'calendar.saveDay': channel<CalendarDay>()({
    input: z
      .strictObject({
        id: id().nullable().default(null),
        version: version().nullable().default(null),
        ...calendarDayFields,
      })
      .refine((d) => d.id === null || d.version !== null, { path: ['version'], message: 'required' }),
    access: 'settings.manage',
    kind: 'mutation',
    changes: ['calendarDay'],
  }),
  'calendar.deleteDay': channel<null>()({
    input: z.strictObject({ id: id(), version: version() }),
    access: 'settings.manage',
    kind: 'mutation',
    changes: ['calendarDay'],
  }),
};
