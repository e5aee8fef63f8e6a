import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import type { AppWindow, WindowFactory } from './ports';

export interface MainWindowOptions<W extends AppWindow> {
  createWindow: WindowFactory<W>;
  preload: string;
  rendererFile: string;
  /** Set only when not packaged: an environment variable must never point a shipped app at a server. */
  devServerUrl?: string;
  devTools: boolean;
  onLoadError: (err: unknown) => void;
}

/** The renderer is an untrusted web page: isolated, sandboxed, no Node, and it cannot switch any of it off. */
export function secureWebPreferences(preload: string, devTools: boolean): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    experimentalFeatures: false,
    devTools,
  };
}

export function mainWindowOptions(preload: string, devTools: boolean): BrowserWindowConstructorOptions {
  return {
    width: 1360,
    height: 860,
    minWidth: 1100,
    minHeight: 700,
    // Hidden until the first paint, so the user never sees an empty white frame.
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(preload, devTools),
  };
}

/** Creates the one app window; the title follows the renderer's <title> (Electron's default behaviour). */
export function createMainWindow<W extends AppWindow>(options: MainWindowOptions<W>): W {
  const window = options.createWindow(mainWindowOptions(options.preload, options.devTools));
  window.once('ready-to-show', () => window.show());
  const loading = options.devServerUrl
    ? window.loadURL(options.devServerUrl)
    : window.loadFile(options.rendererFile);
  loading.catch(options.onLoadError);
  return window;
}
