import { SHELL_CHANNELS } from '../../shared/shell/channels';
import type { Logger } from '../core/logger';
import type { IsAppUrl } from './appOrigin';
import type { AskSavePath, IpcMainPort, InvokeListener } from './ports';
import { saveFile, type WriteFile } from './saveFile';
import { INTERNAL_FAILURE, isTrustedSender, UNTRUSTED_SENDER } from './trustedSender';

export interface ShellChannelsOptions {
  ipcMain: IpcMainPort;
  isAppUrl: IsAppUrl;
  logger: Logger;
  askSavePath: AskSavePath;
  documentsDir: string;
  dataDir: string;
  /** shell.openPath: resolves to an error message, empty on success. */
  openPath: (path: string) => Promise<string>;
  writeFile?: WriteFile;
}

/** The glue's own channels (dialogs, file manager), behind the same sender check as the core channels. */
export function registerShellChannels(options: ShellChannelsOptions): void {
  const { ipcMain, isAppUrl, logger } = options;

  const guarded =
    (channel: string, run: InvokeListener): InvokeListener =>
    async (event, ...args) => {
      if (!isTrustedSender(event, isAppUrl)) {
        logger.info('ipc.untrusted_sender', { channel });
        return UNTRUSTED_SENDER;
      }
      try {
        return await run(event, ...args);
      } catch (err) {
        logger.error('ipc.shell_threw', err, { channel });
        return INTERNAL_FAILURE;
      }
    };

  ipcMain.handle(
    SHELL_CHANNELS.saveFile,
    guarded(SHELL_CHANNELS.saveFile, (event, payload) =>
      saveFile(event.sender, payload, {
        askSavePath: options.askSavePath,
        documentsDir: options.documentsDir,
        logger,
        writeFile: options.writeFile,
      }),
    ),
  );

  ipcMain.handle(
    SHELL_CHANNELS.openDataFolder,
    guarded(SHELL_CHANNELS.openDataFolder, async () => {
      const problem = await options.openPath(options.dataDir);
      if (problem) logger.error('shell.open_data_folder_failed', new Error(problem));
    }),
  );
}
