import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore, type Core } from '../../../src/main/core/createCore';
import { silentLogger } from '../../../src/main/core/logger';
import { createSampleClock, DEMO_PASSWORD, generateSample } from '../../../scripts/sample';
import { openApp, type E2E } from './browser';
import { trackRequests } from './network';

const FAST_SCRYPT = { N: 1024, r: 8, p: 1 };

export interface SampleAppOptions {
  artifactsDir: string;
  /** Which demo login to sign in as. */
  username: string;
  /** Sample domains to generate (default: all). */
  only?: readonly string[];
  /** Extra set-up on the core before the app opens (e.g. a backup). */
  prepare?: (core: Core) => Promise<unknown>;
  /** Runs on the login screen before signing in (e.g. a screenshot). */
  atLogin?: (app: E2E) => Promise<unknown>;
}

/** Options of the core that generates or prepares a sample data folder (no printing, fast password hashing). */
const coreOptions = (dataDir: string) => ({
  dataDir,
  printer: { printToPdf: () => Promise.reject(new Error('no printing while generating')) },
  logger: silentLogger,
  autoBackup: false,
  passwordCost: FAST_SCRYPT,
});

/**
 * The sample department with these domains, generated once per test run and shared: each e2e file starts from
 * a copy. Generating takes seconds of both cores; a copy, milliseconds. The first worker to need it generates it
 * (a lock folder keeps the others waiting); the run's temporary folder (tempRoot.ts) goes with the run, so a
 * sample is never older than its run.
 */
async function sampleFolder(only: readonly string[] | undefined): Promise<string> {
  const cache = path.join(os.tmpdir(), 'bizops-sample-cache');
  fs.mkdirSync(cache, { recursive: true });
  const ready = path.join(cache, only ? only.join('+') : 'all');
  const lock = `${ready}.lock`;
  for (;;) {
    if (fs.existsSync(ready)) return ready;
    try {
      fs.mkdirSync(lock);
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
      continue;
    }
    try {
      const building = fs.mkdtempSync(`${ready}.building-`);
      const clock = createSampleClock();
      const core = await createCore({ ...coreOptions(building), clock });
      try {
        await generateSample(core, { scale: 1, only, clock });
      } finally {
        await core.close();
      }
      fs.renameSync(building, ready);
      return ready;
    } finally {
      // On a failure the next waiter tries for itself (and fails with the same error, in its own test).
      fs.rmSync(lock, { recursive: true, force: true });
    }
  }
}

/** The sample department in a fresh data folder, the app open in Chromium, signed in as a demo login. */
export async function openSampleApp(options: SampleAppOptions): Promise<E2E> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bizops-e2e-'));
  fs.cpSync(await sampleFolder(options.only), dataDir, { recursive: true });
  if (options.prepare) {
    const core = await createCore(coreOptions(dataDir));
    try {
      await options.prepare(core);
    } finally {
      await core.close();
    }
  }
  const app = await openApp(dataDir, { artifactsDir: options.artifactsDir, passwordCost: FAST_SCRYPT });
  const { page } = app;
  trackRequests(page);
  await page.waitForSelector('[data-testid=login-form]');
  await options.atLogin?.(app);
  await page.fill('#username', options.username);
  await page.fill('#password', DEMO_PASSWORD);
  await page.click('[data-testid=login-submit]');
  await page.waitForSelector('[data-testid=home-page]');
  return app;
}

/** Logs out (the menu item's label in the screen's language) and signs in as another demo login. */
export async function signInAs(app: E2E, username: string, logoutLabel: string): Promise<void> {
  const { page } = app;
  await page.click('[data-testid=user-menu]');
  await page.getByRole('menuitem', { name: logoutLabel }).click();
  await page.waitForSelector('[data-testid=login-form]');
  await page.fill('#username', username);
  await page.fill('#password', DEMO_PASSWORD);
  await page.click('[data-testid=login-submit]');
  await page.waitForSelector('[data-testid=user-menu]');
}
