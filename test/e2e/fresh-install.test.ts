import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../src/main/core/createCore';
import { silentLogger } from '../../src/main/core/logger';
import { ARTIFACTS, openApp, type E2E } from './support/browser';

const SHOTS = path.join(ARTIFACTS, 'fresh-install');
const FAST_SCRYPT = { N: 1024, r: 8, p: 1 };
const PASSWORD = 'Manager#2026';

/**
 * A department that was just set up, as its manager first sees it: Home says what to set up first, and each
 * empty list says nothing is there yet and how to fill it — never "no match", as if something were filtered.
 */
describe('a fresh install', () => {
  let app: E2E;

  beforeAll(async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bizops-e2e-'));
    const core = await createCore({
      dataDir,
      printer: { printToPdf: () => Promise.reject(new Error('no printing')) },
      logger: silentLogger,
      autoBackup: false,
      passwordCost: FAST_SCRYPT,
    });
    const setup = await core.call(
      'auth.setup',
      {
        departmentName: '华东业务部',
        managerName: '王经理',
        employeeNo: 'M001',
        username: 'manager',
        password: PASSWORD,
      },
      core.sessions.create(),
    );
    expect(setup.ok).toBe(true);
    await core.close();
    app = await openApp(dataDir, { artifactsDir: SHOTS, passwordCost: FAST_SCRYPT });
    await app.page.waitForSelector('[data-testid=login-form]');
    await app.page.fill('#username', 'manager');
    await app.page.fill('#password', PASSWORD);
    await app.page.click('[data-testid=login-submit]');
    await app.page.waitForSelector('[data-testid=home-page]');
  });
  afterAll(async () => {
    await app?.close();
  });

  for (const locale of ['zh-CN', 'en-US'] as const) {
    for (const width of [1366, 1024]) {
      it(`shows the getting-started steps and empty lists that say how to fill them (${locale}, ${width} px)`, async () => {
        const { page } = app;
        await page.setViewportSize({ width, height: width === 1024 ? 768 : 860 });
        await page
          .getByText(locale === 'zh-CN' ? '中文' : 'English', { exact: true })
          .first()
          .click();
        const visit = async (route: string, testId: string) => {
          await page.goto(`${app.harness.url}#${route}`);
          await page.waitForSelector(`[data-testid=${testId}]`);
          await page.waitForLoadState('networkidle');
          await page.waitForTimeout(250);
          await app.shot(`${route.replace(/\//g, '_').replace(/^_/, '')}-${locale}-${width}`);
        };

        await visit('/home', 'getting-started');
        const steps = page.locator('[data-testid=getting-started] [data-done]');
        expect(await steps.evaluateAll((els) => els.map((e) => e.getAttribute('data-done')))).toEqual([
          'false',
          'false',
          'false',
          'false',
        ]);

        for (const [route, testId] of [
          ['/clients', 'clients-page'],
          ['/clients-stale', 'clients-stale-page'],
          ['/followups', 'followups-page'],
          ['/clients-recycle', 'clients-recycle-page'],
        ] as const) {
          await visit(route, testId);
          expect(await page.locator('[data-testid=empty-nothing-yet]').count(), route).toBe(1);
          expect(await page.locator('[data-testid=empty-no-match]').count(), route).toBe(0);
        }
        // The list itself offers the way to fill it.
        await page.goto(`${app.harness.url}#/clients`);
        await page.locator('[data-testid=empty-nothing-yet] button').first().waitFor();
        expect(await page.locator('[data-testid=empty-nothing-yet] button').count()).toBe(2);
        // A search that matches nothing is "no match", with the way back.
        await page.locator('[data-testid=client-list] input').first().fill('华东精密');
        await page.locator('[data-testid=empty-no-match]').waitFor();
        await app.shot(`clients-no-match-${locale}-${width}`);
        await page.click('[data-testid=empty-clear-filters]');
        await page.locator('[data-testid=empty-nothing-yet]').waitFor();
        expect(await page.locator('[data-testid=client-list] input').first().inputValue()).toBe('');
      });
    }
  }
});
