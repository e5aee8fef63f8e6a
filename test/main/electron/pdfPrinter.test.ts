import { describe, expect, it } from 'vitest';
import { createElectronPrinter } from '../../../src/main/electron/pdfPrinter';
import type { PrintToPDFOptions, PrintWindow } from '../../../src/main/electron/ports';
import type { WindowOptions } from './fakes';

type Behaviour = { load?: 'fail' | 'hang'; print?: 'fail' };

class FakePrintWindow implements PrintWindow {
  destroyed = false;
  loadedFiles: string[] = [];
  printOptions: PrintToPDFOptions[] = [];
  scripts: string[] = [];
  private goneListener: (() => void) | null = null;
  readonly webContents = {
    executeJavaScript: async (code: string) => {
      this.scripts.push(code);
      return true;
    },
    printToPDF: async (options: PrintToPDFOptions) => {
      this.printOptions.push(options);
      this.log.push(`print ${this.loadedFiles.at(-1)}`);
      // Printing takes a moment, so a second report asked for meanwhile would overlap if not queued.
      await new Promise((resolve) => setTimeout(resolve, 5));
      if (this.behaviour.print === 'fail') throw new Error('printing failed');
      this.log.push(`printed ${this.loadedFiles.at(-1)}`);
      return Buffer.from(`%PDF-1.7 ${this.loadedFiles.at(-1)}`);
    },
    once: (_event: 'render-process-gone', listener: () => void) => {
      this.goneListener = listener;
    },
  };
  constructor(
    readonly options: WindowOptions,
    private readonly behaviour: Behaviour,
    /** What happened, in order, across all windows of a test. */
    private readonly log: string[],
  ) {}
  loadFile(file: string) {
    this.loadedFiles.push(file);
    this.log.push(`load ${file}`);
    if (this.behaviour.load === 'fail') return Promise.reject(new Error('ERR_FILE_NOT_FOUND'));
    if (this.behaviour.load === 'hang') return new Promise<void>(() => {});
    return Promise.resolve();
  }
  crash() {
    this.goneListener?.();
  }
  destroy() {
    this.destroyed = true;
  }
  isDestroyed() {
    return this.destroyed;
  }
}

/** A printer whose windows behave as `behaviours` says, one entry per window created (the last repeats). */
function printerWith(behaviours: Behaviour[] = [{}], options: { warmAfterMs?: number } = {}) {
  const windows: FakePrintWindow[] = [];
  const log: string[] = [];
  const printer = createElectronPrinter(
    (windowOptions) => {
      const w = new FakePrintWindow(
        windowOptions,
        behaviours[Math.min(windows.length, behaviours.length - 1)]!,
        log,
      );
      windows.push(w);
      return w;
    },
    { loadTimeoutMs: 50, ...options },
  );
  return { printer, windows, log };
}

const text = (pdf: Uint8Array) => Buffer.from(pdf).toString();

describe('Electron PDF printer', () => {
  it('prints the report file in a hidden, sandboxed window without preload, after its fonts are ready', async () => {
    const { printer, windows } = printerWith();
    const pdf = await printer.printToPdf('/data/tmp/report-1.html');
    expect(pdf).toBeInstanceOf(Uint8Array);
    expect(text(pdf)).toBe('%PDF-1.7 /data/tmp/report-1.html');
    const [window] = windows;
    expect(window!.loadedFiles).toEqual(['/data/tmp/report-1.html']);
    expect(window!.options.show).toBe(false);
    expect(window!.options.webPreferences).toMatchObject({
      sandbox: true,
      nodeIntegration: false,
      contextIsolation: true,
    });
    expect(window!.scripts).toEqual(['document.fonts.ready.then(() => true)']);
    expect(window!.options.webPreferences?.preload).toBeUndefined();
    expect(window!.options.webPreferences?.partition).toBeTruthy();
  });

  it('uses the page CSS for paper size and prints backgrounds', async () => {
    const { printer, windows } = printerWith();
    await printer.printToPdf('/r.html');
    expect(windows[0]!.printOptions).toEqual([{ preferCSSPageSize: true, printBackground: true }]);
  });

  it('keeps one window ready and reuses it for every report', async () => {
    const { printer, windows } = printerWith();
    await printer.printToPdf('/a.html');
    await printer.printToPdf('/b.html');
    expect(windows).toHaveLength(1);
    expect(windows[0]!.loadedFiles).toEqual(['/a.html', '/b.html']);
    expect(windows[0]!.destroyed).toBe(false);
  });

  it('prints reports asked for at the same time one after the other, each getting its own PDF', async () => {
    const { printer, windows, log } = printerWith();
    const [a, b] = await Promise.all([printer.printToPdf('/a.html'), printer.printToPdf('/b.html')]);
    expect(text(a)).toContain('/a.html');
    expect(text(b)).toContain('/b.html');
    expect(windows).toHaveLength(1);
    expect(log).toEqual([
      'load /a.html',
      'print /a.html',
      'printed /a.html',
      'load /b.html',
      'print /b.html',
      'printed /b.html',
    ]);
  });

  it('replaces a window that failed to load or print, and the next report prints', async () => {
    for (const broken of [{ load: 'fail' }, { print: 'fail' }] as Behaviour[]) {
      const { printer, windows } = printerWith([broken, {}]);
      await expect(printer.printToPdf('/r.html')).rejects.toThrow(/ERR_FILE_NOT_FOUND|printing failed/);
      expect(windows[0]!.destroyed).toBe(true);
      expect(text(await printer.printToPdf('/next.html'))).toContain('/next.html');
      expect(windows).toHaveLength(2);
    }
  });

  it('gives up on a page that never loads instead of hanging the report, then starts a fresh window', async () => {
    const { printer, windows } = printerWith([{ load: 'hang' }, {}]);
    await expect(printer.printToPdf('/r.html')).rejects.toThrow(/did not load/);
    expect(windows[0]!.destroyed).toBe(true);
    await printer.printToPdf('/next.html');
    expect(windows[1]!.loadedFiles).toEqual(['/next.html']);
  });

  it('starts a new window when the kept one crashed or was closed', async () => {
    const { printer, windows } = printerWith();
    await printer.printToPdf('/a.html');
    windows[0]!.crash();
    expect(windows[0]!.destroyed).toBe(true);
    await printer.printToPdf('/b.html');
    expect(windows).toHaveLength(2);
    windows[1]!.destroy();
    await printer.printToPdf('/c.html');
    expect(windows).toHaveLength(3);
    expect(windows[2]!.loadedFiles).toEqual(['/c.html']);
  });

  it('is warmed before the first report, and closed with the core', async () => {
    const { printer, windows } = printerWith([{}], { warmAfterMs: 0 });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(windows).toHaveLength(1);
    expect(windows[0]!.loadedFiles).toEqual([]);
    await printer.printToPdf('/a.html');
    expect(windows).toHaveLength(1);

    await printer.close!();
    expect(windows[0]!.destroyed).toBe(true);
    await expect(printer.printToPdf('/b.html')).rejects.toThrow(/closed/);
    expect(windows).toHaveLength(1);
  });

  it('closing waits for the report being printed', async () => {
    const { printer, windows } = printerWith();
    const printing = printer.printToPdf('/a.html');
    await printer.close!();
    expect(text(await printing)).toContain('/a.html');
    expect(windows[0]!.destroyed).toBe(true);
  });
});
