import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appLocations } from '../../../src/main/electron/appLocations';
import { appMenuTemplate } from '../../../src/main/electron/appMenu';
import { logCrashes, type CrashSources } from '../../../src/main/electron/crashLogging';
import { closeBeforeQuit } from '../../../src/main/electron/quitGate';
import { claimSingleInstance, type FocusableWindow } from '../../../src/main/electron/singleInstance';
import { FakeEmitter, recordingLogger } from './fakes';

class FakeApp extends FakeEmitter {
  quits = 0;
  constructor(private readonly lock = true) {
    super();
  }
  requestSingleInstanceLock() {
    return this.lock;
  }
  quit() {
    this.quits++;
    this.emit('before-quit', { preventDefault: () => (this.prevented = true) });
  }
  prevented = false;
}

function fakeWindow(minimized: boolean): FocusableWindow & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    isDestroyed: () => false,
    isMinimized: () => minimized,
    restore: () => void calls.push('restore'),
    show: () => void calls.push('show'),
    focus: () => void calls.push('focus'),
  };
}

describe('single instance', () => {
  it('quits when another instance holds the lock', () => {
    const app = new FakeApp(false);
    expect(claimSingleInstance(app, () => null)).toBe(false);
    expect(app.quits).toBe(1);
    expect(app.count('second-instance')).toBe(0);
  });

  it('brings the existing window forward when a second instance starts', () => {
    const app = new FakeApp(true);
    const window = fakeWindow(true);
    expect(claimSingleInstance(app, () => window)).toBe(true);
    app.emit('second-instance', {}, ['bizops'], '/home/user');
    expect(window.calls).toEqual(['restore', 'show', 'focus']);
    expect(app.quits).toBe(0);
  });

  it('does nothing on a second instance before the window exists', () => {
    const app = new FakeApp(true);
    claimSingleInstance(app, () => null);
    expect(() => app.emit('second-instance')).not.toThrow();
  });
});

describe('quitting', () => {
  it('holds the quit until the core has closed, then quits once', async () => {
    const app = new FakeApp();
    let release!: () => void;
    let closes = 0;
    closeBeforeQuit(
      app,
      () => {
        closes++;
        return new Promise<void>((r) => (release = r));
      },
      recordingLogger(),
    );
    let prevented = 0;
    app.emit('before-quit', { preventDefault: () => prevented++ });
    app.emit('before-quit', { preventDefault: () => prevented++ });
    expect(prevented).toBe(2);
    expect(closes).toBe(1);
    expect(app.quits).toBe(0);

    release();
    await new Promise((r) => setImmediate(r));
    expect(app.quits).toBe(1);
    app.prevented = false;
    app.emit('before-quit', { preventDefault: () => (app.prevented = true) });
    expect(app.prevented).toBe(false);
  });

  it('still quits when closing fails, and logs why', async () => {
    const app = new FakeApp();
    const logger = recordingLogger();
    closeBeforeQuit(app, () => Promise.reject(new Error('checkpoint failed')), logger);
    app.emit('before-quit', { preventDefault: () => undefined });
    await new Promise((r) => setImmediate(r));
    expect(app.quits).toBe(1);
    expect(logger.events.map((e) => e.event)).toEqual(['app.close_failed']);
  });
});

describe('crash logging', () => {
  it('logs main-process exceptions and renderer or helper crashes', () => {
    const proc = new FakeEmitter();
    const app = new FakeEmitter();
    const logger = recordingLogger();
    logCrashes({ process: proc, app } as unknown as CrashSources, logger);
    proc.emit('uncaughtException', new Error('boom'));
    proc.emit('unhandledRejection', 'nope');
    app.emit('render-process-gone', {}, {}, { reason: 'oom', exitCode: 9 });
    app.emit('child-process-gone', {}, { type: 'GPU', reason: 'crashed', exitCode: 1 });
    expect(logger.events.map((e) => [e.level, e.event])).toEqual([
      ['error', 'main.uncaught_exception'],
      ['error', 'main.unhandled_rejection'],
      ['error', 'renderer.gone'],
      ['error', 'child_process.gone'],
    ]);
  });
});

describe('application menu', () => {
  const roles = (items: ReturnType<typeof appMenuTemplate>) => items.map((i) => i.role);

  it('is made of Electron roles only, so no label of ours needs translating', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      for (const packaged of [true, false]) {
        const json = JSON.stringify(appMenuTemplate({ platform, packaged }));
        expect(json).not.toContain('"label"');
        expect(json).not.toContain('"click"');
      }
    }
  });

  it('has the app menu on macOS only', () => {
    expect(roles(appMenuTemplate({ platform: 'darwin', packaged: true }))).toEqual([
      'appMenu',
      'fileMenu',
      'editMenu',
      'viewMenu',
      'windowMenu',
    ]);
    expect(roles(appMenuTemplate({ platform: 'win32', packaged: true }))).toEqual([
      'fileMenu',
      'editMenu',
      'viewMenu',
      'windowMenu',
    ]);
  });

  it('offers reload and developer tools only in development', () => {
    const view = (packaged: boolean) =>
      appMenuTemplate({ platform: 'win32', packaged }).find((i) => i.role === 'viewMenu')!;
    const shipped = JSON.stringify(view(true).submenu);
    expect(shipped).not.toMatch(/reload|toggleDevTools/i);
    expect(shipped).toContain('zoomIn');
    // Without a submenu Electron fills in its default view menu: reload, force reload, developer tools.
    expect(view(false).submenu).toBeUndefined();
  });
});

describe('app locations', () => {
  it('in development uses the repository build output and the Electron build of better-sqlite3', () => {
    const at = appLocations({
      appRoot: '/repo',
      packaged: false,
      resourcesPath: '/electron/resources',
      platform: 'linux',
      arch: 'x64',
    });
    expect(at).toEqual({
      preload: path.join('/repo', 'out', 'preload', 'index.js'),
      rendererFile: path.join('/repo', 'out', 'renderer', 'index.html'),
      nativeBinding: path.join('/repo', '.native', 'electron', 'linux-x64', 'better_sqlite3.node'),
      fontsDir: undefined,
    });
  });

  it('when packaged loads the native module and fonts from resources', () => {
    const at = appLocations({
      appRoot: '/Applications/BizOps Desk.app/Contents/Resources/app.asar',
      packaged: true,
      resourcesPath: '/Applications/BizOps Desk.app/Contents/Resources',
      platform: 'darwin',
      arch: 'arm64',
    });
    expect(at.nativeBinding).toBe(
      path.join('/Applications/BizOps Desk.app/Contents/Resources', 'native', 'better_sqlite3.node'),
    );
    expect(at.fontsDir).toBe(
      path.join('/Applications/BizOps Desk.app/Contents/Resources', 'fontsource', 'files'),
    );
    expect(at.preload).toBe(
      path.join('/Applications/BizOps Desk.app/Contents/Resources/app.asar', 'out', 'preload', 'index.js'),
    );
  });
});
