import os from 'node:os';
import { SHELL_CHANNELS } from '../../shared/shell/channels';
import type { Logger } from '../core/logger';
import type { IsAppUrl } from './appOrigin';
import { createFileOpener } from './openFile';
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
  /** shell.showItemInFolder: where a program or script attachment is shown instead of being run. */
  showItemInFolder: (path: string) => void;
  writeFile?: WriteFile;
  /** Where opened files are copied (a folder per run inside it); default the OS temp folder. */
  tempDir?: string;
}

/**
 * The glue's own channels (dialogs, file manager, opening a file), behind the same sender check as the core
 * channels. Returns cleanUp(), which removes this run's copies of opened files (call it on quit).
 */
export function registerShellChannels(options: ShellChannelsOptions): { cleanUp(): void } {
  const { ipcMain, isAppUrl, logger } = options;
  const opener = createFileOpener({
    tempDir: options.tempDir ?? os.tmpdir(),
    openPath: options.openPath,
    showItemInFolder: options.showItemInFolder,
    logger,
    writeFile: options.writeFile,
  });

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

  ipcMain.handle(
    SHELL_CHANNELS.openFile,
    guarded(SHELL_CHANNELS.openFile, (_event, payload) => opener.open(payload)),
  );

  return { cleanUp: () => opener.cleanUp() };
}
