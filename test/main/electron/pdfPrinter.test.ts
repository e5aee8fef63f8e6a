import { describe, expect, it } from 'vitest';
import { createElectronPrinter } from '../../../src/main/electron/pdfPrinter';
import type { PrintToPDFOptions, PrintWindow } from '../../../src/main/electron/ports';
import type { WindowOptions } from './fakes';

class FakePrintWindow implements PrintWindow {
  destroyed = false;
  loadedFile: string | null = null;
  printOptions: PrintToPDFOptions[] = [];
  scripts: string[] = [];
  readonly webContents = {
    executeJavaScript: async (code: string) => {
      this.scripts.push(code);
      return true;
    },
    printToPDF: async (options: PrintToPDFOptions) => {
      this.printOptions.push(options);
      if (this.behaviour.print === 'fail') throw new Error('printing failed');
      return Buffer.from('%PDF-1.7 fake');
    },
  };
  constructor(
    readonly options: WindowOptions,
    private readonly behaviour: { load?: 'fail' | 'hang'; print?: 'fail' } = {},
  ) {}
  loadFile(file: string) {
    this.loadedFile = file;
    if (this.behaviour.load === 'fail') return Promise.reject(new Error('ERR_FILE_NOT_FOUND'));
    if (this.behaviour.load === 'hang') return new Promise<void>(() => {});
    return Promise.resolve();
  }
  destroy() {
    this.destroyed = true;
  }
  isDestroyed() {
    return this.destroyed;
  }
}

function printerWith(behaviour: ConstructorParameters<typeof FakePrintWindow>[1] = {}) {
  const windows: FakePrintWindow[] = [];
  const printer = createElectronPrinter(
    (options) => {
      const w = new FakePrintWindow(options, behaviour);
      windows.push(w);
      return w;
    },
    { loadTimeoutMs: 50 },
  );
  return { printer, windows };
}

describe('Electron PDF printer', () => {
  it('prints the report file in a hidden, sandboxed window without preload, after its fonts are ready', async () => {
    const { printer, windows } = printerWith();
    const pdf = await printer.printToPdf('/data/tmp/report-1.html');
    expect(pdf).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(pdf).toString()).toBe('%PDF-1.7 fake');
    const [window] = windows;
    expect(window!.loadedFile).toBe('/data/tmp/report-1.html');
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

  it('destroys its window after printing, and when loading or printing fails', async () => {
    const ok = printerWith();
    await ok.printer.printToPdf('/r.html');
    expect(ok.windows[0]!.destroyed).toBe(true);

    const badLoad = printerWith({ load: 'fail' });
    await expect(badLoad.printer.printToPdf('/r.html')).rejects.toThrow('ERR_FILE_NOT_FOUND');
    expect(badLoad.windows[0]!.destroyed).toBe(true);
    expect(badLoad.windows[0]!.printOptions).toEqual([]);

    const badPrint = printerWith({ print: 'fail' });
    await expect(badPrint.printer.printToPdf('/r.html')).rejects.toThrow('printing failed');
    expect(badPrint.windows[0]!.destroyed).toBe(true);
  });

  it('gives up on a page that never loads instead of hanging the report', async () => {
    const { printer, windows } = printerWith({ load: 'hang' });
    await expect(printer.printToPdf('/r.html')).rejects.toThrow(/did not load/);
    expect(windows[0]!.destroyed).toBe(true);
  });

  it('uses a fresh window per report', async () => {
    const { printer, windows } = printerWith();
    await Promise.all([printer.printToPdf('/a.html'), printer.printToPdf('/b.html')]);
    expect(windows.map((w) => w.loadedFile)).toEqual(['/a.html', '/b.html']);
  });
});
