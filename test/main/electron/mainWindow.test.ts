import { describe, expect, it } from 'vitest';
import { createAppOrigin } from '../../../src/main/electron/appOrigin';
import { createMainWindow, secureWebPreferences } from '../../../src/main/electron/mainWindow';
import { guardNavigation } from '../../../src/main/electron/navigationGuard';
import type { AppWindow } from '../../../src/main/electron/ports';
import { APP_FILE, APP_URL, FakeEmitter, FakeWebContents, type WindowOptions } from './fakes';

class FakeWindow extends FakeEmitter implements AppWindow {
  readonly webContents = new FakeWebContents();
  shown = 0;
  loaded: { url?: string; file?: string } = {};
  constructor(
    readonly options: WindowOptions,
    private readonly loadResult: Promise<void> = Promise.resolve(),
  ) {
    super();
  }
  loadURL(url: string) {
    this.loaded = { url };
    return this.loadResult;
  }
  loadFile(file: string) {
    this.loaded = { file };
    return this.loadResult;
  }
  show() {
    this.shown++;
  }
  focus() {}
  restore() {}
  isMinimized() {
    return false;
  }
  isDestroyed() {
    return false;
  }
}

function open(options: { devServerUrl?: string; loadResult?: Promise<void> } = {}) {
  const errors: unknown[] = [];
  const window = createMainWindow({
    createWindow: (o) => new FakeWindow(o, options.loadResult),
    preload: '/app/out/preload/index.js',
    rendererFile: APP_FILE,
    devServerUrl: options.devServerUrl,
    devTools: false,
    onLoadError: (err) => errors.push(err),
  });
  return { window, errors };
}

describe('main window', () => {
  it('runs the renderer isolated, sandboxed, without Node, with web security on', () => {
    const { window } = open();
    const prefs = window.options.webPreferences!;
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false,
    });
    expect(secureWebPreferences('/p.js', true).devTools).toBe(true);
  });

  it('has a usable minimum size and stays hidden until ready-to-show', () => {
    const { window } = open();
    expect(window.options).toMatchObject({ minWidth: 1100, minHeight: 700, show: false });
    expect(window.options.title).toBeUndefined();
    expect(window.shown).toBe(0);
    window.emit('ready-to-show');
    expect(window.shown).toBe(1);
  });

  it('loads the built file, or the dev server when one is given', () => {
    expect(open().window.loaded).toEqual({ file: APP_FILE });
    expect(open({ devServerUrl: 'http://localhost:5173' }).window.loaded).toEqual({
      url: 'http://localhost:5173',
    });
  });

  it('reports a failed load instead of leaving an unhandled rejection', async () => {
    const { errors } = open({ loadResult: Promise.reject(new Error('ERR_FILE_NOT_FOUND')) });
    await new Promise((r) => setImmediate(r));
    expect(errors).toHaveLength(1);
  });
});

describe('navigation guard', () => {
  function guarded() {
    const contents = new FakeWebContents();
    const outside: string[] = [];
    guardNavigation(contents, {
      isAppUrl: createAppOrigin({ rendererFile: APP_FILE, platform: 'linux' }),
      openOutside: (url) => outside.push(url),
    });
    return { contents, outside };
  }

  it('cancels navigation to a foreign URL and offers it to the system browser', () => {
    const { contents, outside } = guarded();
    expect(contents.navigate('will-navigate', 'https://evil.example/phish')).toBe(true);
    expect(contents.navigate('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(outside).toEqual(['https://evil.example/phish', 'file:///etc/passwd']);
  });

  it('lets the app navigate within its own page', () => {
    const { contents, outside } = guarded();
    expect(contents.navigate('will-navigate', APP_URL)).toBe(false);
    expect(outside).toEqual([]);
  });

  it('keeps subframes on the app too', () => {
    const { contents } = guarded();
    expect(contents.navigate('will-frame-navigate', 'https://evil.example/', false)).toBe(true);
    expect(contents.navigate('will-frame-navigate', APP_URL, false)).toBe(false);
    // The main frame is will-navigate's job; cancelling here too would open the browser twice.
    expect(contents.navigate('will-frame-navigate', 'https://evil.example/', true)).toBe(false);
  });

  it('denies every new window, passing the URL on for vetting', () => {
    const { contents, outside } = guarded();
    expect(contents.windowOpenHandler!({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler!({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(outside).toEqual(['https://example.com/', 'javascript:alert(1)']);
  });
});
