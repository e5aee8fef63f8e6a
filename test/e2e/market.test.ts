import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, type E2E } from './support/browser';
import { openSampleApp } from './support/sampleApp';

const SHOTS = path.join(ARTIFACTS, 'market');
/** A translation key that reached the screen untranslated looks like `ns:some.key`. */
const RAW_KEY = /\b(market|common|validation|errors):[a-zA-Z_]+/;

const WORDS = {
  'zh-CN': {
    language: '中文',
    activities: '推广活动',
    competitors: '竞争对手',
    seminar: '研讨会',
    save: '保存',
    endsBefore: '结束日期不能早于开始日期',
    cost: '¥12,345.67',
    price: '¥9,800.00',
    newLead: '从此活动新建潜在客户',
  },
  'en-US': {
    language: 'English',
    activities: 'Promotion activities',
    competitors: 'Competitors',
    seminar: 'Seminar',
    save: 'Save',
    endsBefore: 'The last day cannot be before the first day',
    cost: '¥12,345.67',
    price: '¥9,800.00',
    newLead: 'New lead from this activity',
  },
} as const;

/** A date `days` from today (the harness runs on the real clock), as YYYY-MM-DD. */
const fromToday = (days: number): string =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function noRawKeys(page: Page, where: string) {
  const text = await page.locator('body').innerText();
  expect(text, where).not.toMatch(RAW_KEY);
  expect(text, where).not.toContain('undefined');
}

async function settled(page: Page) {
  await expect.poll(() => page.locator('.ant-message-notice').count(), { timeout: 10_000 }).toBe(0);
}

/** Types a date into an antd DatePicker and takes it. */
async function date(page: Page, selector: string, value: string) {
  await page.click(selector);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(value);
  // Tab, not Enter: Enter in a form's field submits the form.
  await page.keyboard.press('Tab');
}

/** Opens an entry of the Sales area in the menu. */
async function menu(page: Page, entry: string) {
  await page.getByRole('menuitem', { name: entry }).click();
}

/**
 * Market work in the window: the manager records a seminar (first refused for ending before it starts, the
 * error under the field), sees its page with the cost and no leads yet and the new-lead button; opens a
 * competitor file and records two sightings with prices, which the time line and the price chart show —
 * in Chinese and in English, each screen screenshotted.
 */
describe('market work end to end', () => {
  let app: E2E;

  beforeAll(async () => {
    app = await openSampleApp({ artifactsDir: SHOTS, username: 'manager', only: ['org'] });
  });
  afterAll(async () => {
    await app?.close();
  });

  for (const locale of ['zh-CN', 'en-US'] as const) {
    it(`records a promotion activity and a competitor sighting in ${locale}`, async () => {
      const { page } = app;
      const w = WORDS[locale];
      const zh = locale === 'zh-CN';
      await page.goto(`${app.harness.url}#/home`);
      await page.reload();
      await page.getByText(w.language, { exact: true }).first().click();

      // A seminar: first with its last day before its first, refused on the field; then right.
      await menu(page, w.activities);
      await page.waitForSelector('[data-testid=promotion-activities-page]');
      await page.click('[data-testid=activity-new]');
      await page.waitForSelector('[data-testid=activity-form]');
      await page.getByText(w.seminar, { exact: true }).click();
      await page.fill('#activity_title', zh ? '制造业数字化转型研讨会' : 'Digital manufacturing seminar');
      await date(page, '#activity_heldOn', fromToday(-10));
      await date(page, '#activity_endsOn', fromToday(-12));
      await page.fill('#activity_place', zh ? '苏州国际博览中心' : 'Suzhou International Expo Centre');
      await page.fill('#activity_costFen', '12345.67');
      await page.fill('#activity_attendees', '80');
      await page.fill('#activity_notes', zh ? '邀请 30 家重点制造企业' : 'Thirty key manufacturers invited');
      await page.click('[data-testid=activity-save]');
      await expect
        .poll(() => page.locator('.ant-form-item-explain-error').allInnerTexts(), { timeout: 10_000 })
        .toContain(w.endsBefore);
      await noRawKeys(page, 'activity form refused');
      await app.shot(`activity-form-refused-${locale}`);
      await date(page, '#activity_endsOn', fromToday(-9));
      await page.click('[data-testid=activity-save]');
      await page.waitForSelector('[data-testid=activity-detail-page]');
      await expect.poll(() => page.innerText('[data-testid=figure-cost]')).toContain(w.cost);
      await expect.poll(() => page.innerText('[data-testid=activity-new-lead]')).toBe(w.newLead);
      expect(await page.getAttribute('[data-testid=activity-new-lead]', 'href')).toMatch(
        /^#\/sales\/opportunities\/new\?activity=[0-9a-f-]{36}$/,
      );
      await settled(page);
      await noRawKeys(page, 'activity page');
      await app.shot(`activity-detail-${locale}`);
      await page.goto(`${app.harness.url}#/sales/activities`);
      await page.waitForSelector('[data-testid=activity-code]');
      await noRawKeys(page, 'activity list');
      await app.shot(`activity-list-${locale}`);

      // A competitor file, and what was seen of it twice.
      await menu(page, w.competitors);
      await page.waitForSelector('[data-testid=competitors-page]');
      await page.click('[data-testid=competitor-new]');
      await page.waitForSelector('[data-testid=competitor-form]');
      const name = zh ? '金蝶示例软件有限公司' : 'Example Software Ltd';
      await page.fill('#competitor_name', name);
      await page.fill('#competitor_products', zh ? '云进销存、财务软件' : 'Cloud inventory, accounting');
      await page.fill('#competitor_strengths', zh ? '品牌知名度高' : 'Well-known brand');
      await page.fill('#competitor_weaknesses', zh ? '实施周期长' : 'Long implementations');
      await page.click('[data-testid=competitor-save]');
      await page.waitForSelector('[data-testid=competitor-detail-page]');
      for (const [days, price, note] of [
        [-60, '11800', zh ? '年初公开报价' : 'List price at the start of the year'],
        [-5, '9800', zh ? '研讨会现场降价促销' : 'Cut at the seminar'],
      ] as const) {
        await page.click('[data-testid=sighting-add]');
        await page.waitForSelector('[data-testid=sighting-form]');
        await date(page, '#sighting_seenOn', fromToday(days));
        await page.fill('#sighting_product', zh ? '标准版' : 'Standard edition');
        await page.fill('#sighting_priceFen', price);
        await page.fill('#sighting_note', note);
        await page.locator('.ant-modal:visible').getByRole('button', { name: w.save }).click();
        await expect.poll(() => page.locator('.ant-modal:visible').count(), { timeout: 10_000 }).toBe(0);
      }
      await expect.poll(() => page.locator('[data-testid=sighting]').count()).toBe(2);
      expect(await page.locator('[data-testid=sighting]').first().innerText()).toContain(w.price);
      await page.waitForSelector('[data-testid=price-chart] svg');
      await settled(page);
      await noRawKeys(page, 'competitor file');
      await app.shot(`competitor-detail-${locale}`);
    });
  }
});
