import type { BrowserWindowConstructorOptions } from 'electron';
import type { Printer } from '../printing/printer';
import type { PrintWindow, WindowFactory } from './ports';

/** A report that has not loaded by then will not; the caller gets an error instead of a hung request. */
const LOAD_TIMEOUT_MS = 60_000;

/**
 * The report page is our own static HTML (every value escaped, no scripts of its own): no preload, sandboxed,
 * in its own in-memory session so the app's session (CSP header, permissions) is not shared with it.
 * JavaScript stays on only so the printer can wait for `document.fonts.ready` — web fonts load lazily and
 * the load event does not wait for all of them.
 */
export const PRINT_WINDOW_OPTIONS: BrowserWindowConstructorOptions = {
  show: false,
  width: 794,
  height: 1123,
  webPreferences: {
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    javascript: true,
    webSecurity: true,
    spellcheck: false,
    partition: 'bizops-print',
  },
};

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`report page did not load within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** The Printer port on Electron: a hidden window per report, printed with the page's own CSS page size. */
export function createElectronPrinter(
  createWindow: WindowFactory<PrintWindow>,
  options: { loadTimeoutMs?: number } = {},
): Printer {
  return {
    async printToPdf(htmlFile) {
      const window = createWindow(PRINT_WINDOW_OPTIONS);
      try {
        await withTimeout(
          window
            .loadFile(htmlFile)
            .then(() => window.webContents.executeJavaScript('document.fonts.ready.then(() => true)')),
          options.loadTimeoutMs ?? LOAD_TIMEOUT_MS,
        );
        const pdf = await window.webContents.printToPDF({ preferCSSPageSize: true, printBackground: true });
        return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
      } finally {
        if (!window.isDestroyed()) window.destroy();
      }
    },
  };
}
