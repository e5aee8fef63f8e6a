import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../src/main/core/createCore';
import { silentLogger } from '../../src/main/core/logger';
import { NAV_PATHS } from './support/navPaths';
import { generateSample, DEMO_PASSWORD } from '../../scripts/sample';
import { ARTIFACTS, openApp, type E2E } from './support/browser';

const SHOTS = path.join(ARTIFACTS, 'screens');
/** A translation key that reached the screen untranslated looks like `ns:some.key`. */
const RAW_KEY =
  /\b(common|errors|validation|auth|org|audit|settings|reports|home|clients|clientFiles):[a-zA-Z_]+/;

/**
 * Every screen of the app, as the manager of the sample department, in Chinese and in English: each renders
 * without a raw translation key or error, and is saved as a screenshot to look at.
 */
describe('every screen in both languages', () => {
  let app: E2E;

  beforeAll(async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bizops-screens-'));
    const core = await createCore({
      dataDir,
      printer: { printToPdf: () => Promise.reject(new Error('no printing while generating')) },
      logger: silentLogger,
      autoBackup: false,
      passwordCost: { N: 1024, r: 8, p: 1 },
    });
    await generateSample(core, { scale: 1 });
    await core.services.backup.create({ userId: null, name: null });
    await core.close();
    app = await openApp(dataDir, { artifactsDir: SHOTS, passwordCost: { N: 1024, r: 8, p: 1 } });
    await app.page.waitForSelector('[data-testid=login-form]');
    await app.shot('login-zh');
    await app.page.fill('#username', 'manager');
    await app.page.fill('#password', DEMO_PASSWORD);
    await app.page.click('[data-testid=login-submit]');
    await app.page.waitForSelector('[data-testid=home-page]');
  });
  afterAll(async () => {
    await app?.close();
  });

  for (const locale of ['zh-CN', 'en-US'] as const) {
    it(`renders each page in ${locale}`, async () => {
      const { page } = app;
      await page
        .getByText(locale === 'zh-CN' ? '中文' : 'English', { exact: true })
        .first()
        .click();
      for (const { path: route, testId } of NAV_PATHS) {
        await page.goto(`${app.harness.url}#${route}`);
        await page.waitForSelector(`[data-testid=${testId}]`);
        await page.waitForLoadState('networkidle');
        await page.waitForTimeout(250);
        const text = await page.locator('body').innerText();
        expect(text, `${route} ${locale}`).not.toMatch(RAW_KEY);
        expect(text, `${route} ${locale}`).not.toContain('undefined');
        await app.shot(`${route.replace(/\//g, '_').replace(/^_/, '')}-${locale}`);
      }
    });
  }
});
