import { CHANNEL_NAMES } from '../../shared/contract/channels';
import type { Core } from '../core/createCore';
import type { Logger } from '../core/logger';
import type { IsAppUrl } from './appOrigin';
import type { IpcMainPort } from './ports';
import { INTERNAL_FAILURE, isTrustedSender, UNTRUSTED_SENDER } from './trustedSender';
import { createWindowSessions } from './windowSessions';

export interface CoreChannelsOptions {
  ipcMain: IpcMainPort;
  core: Pick<Core, 'dispatch' | 'sessions'>;
  isAppUrl: IsAppUrl;
  logger: Logger;
}

/**
 * Puts every contract channel on ipcMain.handle: sender check, the window's session, then the core's
 * dispatch. Whatever happens, the renderer receives a result envelope — an exception would reach it as
 * an unstructured error message carrying main-process details.
 */
export function registerCoreChannels(options: CoreChannelsOptions): void {
  const { ipcMain, core, isAppUrl, logger } = options;
  const sessions = createWindowSessions(core.sessions);
  for (const channel of CHANNEL_NAMES) {
    ipcMain.handle(channel, async (event, input) => {
      if (!isTrustedSender(event, isAppUrl)) {
        logger.info('ipc.untrusted_sender', { channel });
        return UNTRUSTED_SENDER;
      }
      try {
        return await core.dispatch(channel, input, sessions.sessionFor(event.sender));
      } catch (err) {
        logger.error('ipc.dispatch_threw', err, { channel });
        return INTERNAL_FAILURE;
      }
    });
  }
}
