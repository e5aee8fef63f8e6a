import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createPrintQueue } from '../printing/printQueue';
import type { Printer } from '../printing/printer';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/**
 * Headless Chromium as the printer, for tests and the harness (never part of the packaged app). One
 * browser and one page are kept ready and reused by every report (starting Chromium and a page costs far
 * more than printing), one report at a time; a browser or page that died is started again on the next
 * report, and `close` ends both.
 */
export function createChromiumPrinter(): Printer {
  let ready: Promise<{ browser: Browser; page: Page }> | null = null;
  const queue = createPrintQueue();

  async function open(): Promise<{ browser: Browser; page: Page }> {
    const current = ready && (await ready.catch(() => null));
    if (current?.browser.isConnected() && !current.page.isClosed()) return current;
    ready = null;
    await current?.browser.close().catch(() => undefined);
    const starting = (async () => {
      const browser = await launchChromium();
      return { browser, page: await browser.newPage() };
    })();
    ready = starting;
    return starting;
  }

  async function print(htmlFile: string): Promise<Uint8Array> {
    const { page } = await open();
    try {
      await page.goto(pathToFileURL(htmlFile).href, { waitUntil: 'load' });
      await page.evaluate('document.fonts.ready');
      return new Uint8Array(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    } catch (err) {
      // A page left mid-way (a crash, a navigation that never ended) is not reused.
      await page.close().catch(() => undefined);
      throw err;
    }
  }

  return {
    printToPdf: (htmlFile) => queue.run(() => print(htmlFile)),
    async warm() {
      await queue.run(open);
    },
    async close() {
      await queue.idle();
      const current = ready && (await ready.catch(() => null));
      ready = null;
      await current?.browser.close();
    },
  };
}
