import { create } from 'zustand';
import type { CalendarDayInput } from '../../../shared/calendar/channels';
import type { CalendarDay, CalendarYear } from '../../../shared/calendar/types';
import type { AppErrorShape, Result } from '../../../shared/contract/errors';
import { onChange } from '../api/changes';
import { call } from '../api/client';

/** The working calendar's year on the Settings screen, and the manager's days in it. */
interface CalendarState {
  year: number;
  data: CalendarYear | null;
  error: AppErrorShape | null;
  load(year?: number): Promise<void>;
  /** Adds a day (no existing day) or changes one. */
  saveDay(existing: CalendarDay | null, input: CalendarDayInput): Promise<Result<CalendarDay>>;
  deleteDay(day: CalendarDay): Promise<Result<null>>;
}

export const useCalendar = create<CalendarState>((set, get) => ({
  year: new Date().getFullYear(),
  data: null,
  error: null,

  async load(year = get().year) {
    set({ year });
    const r = await call('calendar.year', { year });
    // A later pick of another year wins over an answer still on its way.
    if (get().year !== year) return;
    set(r.ok ? { data: r.data, error: null } : { error: r.error });
  },

  saveDay: (existing, input) =>
    call('calendar.saveDay', { id: existing?.id ?? null, version: existing?.version ?? null, ...input }),

  deleteDay: (day) => call('calendar.deleteDay', { id: day.id, version: day.version }),
}));

onChange(['calendarDay', 'database'], async () => {
  if (useCalendar.getState().data) await useCalendar.getState().load();
});
