import type { Logger } from '../core/logger';

export interface QuittingApp {
  on(event: 'before-quit', listener: (event: { preventDefault(): void }) => void): unknown;
  quit(): void;
}

/**
 * Holds the quit until the core has closed (backups finished, WAL checkpointed, connection closed), then
 * quits for real. A failing close is logged and does not keep the app alive.
 */
export function closeBeforeQuit(app: QuittingApp, close: () => Promise<void>, logger: Logger): void {
  let state: 'open' | 'closing' | 'closed' = 'open';
  app.on('before-quit', (event) => {
    if (state === 'closed') return;
    event.preventDefault();
    if (state === 'closing') return;
    state = 'closing';
    close()
      .catch((err: unknown) => logger.error('app.close_failed', err))
      .finally(() => {
        state = 'closed';
        app.quit();
      });
  });
}
