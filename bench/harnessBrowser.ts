import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import type { ScryptCost } from '../src/main/core/password';
import { silentLogger } from '../src/main/core/logger';
import { launchChromium } from '../src/main/harness/chromiumPrinter';
import { startHarness, type Harness } from '../src/main/harness/server';
import { noPrinter } from './database';
import { progress } from './report';

/**
 * The built renderer served by the browser harness over `dataDir`, and headless Chromium, for a benchmark
 * that drives the real UI: `prepare` runs on the harness's core before Chromium starts, then `run`. Both are
 * closed afterwards. Returns null, saying why under the metric's name, when the renderer is not built or
 * Chromium does not start — a benchmark reports what it can, it does not fail the run.
 */
export async function withHarnessBrowser<T>(
  metric: string,
  options: { dataDir: string; rendererDir: string; passwordCost?: ScryptCost },
  run: (harness: Harness, browser: Browser) => Promise<T | null>,
  prepare?: (harness: Harness) => Promise<void>,
): Promise<T | null> {
  if (!fs.existsSync(path.join(options.rendererDir, 'index.html'))) {
    progress(
      `${metric} skipped: ${path.join(options.rendererDir, 'index.html')} is missing (build with npx electron-vite build)`,
    );
    return null;
  }
  let harness: Harness | null = null;
  let browser: Browser | null = null;
  try {
    harness = await startHarness({
      dataDir: options.dataDir,
      rendererDir: options.rendererDir,
      printer: noPrinter,
      logger: silentLogger,
      autoBackup: false,
      passwordCost: options.passwordCost,
    });
    await prepare?.(harness);
    try {
      browser = await launchChromium();
    } catch (err) {
      progress(
        `${metric} skipped: Chromium did not start (${err instanceof Error ? err.message.split('\n')[0] : String(err)})`,
      );
      return null;
    }
    return await run(harness, browser);
  } finally {
    await browser?.close().catch(() => undefined);
    await harness?.close().catch(() => undefined);
  }
}
