import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNEL_NAMES } from '../../../src/shared/contract/channels';
import { SHELL_CHANNELS } from '../../../src/shared/shell/channels';
import { tempDir } from '../../support/core';
import { fakeElectron, FakeBrowserWindow, resetFakeElectron } from './fakeElectron';
import { FakeWebContents } from './fakes';

// The real module would try to download the Electron binary; the bootstrap gets the fake instead.
vi.mock('electron', async () => (await import('./fakeElectron')).fakeElectron);

const { startApp } = await import('../../../src/main/electron/app');

const NODE_BUILD = path.resolve(
  __dirname,
  '../../../node_modules/better-sqlite3/build/Release/better_sqlite3.node',
);

/** A project root whose .native build is the Node one, so the real core runs under the test's Node. */
function fakeAppRoot(): string {
  const root = tempDir('bizops-app-');
  const nativeDir = path.join(root, '.native', 'electron', `${process.platform}-${process.arch}`);
  fs.mkdirSync(nativeDir, { recursive: true });
  fs.symlinkSync(NODE_BUILD, path.join(nativeDir, 'better_sqlite3.node'));
  return root;
}

async function until<T>(probe: () => T | undefined | null, what: string): Promise<T> {
  for (let i = 0; i < 400; i++) {
    const value = probe();
    if (value) return value;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const processEvents = ['uncaughtException', 'unhandledRejection'];
/** The bootstrap's crash listeners go on the real process; they are removed again after each test. */
const processEmitter: NodeJS.EventEmitter = process;
let listenersBefore: Map<string, unknown[]>;
let dataDir: string;
let appRoot: string;

beforeEach(() => {
  listenersBefore = new Map(processEvents.map((e) => [e, processEmitter.listeners(e)]));
  appRoot = fakeAppRoot();
  dataDir = tempDir('bizops-data-');
  vi.stubEnv('BIZOPS_DATA_DIR', dataDir);
  vi.stubEnv('ELECTRON_RENDERER_URL', '');
  resetFakeElectron({
    appRoot,
    userData: path.join(appRoot, 'userData'),
    documents: path.join(appRoot, 'Documents'),
  });
});

afterEach(async () => {
  // Close the core the way the app does on quit, so no connection or timer outlives the test.
  fakeElectron.app.quit();
  await until(() => fakeElectron.app.quitted > 0 || fakeElectron.app.exitCode !== null, 'quit');
  for (const event of processEvents) {
    for (const l of processEmitter.listeners(event)) {
      if (!listenersBefore.get(event)!.includes(l))
        processEmitter.off(event, l as (...args: unknown[]) => void);
    }
  }
  vi.unstubAllEnvs();
});

describe('app bootstrap (fake electron module)', () => {
  it('opens one secure window on the built renderer and answers every channel through the real core', async () => {
    startApp();
    const window = await until(() => FakeBrowserWindow.created[0], 'the main window');
    const rendererFile = path.join(appRoot, 'out', 'renderer', 'index.html');

    expect(window.options.webPreferences).toMatchObject({
      preload: path.join(appRoot, 'out', 'preload', 'index.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect(window.loaded).toEqual({ file: rendererFile });
    window.emit('ready-to-show');
    expect(window.shown).toBe(true);

    const registered = [...fakeElectron.ipcMain.handlers.keys()].sort();
    expect(registered).toEqual([...CHANNEL_NAMES, ...Object.values(SHELL_CHANNELS)].sort());

    const appUrl = `${pathToFileURL(rendererFile).href}#/`;
    const status = await fakeElectron.ipcMain.invoke(window.webContents, appUrl, 'system.status', {});
    expect(status).toMatchObject({ ok: true });
    expect(fs.existsSync(path.join(dataDir, 'bizops.sqlite'))).toBe(true);
    expect(
      await fakeElectron.ipcMain.invoke(window.webContents, 'https://evil.example/', 'system.status', {}),
    ).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });

    expect(fakeElectron.session.defaultSession.headerListeners).toBe(1);
    expect(fakeElectron.session.defaultSession.permissionHandlers).toBe(1);
    expect(fakeElectron.Menu.template).toEqual(expect.arrayContaining([{ role: 'editMenu' }]));
  });

  it('guards the navigation of every webContents created', async () => {
    startApp();
    await until(() => FakeBrowserWindow.created[0], 'the main window');
    const contents = new FakeWebContents();
    fakeElectron.app.emit('web-contents-created', {}, contents);
    expect(contents.navigate('will-navigate', 'https://example.com/')).toBe(true);
    expect(contents.windowOpenHandler!({ url: 'ms-settings:privacy' })).toEqual({ action: 'deny' });
    await new Promise((r) => setImmediate(r));
    expect(fakeElectron.shell.external).toEqual(['https://example.com/']);
  });

  it('holds quitting until the core has closed the database', async () => {
    startApp();
    await until(() => FakeBrowserWindow.created[0], 'the main window');
    fakeElectron.app.quit();
    expect(fakeElectron.app.quitted).toBe(0);
    await until(() => fakeElectron.app.quitted > 0, 'the real quit');
    expect(fs.existsSync(path.join(dataDir, 'bizops.sqlite-wal'))).toBe(false);
  });

  it.skipIf(process.platform === 'darwin')(
    'quits when the main window closes, though the hidden print window stays open between reports',
    async () => {
      startApp();
      const window = await until(() => FakeBrowserWindow.created[0], 'the main window');
      new FakeBrowserWindow({ show: false });
      window.destroy();
      window.emit('closed');
      await until(() => fakeElectron.app.quitted > 0, 'the quit');
    },
  );

  it('in development loads the dev server named by electron-vite', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
    startApp();
    const window = await until(() => FakeBrowserWindow.created[0], 'the main window');
    expect(window.loaded).toEqual({ url: 'http://localhost:5173' });
    expect(window.options.webPreferences?.devTools).toBe(true);
  });

  it('when packaged ignores ELECTRON_RENDERER_URL and disables developer tools', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://attacker.example:5173');
    const resources = tempDir('bizops-resources-');
    fs.mkdirSync(path.join(resources, 'native'));
    fs.symlinkSync(NODE_BUILD, path.join(resources, 'native', 'better_sqlite3.node'));
    const original = Object.getOwnPropertyDescriptor(process, 'resourcesPath');
    Object.defineProperty(process, 'resourcesPath', { value: resources, configurable: true });
    try {
      fakeElectron.app.isPackaged = true;
      startApp();
      const window = await until(() => FakeBrowserWindow.created[0], 'the main window');
      expect(window.loaded).toEqual({ file: path.join(appRoot, 'out', 'renderer', 'index.html') });
      expect(window.options.webPreferences?.devTools).toBe(false);
      expect(JSON.stringify(fakeElectron.Menu.template)).not.toMatch(/toggleDevTools|reload/i);
    } finally {
      if (original) Object.defineProperty(process, 'resourcesPath', original);
      else delete (process as { resourcesPath?: string }).resourcesPath;
    }
  });

  it('reports a start-up failure and exits instead of running without a database', async () => {
    fs.rmSync(path.join(appRoot, '.native'), { recursive: true });
    startApp();
    await until(() => fakeElectron.app.exitCode !== null, 'exit');
    expect(fakeElectron.app.exitCode).toBe(1);
    expect(fakeElectron.dialog.errors).toHaveLength(1);
    expect(FakeBrowserWindow.created).toEqual([]);
    const log = fs.readFileSync(path.join(dataDir, 'logs', 'bizops.log'), 'utf8');
    expect(log).toContain('app.start_failed');
  });
});
