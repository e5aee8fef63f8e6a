import type { PrintToPDFOptions } from '../../../src/main/electron/ports';
import { FakeEmitter, FakeIpcMain, FakeWebContents, type WindowOptions } from './fakes';

/**
 * A stand-in for the whole 'electron' module, for the one test that runs the real bootstrap (app.ts) with
 * vi.mock('electron'). Each test resets it with resetFakeElectron().
 */

export class FakeBrowserWindow extends FakeEmitter {
  static created: FakeBrowserWindow[] = [];
  static getAllWindows(): FakeBrowserWindow[] {
    return FakeBrowserWindow.created.filter((w) => !w.destroyed);
  }

  readonly webContents = Object.assign(new FakeWebContents(), {
    executeJavaScript: async () => true,
    printToPDF: async (_options: PrintToPDFOptions) => Buffer.from('%PDF'),
  });
  loaded: { url?: string; file?: string } = {};
  destroyed = false;
  shown = false;

  constructor(readonly options: WindowOptions) {
    super();
    FakeBrowserWindow.created.push(this);
  }
  async loadURL(url: string) {
    this.loaded = { url };
  }
  async loadFile(file: string) {
    this.loaded = { file };
  }
  show() {
    this.shown = true;
  }
  focus() {}
  restore() {}
  isMinimized() {
    return false;
  }
  isDestroyed() {
    return this.destroyed;
  }
  destroy() {
    this.destroyed = true;
  }
}

export class FakeApp extends FakeEmitter {
  isPackaged = false;
  quitted = 0;
  exitCode: number | null = null;
  constructor(
    private readonly paths: { appRoot: string; userData: string; documents: string },
    private readonly lock = true,
  ) {
    super();
  }
  getPath(name: 'userData' | 'documents') {
    return this.paths[name];
  }
  getAppPath() {
    return this.paths.appRoot;
  }
  getName() {
    return 'BizOps Desk';
  }
  requestSingleInstanceLock() {
    return this.lock;
  }
  setAppUserModelId() {}
  whenReady() {
    return Promise.resolve();
  }
  /** Like Electron: before-quit listeners may cancel the quit. */
  quit() {
    let prevented = false;
    this.emit('before-quit', { preventDefault: () => (prevented = true) });
    if (!prevented) this.quitted++;
  }
  exit(code: number) {
    this.exitCode = code;
  }
}

export interface FakeElectron {
  app: FakeApp;
  BrowserWindow: typeof FakeBrowserWindow;
  ipcMain: FakeIpcMain;
  Menu: { template: unknown; buildFromTemplate(t: unknown): unknown; setApplicationMenu(m: unknown): void };
  session: {
    defaultSession: {
      headerListeners: number;
      permissionHandlers: number;
      webRequest: object;
      setPermissionRequestHandler(): void;
    };
  };
  shell: {
    external: string[];
    openExternal(url: string): Promise<void>;
    openPath(p: string): Promise<string>;
  };
  dialog: {
    errors: string[];
    showSaveDialog(): Promise<{ canceled: boolean }>;
    showErrorBox(title: string, message: string): void;
  };
}

export const fakeElectron = {} as FakeElectron;

export function resetFakeElectron(paths: {
  appRoot: string;
  userData: string;
  documents: string;
}): FakeElectron {
  FakeBrowserWindow.created = [];
  const defaultSession = {
    headerListeners: 0,
    permissionHandlers: 0,
    webRequest: {
      onHeadersReceived: () => {
        defaultSession.headerListeners++;
      },
    },
    setPermissionRequestHandler: () => {
      defaultSession.permissionHandlers++;
    },
  };
  const shell = {
    external: [] as string[],
    openExternal: async (url: string) => void shell.external.push(url),
    openPath: async () => '',
  };
  const dialog = {
    errors: [] as string[],
    showSaveDialog: async () => ({ canceled: true }),
    showErrorBox: (_title: string, message: string) => void dialog.errors.push(message),
  };
  const Menu = {
    template: null as unknown,
    buildFromTemplate: (t: unknown) => ({ template: t }),
    setApplicationMenu: (m: unknown) => void (Menu.template = (m as { template: unknown }).template),
  };
  Object.assign(fakeElectron, {
    app: new FakeApp(paths),
    BrowserWindow: FakeBrowserWindow,
    ipcMain: new FakeIpcMain(),
    Menu,
    session: { defaultSession },
    shell,
    dialog,
  });
  return fakeElectron;
}
