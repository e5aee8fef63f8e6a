import { create } from 'zustand';
import type { SessionUser } from '../../../shared/auth/types';
import type { ChannelInput } from '../../../shared/contract/channels';
import type { AppErrorShape, Result } from '../../../shared/contract/errors';
import type { SystemStatus } from '../../../shared/system/types';
import { call, onSignedOut } from '../api/client';

type Phase = 'loading' | 'unavailable' | 'recovery' | 'setup' | 'login' | 'changePassword' | 'ready';

interface SessionState {
  phase: Phase;
  status: SystemStatus | null;
  departmentName: string | null;
  user: SessionUser | null;
  bootError: AppErrorShape | null;
  boot(): Promise<void>;
  /** Boot once: called before the first render (so main answers while React starts) and again by the gate. */
  ensureBooted(): Promise<void>;
  setup(input: ChannelInput<'auth.setup'>): Promise<Result<SessionUser>>;
  login(input: ChannelInput<'auth.login'>): Promise<Result<SessionUser>>;
  logout(): Promise<void>;
  changePassword(input: ChannelInput<'auth.changePassword'>): Promise<Result<null>>;
  signedOut(): void;
}

let bootInFlight: Promise<void> | null = null;

const phaseFor = (user: SessionUser | null): Phase =>
  !user ? 'login' : user.mustChangePassword ? 'changePassword' : 'ready';

export const useSession = create<SessionState>((set, get) => ({
  phase: 'loading',
  status: null,
  departmentName: null,
  user: null,
  bootError: null,

  ensureBooted() {
    bootInFlight ??= get()
      .boot()
      .finally(() => {
        bootInFlight = null;
      });
    return bootInFlight;
  },

  async boot() {
    // One round trip's worth of waiting: the three answers are independent (setupStatus and me simply
    // fail while the database is unusable, and status says so).
    const [status, setup, me] = await Promise.all([
      call('system.status', {}),
      call('auth.setupStatus', {}),
      call('auth.me', {}),
    ]);
    if (!status.ok) return set({ phase: 'unavailable', bootError: status.error });
    if (status.data.state !== 'ready') return set({ phase: 'recovery', status: status.data });
    if (!setup.ok) return set({ phase: 'unavailable', bootError: setup.error, status: status.data });
    if (setup.data.needsSetup) return set({ phase: 'setup', status: status.data });
    const user = me.ok ? me.data : null;
    set({ status: status.data, departmentName: setup.data.departmentName, user, phase: phaseFor(user) });
  },

  async setup(input) {
    const r = await call('auth.setup', input);
    if (r.ok) set({ user: r.data, departmentName: input.departmentName, phase: phaseFor(r.data) });
    return r;
  },

  async login(input) {
    const r = await call('auth.login', input);
    if (r.ok) set({ user: r.data, phase: phaseFor(r.data) });
    return r;
  },

  async logout() {
    await call('auth.logout', {});
    get().signedOut();
  },

  async changePassword(input) {
    const r = await call('auth.changePassword', input);
    if (r.ok) {
      const me = await call('auth.me', {});
      const user = me.ok ? me.data : null;
      set({ user, phase: phaseFor(user) });
    }
    return r;
  },

  signedOut() {
    set({ user: null, phase: get().phase === 'setup' ? 'setup' : 'login' });
  },
}));

onSignedOut(() => {
  if (useSession.getState().user) useSession.getState().signedOut();
});
