import type { AppErrorShape, Result } from '../../shared/contract/errors';
import type { IsAppUrl } from './appOrigin';
import type { InvokeEvent } from './ports';

export const UNTRUSTED_SENDER: Result<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: 'untrusted sender' } satisfies AppErrorShape,
};

export const INTERNAL_FAILURE: Result<never> = {
  ok: false,
  error: { code: 'INTERNAL', message: 'internal error' },
};

/**
 * Whether an IPC message comes from the app's own page. Any frame can reach ipcRenderer through the preload
 * bridge of its window, so the frame's URL — not the window — is what is checked.
 */
export function isTrustedSender(event: InvokeEvent, isAppUrl: IsAppUrl): boolean {
  let url: string | undefined;
  try {
    url = event.senderFrame?.url;
  } catch {
    // Electron throws when the frame is gone mid-call; a vanished sender is not trusted.
    return false;
  }
  return typeof url === 'string' && isAppUrl(url);
}
