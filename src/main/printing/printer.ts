/**
 * The printer port: turns a report HTML file (A4, CSS paged media) into PDF bytes. The app uses Electron's
 * webContents.printToPDF; tests and the browser harness use headless Chromium through playwright-core.
 */
export interface Printer {
  printToPdf(htmlFile: string): Promise<Uint8Array>;
  close?(): Promise<void>;
}
