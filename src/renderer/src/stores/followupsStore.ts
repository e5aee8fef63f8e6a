import { create } from 'zustand';
import type { FollowUp } from '../../../shared/clients/types';
import type { AppErrorShape, Result } from '../../../shared/contract/errors';
import type { Communication } from '../../../shared/clients/types';
import { onChange } from '../api/changes';
import { call } from '../api/client';

export type FollowUpScope = 'mine' | 'team';

interface FollowupsState {
  /** The My follow-ups page: mine, or my team's (optionally one person in it). */
  scope: FollowUpScope;
  staffId: string | null;
  rows: FollowUp[] | null;
  loading: boolean;
  error: AppErrorShape | null;
  load(query?: { scope?: FollowUpScope; staffId?: string | null }): Promise<void>;
  /** Reloads whatever has been loaded (change events: follow-ups are communication records in files). */
  refresh(): Promise<void>;
  complete(f: FollowUp): Promise<Result<Communication>>;
}

let latest = 0;

export const useFollowups = create<FollowupsState>((set, get) => ({
  scope: 'mine',
  staffId: null,
  rows: null,
  loading: false,
  error: null,

  async load(query = {}) {
    const scope = query.scope ?? get().scope;
    // A person filter only means something within the team.
    const staffId = scope === 'team' ? (query.staffId !== undefined ? query.staffId : get().staffId) : null;
    set({ scope, staffId, loading: true });
    const seq = ++latest;
    const r = await call('followups.list', { scope, staffId });
    if (seq !== latest) return;
    set(r.ok ? { rows: r.data, loading: false, error: null } : { loading: false, error: r.error });
  },

  async refresh() {
    if (get().rows !== null) await get().load();
  },

  complete: (f) => call('communications.complete', { id: f.communicationId, version: f.version }),
}));

// Who a follow-up belongs to and which file it is in show in the rows too.
onChange(['communication', 'client', 'staff'], () => useFollowups.getState().refresh());
