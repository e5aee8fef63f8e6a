import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../../src/main/harness/chromiumPrinter';
import { startHarness, type Harness } from '../../../src/main/harness/server';

export const ARTIFACTS = path.resolve(__dirname, '../../../test-artifacts');

export interface E2E {
  harness: Harness;
  browser: Browser;
  page: Page;
  shot(name: string): Promise<string>;
  close(): Promise<void>;
}

/** The real renderer (built) served by the harness over the real core, in headless Chromium. */
export async function openApp(
  dataDir: string,
  options: { artifactsDir?: string; passwordCost?: { N: number; r: number; p: number } } = {},
): Promise<E2E> {
  const dir = options.artifactsDir ?? ARTIFACTS;
  fs.mkdirSync(dir, { recursive: true });
  const harness = await startHarness({
    dataDir,
    rendererDir: path.resolve(__dirname, '../../../out/renderer'),
    autoBackup: false,
    passwordCost: options.passwordCost,
  });
  const browser = await launchChromium();
  const context = await browser.newContext({
    viewport: { width: 1366, height: 860 },
    locale: 'zh-CN',
    acceptDownloads: true,
  });
  const page = await context.newPage();
  await page.goto(harness.url);
  return {
    harness,
    browser,
    page,
    async shot(name) {
      const file = path.join(dir, `${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      return file;
    },
    async close() {
      await browser.close();
      await harness.close();
    },
  };
}
