import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NAV_PATHS } from './support/navPaths';
import { ARTIFACTS, type E2E } from './support/browser';
import { networkQuiet } from './support/network';
import { openSampleApp } from './support/sampleApp';

const SHOTS = path.join(ARTIFACTS, 'screens-1024');

/**
 * A 1024 × 768 window (a small laptop, or the app beside another window): no screen scrolls sideways as a
 * whole; a wide table scrolls inside its own card. As the manager of the sample department, who sees the
 * most columns and actions, in English (its labels are longer).
 */
describe('every screen at 1024 × 768', () => {
  let app: E2E;

  beforeAll(async () => {
    app = await openSampleApp({ artifactsDir: SHOTS, username: 'manager' });
    await app.page.setViewportSize({ width: 1024, height: 768 });
  });
  afterAll(async () => {
    await app?.close();
  });

  // In English, whose labels are the longer: the widest every screen gets (Chinese is seen at this width too,
  // in the e2e tests that narrow the window, and at full width by the screens test).
  const locale = 'en-US';
  it(`has no page-level horizontal scroll in ${locale}`, async () => {
    const { page } = app;
    await page.getByText('English', { exact: true }).first().click();
    const overflowing: string[] = [];
    const check = async (name: string) => {
      await networkQuiet(page);
      // Evaluated in the page (this file is compiled without the DOM's types).
      const { scrollWidth, clientWidth } = (await page.evaluate(
        '({ scrollWidth: document.scrollingElement.scrollWidth, clientWidth: document.scrollingElement.clientWidth })',
      )) as { scrollWidth: number; clientWidth: number };
      if (scrollWidth > clientWidth) overflowing.push(`${name}: ${scrollWidth} > ${clientWidth}`);
      await app.shot(`${name}-${locale}`);
    };
    for (const { path: route, testId } of NAV_PATHS) {
      await page.goto(`${app.harness.url}#${route}`);
      await page.waitForSelector(`[data-testid=${testId}]`);
      await check(route.replace(/\//g, '_').replace(/^_/, ''));
    }
    // A client file, each of its tabs (contacts, communications, transactions … are tables too).
    await page.goto(`${app.harness.url}#/clients`);
    const first = await page.locator('[data-testid=client-list] tbody a').first().getAttribute('href');
    await page.goto(`${app.harness.url}${first!}`);
    await page.waitForSelector('[data-testid=client-detail-page]');
    for (const [i, tab] of (await page.getByRole('tab').all()).entries()) {
      await tab.click();
      await check(`client-detail-tab${i}`);
    }
    expect(overflowing, locale).toEqual([]);
  });
});
