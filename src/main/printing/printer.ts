/**
 * The printer port: turns a report HTML file (A4, CSS paged media) into PDF bytes. The app uses Electron's
 * webContents.printToPDF; tests and the browser harness use headless Chromium through playwright-core.
 * A printer keeps its page ready between reports; `warm` readies it before the first one, `close` ends it.
 */
export interface Printer {
  printToPdf(htmlFile: string): Promise<Uint8Array>;
  warm?(): Promise<void>;
  close?(): Promise<void>;
}
