import type { SessionUser } from '../../shared/auth/types';
import { newId } from './ids';

/** Authentication state of one window (Electron) or one browser tab (harness); it lives in main. */
export interface Session {
  readonly id: string;
  user: SessionUser | null;
}

export interface SessionRegistry {
  create(): Session;
  /** Everyone must log in again (after a restore replaced the accounts). */
  signOutAll(): void;
  /** Drop one user's sessions (account deactivated, password reset). */
  signOutUser(userId: string): void;
  dispose(session: Session): void;
}

export function createSessionRegistry(): SessionRegistry {
  const sessions = new Set<Session>();
  return {
    create() {
      const session: Session = { id: newId(), user: null };
      sessions.add(session);
      return session;
    },
    signOutAll() {
      for (const s of sessions) s.user = null;
    },
    signOutUser(userId) {
      for (const s of sessions) if (s.user?.userId === userId) s.user = null;
    },
    dispose(session) {
      sessions.delete(session);
    },
  };
}
