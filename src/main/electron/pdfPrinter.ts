import type { BrowserWindowConstructorOptions } from 'electron';
import { createPrintQueue } from '../printing/printQueue';
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

/**
 * The Printer port on Electron: one hidden window kept ready and reused by every report (a new window and
 * its renderer cost more than printing), one report at a time, printed with the page's own CSS page size.
 * A window that crashed, was destroyed or hung on a load is replaced on the next report; `close` (the core
 * closing) destroys it. `warmAfterMs` opens the window that long after start, before the first report.
 */
export function createElectronPrinter(
  createWindow: WindowFactory<PrintWindow>,
  options: { loadTimeoutMs?: number; warmAfterMs?: number } = {},
): Printer {
  let window: PrintWindow | null = null;
  let closed = false;
  const queue = createPrintQueue();

  function discard(): void {
    if (window && !window.isDestroyed()) window.destroy();
    window = null;
  }

  function ready(): PrintWindow {
    if (window && !window.isDestroyed()) return window;
    const created = createWindow(PRINT_WINDOW_OPTIONS);
    created.webContents.once('render-process-gone', () => {
      if (window === created) discard();
    });
    window = created;
    return created;
  }

  async function print(htmlFile: string): Promise<Uint8Array> {
    const w = ready();
    try {
      await withTimeout(
        w
          .loadFile(htmlFile)
          .then(() => w.webContents.executeJavaScript('document.fonts.ready.then(() => true)')),
        options.loadTimeoutMs ?? LOAD_TIMEOUT_MS,
      );
      const pdf = await w.webContents.printToPDF({ preferCSSPageSize: true, printBackground: true });
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    } catch (err) {
      // A window that failed mid-way (a load that hung, a renderer in trouble) is not trusted again.
      if (window === w) discard();
      throw err;
    }
  }

  const warm = async () => {
    await queue.run(async () => {
      if (!closed) ready();
    });
  };
  if (options.warmAfterMs !== undefined) setTimeout(() => void warm(), options.warmAfterMs);

  return {
    printToPdf: (htmlFile) =>
      closed ? Promise.reject(new Error('the printer is closed')) : queue.run(() => print(htmlFile)),
    warm,
    async close() {
      closed = true;
      await queue.idle();
      discard();
    },
  };
}
