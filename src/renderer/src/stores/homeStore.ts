import { create } from 'zustand';
import type { AppErrorShape } from '../../../shared/contract/errors';
import type { HomeSummary } from '../../../shared/home/types';
import { onChange } from '../api/changes';
import { call } from '../api/client';

interface HomeState {
  /** Every figure Home shows, from one call (home.summary); null until the first answer. */
  summary: HomeSummary | null;
  error: AppErrorShape | null;
  load(): Promise<void>;
}

let latest = 0;

export const useHome = create<HomeState>((set) => ({
  summary: null,
  error: null,

  async load() {
    const seq = ++latest;
    const r = await call('home.summary', {});
    if (seq !== latest) return;
    set(r.ok ? { summary: r.data, error: null } : { error: r.error });
  },
}));

// The figures count client files (and what touches them), accounts, people, groups, backups and tickets.
onChange(
  [
    'ticket',
    'client',
    'contact',
    'communication',
    'transaction',
    'attachment',
    'account',
    'staff',
    'group',
    'backup',
    'settings',
    // The risk warnings: the indicators, their readings and the risks they watch.
    'kri',
    'kriReading',
    'risk',
  ],
  async () => {
    if (useHome.getState().summary) await useHome.getState().load();
  },
);
