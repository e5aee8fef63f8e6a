import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, session, shell, type WebContents } from 'electron';
import { createCore } from '../core/createCore';
import { createFileLogger } from '../core/logger';
import { appLocations } from './appLocations';
import { appMenuTemplate } from './appMenu';
import { createAppOrigin } from './appOrigin';
import { contentSecurityPolicy } from './contentSecurityPolicy';
import { registerCoreChannels } from './coreChannels';
import { logCrashes } from './crashLogging';
import { openVettedExternal } from './externalLinks';
import { createMainWindow } from './mainWindow';
import { guardNavigation } from './navigationGuard';
import { createElectronPrinter } from './pdfPrinter';
import type { AskSavePath } from './ports';
import { closeBeforeQuit } from './quitGate';
import { applySessionPolicy } from './sessionPolicy';
import { registerShellChannels } from './shellChannels';
import { claimSingleInstance } from './singleInstance';

const APP_USER_MODEL_ID = 'com.bizops.desk';

/**
 * Wires Electron to the core. Only this module (and the preload) loads 'electron' at run time; every other
 * glue module takes Electron's objects as parameters, so tests can hand them fakes.
 */
export function startApp(): void {
  const packaged = app.isPackaged;
  const devServerUrl = packaged ? undefined : process.env.ELECTRON_RENDERER_URL;
  const dataDir = path.resolve(process.env.BIZOPS_DATA_DIR ?? app.getPath('userData'));
  const logger = createFileLogger(path.join(dataDir, 'logs'));
  logCrashes({ process, app }, logger);

  let mainWindow: BrowserWindow | null = null;
  if (!claimSingleInstance(app, () => mainWindow)) return;
  if (process.platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID);

  const locations = appLocations({
    appRoot: app.getAppPath(),
    packaged,
    resourcesPath: process.resourcesPath,
    platform: process.platform,
    arch: process.arch,
  });
  const isAppUrl = createAppOrigin({ rendererFile: locations.rendererFile, devServerUrl });
  const openOutside = (url: string) => {
    const opened = openVettedExternal(
      (u) => shell.openExternal(u),
      url,
      (err) => logger.error('shell.open_external_failed', err),
    );
    if (!opened) logger.info('navigation.blocked');
  };
  // Every webContents, including ones we never meant to create, gets the same navigation rules.
  app.on('web-contents-created', (_event, contents: WebContents) =>
    guardNavigation(contents, { isAppUrl, openOutside }),
  );

  const askSavePath: AskSavePath = (sender, options) => {
    const owner = BrowserWindow.getAllWindows().find((w) => w.webContents.id === sender.id);
    return owner ? dialog.showSaveDialog(owner, options) : dialog.showSaveDialog(options);
  };

  const openWindow = () => {
    const window = createMainWindow({
      createWindow: (options) => new BrowserWindow(options),
      preload: locations.preload,
      rendererFile: locations.rendererFile,
      devServerUrl,
      devTools: !packaged,
      onLoadError: (err) => logger.error('window.load_failed', err),
    });
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = null;
      // The printer keeps a hidden window between reports, so 'window-all-closed' never comes: closing the
      // main window is what ends the app (macOS apps stay in the dock).
      if (process.platform !== 'darwin') app.quit();
    });
    mainWindow = window;
  };

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app
    .whenReady()
    .then(async () => {
      Menu.setApplicationMenu(
        Menu.buildFromTemplate(appMenuTemplate({ platform: process.platform, packaged })),
      );
      applySessionPolicy(session.defaultSession, contentSecurityPolicy(devServerUrl));
      const core = await createCore({
        dataDir,
        printer: createElectronPrinter((options) => new BrowserWindow(options), { warmAfterMs: 5_000 }),
        nativeBinding: locations.nativeBinding,
        fontsDir: locations.fontsDir,
        logger,
      });
      closeBeforeQuit(app, () => core.close(), logger);
      registerCoreChannels({ ipcMain, core, isAppUrl, logger });
      const shellChannels = registerShellChannels({
        ipcMain,
        isAppUrl,
        logger,
        askSavePath,
        documentsDir: app.getPath('documents'),
        dataDir,
        openPath: (target) => shell.openPath(target),
        showItemInFolder: (target) => shell.showItemInFolder(target),
        tempDir: app.getPath('temp'),
      });
      // Copies of opened attachments hold client data: they go when the app does.
      app.on('will-quit', () => shellChannels.cleanUp());
      openWindow();
      // macOS keeps the app running without windows; clicking the dock icon brings one back.
      app.on('activate', () => {
        if (mainWindow === null) openWindow();
      });
    })
    .catch((err: unknown) => {
      logger.error('app.start_failed', err);
      dialog.showErrorBox(app.getName(), err instanceof Error ? err.message : String(err));
      app.exit(1);
    });
}
