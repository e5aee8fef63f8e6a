import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
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

/** Headless Chromium as the printer, for tests and the harness (never part of the packaged app). */
export function createChromiumPrinter(): Printer {
  let browser: Promise<Browser> | null = null;
  return {
    async printToPdf(htmlFile) {
      browser ??= launchChromium();
      const page = await (await browser).newPage();
      try {
        await page.goto(pathToFileURL(htmlFile).href, { waitUntil: 'load' });
        await page.evaluate('document.fonts.ready');
        const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
        return new Uint8Array(pdf);
      } finally {
        await page.close();
      }
    },
    async close() {
      if (browser) await (await browser).close();
      browser = null;
    },
  };
}
