import type { calendarChannels } from '../../../shared/calendar/channels';
import { contextOf } from '../../core/context';
import type { DomainHandlers } from '../../core/handlers';
import { calendarYear, deleteCalendarDay, saveCalendarDay } from './days';

export const calendarHandlers: DomainHandlers<keyof typeof calendarChannels> = (deps) => ({
  'calendar.year': (input, req) => calendarYear(contextOf(deps, req), input.year),
  'calendar.saveDay': ({ id, version, ...day }, req) =>
    saveCalendarDay(contextOf(deps, req), id, version, day),
  'calendar.deleteDay': (input, req) => deleteCalendarDay(contextOf(deps, req), input.id, input.version),
});
