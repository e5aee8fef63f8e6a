import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import type { Harness } from '../src/main/harness/server';
import { tempDir } from './database';
import { withHarnessBrowser } from './harnessBrowser';
import { median, progress } from './report';

const USERNAME_INPUT = 'input#username:not([disabled])';
const LOGIN_FORM = '[data-testid="login-form"]';
const TIMEOUT_MS = 20_000;

export interface FirstScreenResult {
  medianMs: number;
  samples: number[];
  selector: string;
}

/** Which element says "the login screen is usable": the username input, or failing that the form. */
async function detectSelector(page: Page): Promise<string | null> {
  const appears = (selector: string) =>
    page.waitForSelector(selector, { state: 'visible', timeout: TIMEOUT_MS }).then(() => selector);
  // Promise.any: the first to appear wins; the other's later timeout is absorbed, not left unhandled.
  const found = await Promise.any([appears(USERNAME_INPUT), appears(LOGIN_FORM)]).catch(() => null);
  if (found === LOGIN_FORM) {
    // Both usually appear in the same frame; prefer the input when it is there.
    const input = await page.$(USERNAME_INPUT);
    if (input && (await input.isVisible())) return USERNAME_INPUT;
  }
  return found;
}

/**
 * renderer.first_screen_ms: a set-up department served by the browser harness; each sample is a new browser
 * context (no cache, no storage), timed from the start of page.goto until the login form's username input is
 * visible and enabled. Returns null (with a message) when the renderer is not built or Chromium is missing.
 */
export async function measureFirstScreen(
  rendererDir: string,
  runs: number,
): Promise<FirstScreenResult | null> {
  const dataDir = tempDir('bizops-bench-web-');
  // Login screen, not first-run setup: the department exists. Cheap scrypt — nobody logs in here.
  const setUp = async (harness: Harness) => {
    const setup = await harness.core.call(
      'auth.setup',
      {
        departmentName: '业务部',
        managerName: '钱经理',
        employeeNo: 'YW001',
        username: 'manager',
        password: 'Bench#2026',
      },
      harness.core.sessions.create(),
    );
    if (!setup.ok) throw new Error(`setup failed: ${setup.error.code}`);
  };
  const measure = async (harness: Harness, browser: Browser): Promise<FirstScreenResult | null> => {
    const load = async (selector: string | null): Promise<{ ms: number; selector: string | null }> => {
      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        const t0 = performance.now();
        await page.goto(harness.url, { waitUntil: 'commit', timeout: TIMEOUT_MS });
        const found = selector
          ? await page
              .waitForSelector(selector, { state: 'visible', timeout: TIMEOUT_MS })
              .then(() => selector)
          : await detectSelector(page);
        return { ms: performance.now() - t0, selector: found };
      } finally {
        await context.close();
      }
    };

    // The first load warms the server's file cache and finds out what the login screen offers; not counted.
    const warm = await load(null);
    if (!warm.selector) {
      progress(
        `renderer.first_screen_ms skipped: neither ${USERNAME_INPUT} nor ${LOGIN_FORM} appeared within ${TIMEOUT_MS} ms`,
      );
      return null;
    }
    if (warm.selector === LOGIN_FORM)
      progress(`  first screen: no ${USERNAME_INPUT}; timing ${LOGIN_FORM} instead`);
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) samples.push((await load(warm.selector)).ms);
    return { medianMs: median(samples), samples, selector: warm.selector };
  };
  try {
    return await withHarnessBrowser(
      'renderer.first_screen_ms',
      { dataDir, rendererDir, passwordCost: { N: 1024, r: 8, p: 1 } },
      measure,
      setUp,
    );
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
