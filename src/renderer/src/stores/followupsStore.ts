import { create } from 'zustand';
import type { FollowUp } from '../../../shared/clients/types';
import type { AppErrorShape, Result } from '../../../shared/contract/errors';
import type { Communication } from '../../../shared/clients/types';
import { call } from '../api/client';
import { useClients } from './clientsStore';

export type FollowUpScope = 'mine' | 'team';

interface FollowupsState {
  /** The My follow-ups page: mine, or my team's (optionally one person in it). */
  scope: FollowUpScope;
  staffId: string | null;
  rows: FollowUp[] | null;
  loading: boolean;
  error: AppErrorShape | null;
  /** The home card: always the user's own. */
  mine: FollowUp[] | null;
  load(query?: { scope?: FollowUpScope; staffId?: string | null }): Promise<void>;
  loadMine(): Promise<void>;
  /** Reload whatever has been loaded (after a change to communication records). */
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
  mine: null,

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

  async loadMine() {
    const r = await call('followups.list', { scope: 'mine', staffId: null });
    if (r.ok) set({ mine: r.data });
  },

  async refresh() {
    const { rows, mine } = get();
    await Promise.all([rows !== null ? get().load() : null, mine !== null ? get().loadMine() : null]);
  },

  async complete(f) {
    const r = await call('communications.complete', { id: f.communicationId, version: f.version });
    if (r.ok) await Promise.all([get().refresh(), useClients.getState().touched(f.clientId)]);
    return r;
  },
}));
