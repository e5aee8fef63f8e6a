import type { Session, SessionRegistry } from '../core/session';
import type { IpcSender } from './ports';

export interface WindowSessions {
  /** The login state of the window that sent a call, created on its first call. */
  sessionFor(sender: IpcSender): Session;
}

/**
 * One core session per webContents, so two windows log in independently; the session ends with the
 * webContents (window closed, renderer destroyed), never earlier.
 */
export function createWindowSessions(registry: Pick<SessionRegistry, 'create' | 'dispose'>): WindowSessions {
  const byContents = new Map<number, Session>();
  return {
    sessionFor(sender) {
      const existing = byContents.get(sender.id);
      if (existing) return existing;
      const session = registry.create();
      byContents.set(sender.id, session);
      sender.once('destroyed', () => {
        byContents.delete(sender.id);
        registry.dispose(session);
      });
      return session;
    },
  };
}
