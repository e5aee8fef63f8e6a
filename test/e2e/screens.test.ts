import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NAV_PATHS } from './support/navPaths';
import { ARTIFACTS, type E2E } from './support/browser';
import { networkQuiet } from './support/network';
import { openSampleApp } from './support/sampleApp';
import { createBackup } from '../../src/main/domains/backup/service';
import enUS from '../../src/shared/i18n/locales/en-US';

const SHOTS = path.join(ARTIFACTS, 'screens');
/** A translation key that reached the screen untranslated looks like `ns:some.key`, for any namespace there is. */
const RAW_KEY = new RegExp(`\\b(${Object.keys(enUS).join('|')}):[a-zA-Z_]+`);

/**
 * Every screen of the app, as the manager of the sample department, in Chinese and in English: each renders
 * without a raw translation key or error, and is saved as a screenshot to look at.
 */
describe('every screen in both languages', () => {
  let app: E2E;

  beforeAll(async () => {
    app = await openSampleApp({
      artifactsDir: SHOTS,
      username: 'manager',
      prepare: (core) => createBackup(core.context()),
      atLogin: (opened) => opened.shot('login-zh'),
    });
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
        await networkQuiet(page);
        const text = await page.locator('body').innerText();
        expect(text, `${route} ${locale}`).not.toMatch(RAW_KEY);
        expect(text, `${route} ${locale}`).not.toContain('undefined');
        await app.shot(`${route.replace(/\//g, '_').replace(/^_/, '')}-${locale}`);
      }
    });
  }
});
