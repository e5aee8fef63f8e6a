import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, type E2E } from './support/browser';
import { openSampleApp } from './support/sampleApp';
import { chooseOption } from './support/select';

const SHOTS = path.join(ARTIFACTS, 'risk');
/** A translation key that reached the screen untranslated looks like `ns:some.key`. */
const RAW_KEY = /\b(risk|riskDesk|common|validation|errors|settings):[a-zA-Z_]+/;

/** What the test reads and clicks that is not a test id: the words of each language. */
const WORDS = {
  'zh-CN': {
    language: '中文',
    menu: '风险登记册',
    identify: '登记',
    category: '信用风险',
    likely: '4 · 很可能',
    major: '4 · 重大',
    unlikely: '2 · 不太可能',
    moderate: '3 · 中等',
    possible: '3 · 可能',
    accept: '风险接受',
    awaiting: '待审批',
    titles: ['重点客户回款持续逾期', '新业务员操作不熟练导致报价错误'],
    reason: '新员工已完成报价系统培训，出错次数明显下降。',
    acceptance: '涉及金额有限，且客户已提供足额担保。',
    action: '安排资深业务员复核新人报价',
  },
  'en-US': {
    language: 'English',
    menu: 'Risk register',
    identify: 'Identify',
    category: 'Credit risk',
    likely: '4 · Likely',
    major: '4 · Major',
    unlikely: '2 · Unlikely',
    moderate: '3 · Moderate',
    possible: '3 · Possible',
    accept: 'Accept',
    awaiting: 'Awaiting approval',
    titles: ['Key client keeps paying late', 'New sales staff misquote prices'],
    reason: 'The new staff finished their training on the quoting system; fewer errors since.',
    acceptance: 'The amounts are small and the client has given a full guarantee.',
    action: 'A senior salesperson checks new staff quotes',
  },
} as const;
type Locale = keyof typeof WORDS;

async function noRawKeys(page: Page, where: string) {
  const text = await page.locator('body').innerText();
  expect(text, where).not.toMatch(RAW_KEY);
  expect(text, where).not.toContain('undefined');
}

/** The screen without the save messages still fading out, for a screenshot. */
async function settled(page: Page) {
  await expect.poll(() => page.locator('.ant-message-notice').count(), { timeout: 10_000 }).toBe(0);
}

const pick = chooseOption;

/** Identifies a risk (not yet assessed) from the register and lands on it; returns its code. */
async function identify(app: E2E, locale: Locale, title: string, shot: string | null): Promise<string> {
  const { page } = app;
  const w = WORDS[locale];
  await page.goto(`${app.harness.url}#/risks`);
  await page.click('[data-testid=risk-new]');
  const modal = page.locator('.ant-modal:visible').last();
  await modal.waitFor();
  await expect.poll(() => modal.getAttribute('class')).not.toMatch(/ant-zoom/);
  await page.fill('#risk_title', title);
  await pick(page, '#risk_category', w.category);
  await page.fill(
    '#risk_cause',
    locale === 'zh-CN' ? '客户资金周转紧张，付款审批周期变长。' : 'The client is short of cash.',
  );
  if (shot) {
    await noRawKeys(page, `identify ${locale}`);
    await app.shot(shot);
  }
  await modal.getByRole('button', { name: w.identify, exact: true }).click();
  await page.waitForSelector('[data-testid=risk-header]');
  await expect.poll(() => page.textContent('[data-testid=risk-title]')).toBe(title);
  expect(await page.getAttribute('[data-testid=risk-status]', 'data-status')).toBe('identified');
  return (await page.textContent('[data-testid=risk-code]'))!;
}

/** Assesses (or reassesses, with a reason) the open risk on its Assessment tab. */
async function assess(page: Page, likelihood: string, impact: string, reason?: string) {
  await page.click('[data-testid=move-assess]');
  await page.waitForSelector('[data-testid=assess-form]');
  await pick(page, '#assess_likelihood', likelihood);
  await pick(page, '#assess_impact', impact);
  if (reason) await page.fill('#assess_reason', reason);
  const before = await page.locator('[data-testid=assessments-table] tbody tr.ant-table-row').count();
  await page.click('[data-testid=assess-save]');
  await expect
    .poll(() => page.locator('[data-testid=assessments-table] tbody tr.ant-table-row').count(), {
      timeout: 15_000,
    })
    .toBe(before + 1);
}

/** The day before today on this machine (the browser's date pickers use the same clock). */
const yesterday = () => {
  const d = new Date(Date.now() - 24 * 3600 * 1000);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

const heatCount = (page: Page, grid: string, l: number, i: number) =>
  page.getAttribute(`[data-testid=${grid}] [data-likelihood="${l}"][data-impact="${i}"]`, 'data-count');

/**
 * The risk register end to end, as a staff member of the sample department: identify two risks, assess them,
 * see them on the heat map, reassess one with a reason and see its history chart, accept the high one and see
 * it wait for the manager's approval — in Chinese and in English, screenshots at 1366 and 1024 pixels.
 */
describe('risk register end to end', () => {
  let app: E2E;

  beforeAll(async () => {
    app = await openSampleApp({ artifactsDir: SHOTS, username: 'staff2', only: ['org', 'clients'] });
  });
  afterAll(async () => {
    await app?.close();
  });

  for (const [n, locale] of (['zh-CN', 'en-US'] as const).entries()) {
    it(`identifies, assesses, maps, reassesses and accepts risks in ${locale}`, async () => {
      const { page } = app;
      const w = WORDS[locale];
      await page.goto(`${app.harness.url}#/home`);
      await page.getByText(w.language, { exact: true }).first().click();
      await page.getByRole('menuitem', { name: w.menu }).click();
      await page.waitForSelector('[data-testid=risks-page]');
      if (n === 0) {
        await page.waitForSelector('[data-testid=empty-nothing-yet]');
        await app.shot(`list-empty-${locale}`);
      }

      // Two risks identified, then assessed: one high (4 × 4), one medium (2 × 3).
      const high = await identify(app, locale, w.titles[0], `identify-${locale}`);
      await assess(page, w.likely, w.major);
      expect(await page.getAttribute('[data-testid=risk-level] [data-level]', 'data-level')).toBe('high');
      const medium = await identify(app, locale, w.titles[1], null);
      await assess(page, w.unlikely, w.moderate);
      expect(await page.getAttribute('[data-testid=risk-level] [data-level]', 'data-level')).toBe('medium');
      expect(await page.getAttribute('[data-testid=risk-status]', 'data-status')).toBe('assessed');
      const mediumUrl = page.url();

      // On the heat map, each in its cell (the risks of the earlier language's run are there too).
      await page.goto(`${app.harness.url}#/risks/heatmap`);
      await page.waitForSelector('[data-testid=heatmap-current]');
      await expect.poll(() => heatCount(page, 'heatmap-current', 4, 4)).toBe(String(n + 1));
      // The earlier run's medium risk was reassessed out of this cell.
      expect(await heatCount(page, 'heatmap-current', 2, 3)).toBe('1');
      await settled(page);
      await page.click('[data-testid=heatmap-current] [data-likelihood="4"][data-impact="4"]');
      const drawer = page.locator('[data-testid=heat-cell-drawer]');
      await drawer.getByText(w.titles[0]).waitFor();
      await noRawKeys(page, `heat map ${locale}`);
      await app.shot(`heatmap-cell-${locale}`);
      await drawer.getByText(w.titles[0]).click();
      await expect.poll(() => page.textContent('[data-testid=risk-code]')).toBe(high);
      await page.goto(`${app.harness.url}#/risks/heatmap`);
      await page.waitForSelector('[data-testid=heatmap-current]');
      await settled(page);
      await app.shot(`heatmap-${locale}`);
      // Side by side with yesterday, before these risks were identified.
      await page.click('[data-testid=heatmap-compare]');
      await page.keyboard.type(yesterday());
      await page.keyboard.press('Enter');
      await page.waitForSelector('[data-testid=heatmap-earlier]');
      expect(await heatCount(page, 'heatmap-earlier', 4, 4)).toBe('0');
      await page.keyboard.press('Escape');
      await expect.poll(() => page.locator('.ant-picker-dropdown:visible').count()).toBe(0);
      await settled(page);
      await app.shot(`heatmap-compare-${locale}`);
      await page.hover('[data-testid=heatmap-compare]');
      await page.locator('.ant-picker:has([data-testid=heatmap-compare]) .ant-picker-clear').click();
      await page.waitForSelector('[data-testid=heatmap-earlier]', { state: 'detached' });

      // Reassessed with a reason: the history keeps both, the chart draws them.
      await page.goto(mediumUrl);
      await expect.poll(() => page.textContent('[data-testid=risk-code]')).toBe(medium);
      await assess(page, w.possible, w.moderate, w.reason);
      const rows = page.locator('[data-testid=assessments-table] tbody tr.ant-table-row');
      await expect.poll(() => rows.first().textContent()).toContain(w.reason);
      expect(await page.locator('[data-testid=score-chart] svg path').count()).toBeGreaterThan(0);
      expect(await page.textContent('[data-testid=risk-score]')).toContain('9');
      await settled(page);
      await noRawKeys(page, `assessment ${locale}`);
      await app.shot(`assessment-${locale}`);

      // An action to lower it, on the Response tab.
      await page.click('[data-testid=move-respond]');
      await page.click('[data-testid=risk-action-new]');
      const actionForm = page.locator('.ant-modal:visible').last();
      await actionForm.waitFor();
      await expect.poll(() => actionForm.getAttribute('class')).not.toMatch(/ant-zoom/);
      await page.fill('#riskAction_title', w.action);
      await actionForm.locator('.ant-btn-primary').click();
      await page.locator('[data-testid=risk-actions-table]').getByText(w.action).waitFor();

      // Accepting the high risk needs the manager's approval: it waits for it.
      await page.goto(`${app.harness.url}#/risks`);
      await page.getByRole('link', { name: high, exact: true }).click();
      await page.waitForSelector('[data-testid=risk-header]');
      await page.click('[data-testid=move-respond]');
      await page.waitForSelector('[data-testid=respond-form]');
      await page.locator('[data-testid=respond-strategy]').getByText(w.accept, { exact: true }).click();
      await page.waitForSelector('[data-testid=respond-approval-note]');
      await page.fill('#respond_acceptanceReason', w.acceptance);
      await page.click('[data-testid=respond-save]');
      const acceptance = page.locator('[data-testid=risk-header] [data-testid=risk-acceptance]');
      await expect
        .poll(() => acceptance.getAttribute('data-acceptance'), { timeout: 15_000 })
        .toBe('pending');
      expect(await acceptance.textContent()).toBe(w.awaiting);
      expect(await page.getAttribute('[data-testid=risk-status]', 'data-status')).toBe('responding');
      await settled(page);
      await noRawKeys(page, `response ${locale}`);
      await app.shot(`response-pending-${locale}`);
      await page.getByRole('tab').first().click();
      await page.waitForSelector('[data-testid=acceptance-notice][data-acceptance=pending]');
      await app.shot(`overview-${locale}`);

      // The register lists both; the actions list; then the narrow window.
      await page.goto(`${app.harness.url}#/risks`);
      await page.getByRole('link', { name: medium, exact: true }).waitFor();
      await settled(page);
      await noRawKeys(page, `list ${locale}`);
      await app.shot(`list-${locale}`);
      await page.goto(`${app.harness.url}#/risks/actions`);
      await page.locator('[data-testid=actions-table]').getByText(w.action).waitFor();
      await noRawKeys(page, `actions ${locale}`);
      await app.shot(`actions-${locale}`);
      await page.setViewportSize({ width: 1024, height: 768 });
      for (const [route, name] of [
        ['/risks', 'list'],
        ['/risks/heatmap', 'heatmap'],
      ] as const) {
        await page.goto(`${app.harness.url}#${route}`);
        await page.waitForLoadState('networkidle');
        await page.waitForTimeout(300);
        const { scrollWidth, clientWidth } = (await page.evaluate(
          '({ scrollWidth: document.scrollingElement.scrollWidth, clientWidth: document.scrollingElement.clientWidth })',
        )) as { scrollWidth: number; clientWidth: number };
        expect(scrollWidth, `${route} at 1024`).toBeLessThanOrEqual(clientWidth);
        await app.shot(`${name}-1024-${locale}`);
      }
      await page.goto(mediumUrl);
      await page.click('[data-testid=move-assess]');
      await page.waitForSelector('[data-testid=score-chart] svg');
      await page.waitForTimeout(300);
      await app.shot(`assessment-1024-${locale}`);
      await page.setViewportSize({ width: 1366, height: 860 });
    });
  }
});
