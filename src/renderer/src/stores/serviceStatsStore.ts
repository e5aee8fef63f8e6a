import { create } from 'zustand';
import type { AppErrorShape, Result } from '../../../shared/contract/errors';
import type { FilePayload, Locale } from '../../../shared/contract/fields';
import type { DatePeriod, ServiceStats } from '../../../shared/service/stats';
import { chinaDate, presetPeriod, type StatsPreset } from '../../../shared/service/statsPeriod';
import type { TicketKind } from '../../../shared/service/types';
import { onChange } from '../api/changes';
import { call } from '../api/client';

export type PeriodChoice = StatsPreset | 'custom';

interface ServiceStatsState {
  kind: TicketKind;
  choice: PeriodChoice;
  period: DatePeriod;
  stats: ServiceStats | null;
  loading: boolean;
  error: AppErrorShape | null;
  load(): Promise<void>;
  setKind(kind: TicketKind): Promise<void>;
  /** A preset period, counted from today (China's calendar date, the one the statistics count in). */
  choose(preset: StatsPreset): Promise<void>;
  setCustom(period: DatePeriod): Promise<void>;
  analysisReport(locale: Locale): Promise<Result<FilePayload>>;
}

const today = () => chinaDate(new Date());
let latest = 0;

export const useServiceStats = create<ServiceStatsState>((set, get) => ({
  kind: 'complaint',
  choice: 'thisMonth',
  period: presetPeriod('thisMonth', today()),
  stats: null,
  loading: false,
  error: null,

  async load() {
    const seq = ++latest;
    const { kind, period } = get();
    set({ loading: true });
    const r = await call('service.stats', { kind, from: period.from, to: period.to });
    if (seq !== latest) return;
    set(r.ok ? { stats: r.data, error: null, loading: false } : { error: r.error, loading: false });
  },

  async setKind(kind) {
    set({ kind });
    await get().load();
  },

  async choose(preset) {
    set({ choice: preset, period: presetPeriod(preset, today()) });
    await get().load();
  },

  async setCustom(period) {
    set({ choice: 'custom', period });
    await get().load();
  },

  // The report is about complaints, whatever kind the page shows.
  analysisReport: (locale) => {
    const { period } = get();
    return call('service.analysisReport', { from: period.from, to: period.to, locale });
  },
}));

// Tickets, their actions and the settings' lists all change what the statistics count.
onChange(['ticket', 'ticketAction', 'settings'], async () => {
  if (useServiceStats.getState().stats) await useServiceStats.getState().load();
});
