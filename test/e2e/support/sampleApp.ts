import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore, type Core } from '../../../src/main/core/createCore';
import { silentLogger } from '../../../src/main/core/logger';
import { createSampleClock, DEMO_PASSWORD, generateSample } from '../../../scripts/sample';
import { openApp, type E2E } from './browser';

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

/** The sample department in a fresh data folder, the app open in Chromium, signed in as a demo login. */
export async function openSampleApp(options: SampleAppOptions): Promise<E2E> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bizops-e2e-'));
  const clock = createSampleClock();
  const core = await createCore({
    dataDir,
    printer: { printToPdf: () => Promise.reject(new Error('no printing while generating')) },
    logger: silentLogger,
    autoBackup: false,
    passwordCost: FAST_SCRYPT,
    clock,
  });
  await generateSample(core, { scale: 1, only: options.only, clock });
  await options.prepare?.(core);
  await core.close();
  const app = await openApp(dataDir, { artifactsDir: options.artifactsDir, passwordCost: FAST_SCRYPT });
  const { page } = app;
  await page.waitForSelector('[data-testid=login-form]');
  await options.atLogin?.(app);
  await page.fill('#username', options.username);
  await page.fill('#password', DEMO_PASSWORD);
  await page.click('[data-testid=login-submit]');
  await page.waitForSelector('[data-testid=home-page]');
  return app;
}
