import type { Page } from 'playwright-core';

interface Traffic {
  inflight: number;
  lastChange: number;
}

const traffic = new WeakMap<Page, Traffic>();

/** Counts the page's requests from now on (its calls to main go over http to the harness, as do its chunks). */
export function trackRequests(page: Page): void {
  if (traffic.has(page)) return;
  const t: Traffic = { inflight: 0, lastChange: Date.now() };
  const started = () => {
    t.inflight++;
    t.lastChange = Date.now();
  };
  const ended = () => {
    t.inflight = Math.max(0, t.inflight - 1);
    t.lastChange = Date.now();
  };
  page.on('request', started);
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  traffic.set(page, t);
}

/**
 * Waits until no request has been open for `quietMs`, then for two frames to be drawn: the screen has what
 * it asked for and shows it. Playwright's 'networkidle' waits a fixed 500 ms of quiet; a walk through every
 * screen in two languages spent most of its time there.
 */
export async function networkQuiet(page: Page, quietMs = 150, timeoutMs = 15_000): Promise<void> {
  const t = traffic.get(page);
  if (!t) throw new Error('trackRequests(page) first');
  const until = Date.now() + timeoutMs;
  while (Date.now() < until && !(t.inflight === 0 && Date.now() - t.lastChange >= quietMs))
    await page.waitForTimeout(25);
  await page.evaluate(
    'new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(undefined))))',
  );
}
