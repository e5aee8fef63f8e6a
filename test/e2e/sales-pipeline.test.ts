import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, type E2E } from './support/browser';
import { DEMO_PASSWORD } from '../../scripts/sample';
import { openSampleApp } from './support/sampleApp';
import { boardCard, boardColumn, dragCard } from './support/salesBoard';

const SHOTS = path.join(ARTIFACTS, 'sales');
/** A translation key that reached the screen untranslated looks like `ns:some.key`. */
const RAW_KEY = /\b(sales|common|validation|errors|settings):[a-zA-Z_]+/;

/** What the test types and reads that is not a test id: the words of each language. */
const WORDS = {
  'zh-CN': {
    language: '中文',
    menu: '商机',
    title: '华东工厂排产系统',
    company: '苏州恒远精密机械有限公司',
    refused: '不能移到“方案”',
    logout: '退出登录',
    weights: '评分卡的权重合计须为 100',
    missing: '请记录客户需求',
    needs: '年产能扩大一倍，需要排产与仓储联动',
    proposal: '分两期实施：一期排产，二期仓储',
    negotiation: '付款节点与验收标准已谈妥',
    won: '签约',
    report: ['销售报告', '本人数据', '计划与实际', '销售漏斗', '加权预测', '丢单原因分析'],
  },
  'en-US': {
    language: 'English',
    menu: 'Opportunities',
    title: 'Production scheduling for the east China plant',
    company: 'Hengyuan Precision Machinery',
    refused: 'Cannot move to “Proposal”',
    logout: 'Log out',
    weights: "The scorecard's weights must add up to 100",
    missing: "Record the client's needs",
    needs: 'Output doubles next year; scheduling must work with the warehouse',
    proposal: 'Two phases: scheduling first, then the warehouse',
    negotiation: 'Payment milestones and acceptance agreed',
    won: 'Won',
    report: [
      'Sales report',
      'Your own figures',
      'Plan vs actual',
      'Sales funnel',
      'Weighted forecast',
      'Lost reasons',
    ],
  },
} as const;
type Locale = keyof typeof WORDS;

async function noRawKeys(page: Page, where: string) {
  const text = await page.locator('body').innerText();
  expect(text, where).not.toMatch(RAW_KEY);
  expect(text, where).not.toContain('undefined');
}

async function settled(page: Page) {
  await expect.poll(() => page.locator('.ant-message-notice').count(), { timeout: 10_000 }).toBe(0);
}

async function openBoard(app: E2E) {
  await app.page.goto(`${app.harness.url}#/sales/opportunities`);
  await app.page.waitForSelector('[data-testid=pipeline-board]');
}

/** Waits until no dialog is left on the screen. */
async function noDialog(page: Page) {
  await expect.poll(() => page.locator('.ant-modal:visible').count(), { timeout: 10_000 }).toBe(0);
}

async function fillDate(page: Page, selector: string, date: string) {
  await page.click(selector);
  await page.fill(selector, date);
  await page.keyboard.press('Enter');
}

/**
 * The pipeline end to end as a staff member of the sample department: a lead for a new company, its scorecard,
 * across the board by dragging (a move that skips the needs refused and said so), its records, to won — in
 * Chinese and in English, with screenshots.
 */
describe('sales pipeline end to end', () => {
  let app: E2E;

  beforeAll(async () => {
    app = await openSampleApp({ artifactsDir: SHOTS, username: 'staff2', only: ['org'] });
  });
  afterAll(async () => {
    await app?.close();
  });

  for (const locale of ['zh-CN', 'en-US'] as const) {
    it(`takes a lead across the board to won in ${locale}`, async () => {
      const { page } = app;
      const w = WORDS[locale as Locale];
      await page.goto(`${app.harness.url}#/home`);
      await page.getByText(w.language, { exact: true }).first().click();
      await page.getByRole('menuitem', { name: w.menu }).click();
      await page.waitForSelector('[data-testid=pipeline-board]');

      // A new lead for a company not on file.
      await page.click('[data-testid=new-lead]');
      await page.waitForSelector('[data-testid=lead-form-page]');
      await page.fill('#lead_title', w.title);
      await page.fill('#lead_newCompany_name', w.company);
      await page.fill('#lead_expectedAmountYuan', '360000');
      await page.fill(
        '#lead_nextStep',
        locale === 'zh-CN' ? '约客户技术负责人面谈' : 'Meet the technical lead',
      );
      await noRawKeys(page, `lead form ${locale}`);
      await app.shot(`lead-form-${locale}`);
      await page.click('[data-testid=lead-create]');
      await page.waitForSelector('[data-testid=opportunity-detail]');

      // The scorecard, rated: its score is worked out as it is typed.
      for (const key of ['need', 'budget', 'authority', 'timing', 'scale'])
        await page.fill(`#opportunity_ratings_${key}`, '80');
      await expect.poll(() => page.locator('[data-testid=screening-score]').innerText()).toContain('80');
      await page.click('[data-testid=opportunity-save]');
      await settled(page);

      // On the board: a jump to proposal without the needs is refused, and the board says what is missing.
      await openBoard(app);
      await dragCard(page, w.title, 'proposal');
      const refusal = page.locator('[data-testid=move-refused]');
      await refusal.waitFor();
      expect(await page.locator('.ant-modal-confirm').innerText()).toContain(w.refused);
      expect(await refusal.innerText()).toContain(w.missing);
      await app.shot(`board-refused-${locale}`);
      await page.locator('.ant-modal-confirm .ant-btn-primary').click();
      await noDialog(page);
      await expect.poll(() => boardCard(page, w.title).count()).toBe(1);
      expect(
        await boardColumn(page, 'lead').locator('[data-testid=board-card]', { hasText: w.title }).count(),
      ).toBe(1);

      // Screened, then key target.
      await dragCard(page, w.title, 'screened');
      await expect.poll(() => boardColumn(page, 'screened').getByText(w.title).count()).toBe(1);
      await dragCard(page, w.title, 'keyTarget');
      await expect.poll(() => boardColumn(page, 'keyTarget').getByText(w.title).count()).toBe(1);

      // The records of the later stages, on the opportunity.
      await boardCard(page, w.title).click();
      await page.waitForSelector('[data-testid=opportunity-detail]');
      await page.fill('#opportunity_needs', w.needs);
      await page.fill('#opportunity_proposal', w.proposal);
      const today = new Date().toISOString().slice(0, 10);
      await page.fill('#opportunity_negotiationNotes', w.negotiation);
      await fillDate(page, '#opportunity_visitInvitedOn', today);
      await fillDate(page, '#opportunity_visitHeldOn', today);
      await page.click('[data-testid=opportunity-save]');
      await settled(page);
      await noRawKeys(page, `detail ${locale}`);
      await app.shot(`detail-${locale}`);

      // With every record there, it may go straight to negotiation, then to won (its closing day asked).
      await openBoard(app);
      await dragCard(page, w.title, 'negotiation');
      await expect.poll(() => boardColumn(page, 'negotiation').getByText(w.title).count()).toBe(1);
      await dragCard(page, w.title, 'won');
      const ok = page.locator('.ant-modal-footer .ant-btn-primary', { hasText: w.won });
      await ok.waitFor();
      await app.shot(`close-won-${locale}`);
      await ok.click();
      await expect.poll(() => boardColumn(page, 'won').getByText(w.title).count()).toBe(1);
      await settled(page);
      await noRawKeys(page, `board ${locale}`);
      await app.shot(`board-won-${locale}`);

      // The history on the opportunity, and the funnel.
      await boardColumn(page, 'won').getByText(w.title).click();
      await page.waitForSelector('[data-testid=opportunity-detail]');
      expect(await page.locator('[data-testid=opportunity-stage]').innerText()).toBe(w.won);
      await app.shot(`detail-won-${locale}`);
      await page.goto(`${app.harness.url}#/sales/funnel`);
      await page.waitForSelector('[data-testid=funnel-table]');
      await settled(page);
      await noRawKeys(page, `funnel ${locale}`);
      await app.shot(`funnel-${locale}`);

      // The sales report of this quarter, printed from the funnel page in the screen's language.
      await page.click('[data-testid=sales-report-print]');
      const dialog = page.locator('.ant-modal:visible').last();
      await dialog.waitFor();
      await dialog.locator('[data-testid=sales-report-locale]').getByText(w.language).click();
      await noRawKeys(page, `report dialog ${locale}`);
      await app.shot(`report-dialog-${locale}`);
      const [dl] = await Promise.all([
        page.waitForEvent('download', { timeout: 60_000 }),
        dialog.locator('.ant-modal-footer .ant-btn-primary').click(),
      ]);
      const pdf = path.join(SHOTS, `sales-report-${locale}.pdf`);
      await dl.saveAs(pdf);
      for (const f of fs.readdirSync(SHOTS))
        if (f.startsWith(`sales-report-${locale}-`) && f.endsWith('.png')) fs.rmSync(path.join(SHOTS, f));
      execFileSync('pdftoppm', ['-png', '-r', '60', pdf, path.join(SHOTS, `sales-report-${locale}`)]);
      const text = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
      for (const words of [...w.report, w.won]) expect(text, words).toContain(words.replace(/\s+/g, ''));
    });
  }

  it('the manager keeps the sales settings: a scorecard whose weights miss 100 is refused', async () => {
    const { page } = app;
    for (const locale of ['en-US', 'zh-CN'] as const) {
      const w = WORDS[locale];
      if (locale === 'en-US') {
        await page.getByText(w.language, { exact: true }).first().click();
        await page.click('[data-testid=user-menu]');
        await page.getByRole('menuitem', { name: w.logout }).click();
        await page.waitForSelector('[data-testid=login-form]');
        await page.fill('#username', 'manager');
        await page.fill('#password', DEMO_PASSWORD);
        await page.click('[data-testid=login-submit]');
        await page.waitForSelector('[data-testid=user-menu]');
      } else await page.getByText(w.language, { exact: true }).first().click();
      await page.goto(`${app.harness.url}#/settings`);
      const card = page.locator('[data-testid=sales-settings]');
      await card.locator('[data-testid=scorecard-row]').first().waitFor();
      await card.locator('#salesSettings_salesScorecard_0_weight').fill('35');
      await expect.poll(() => card.locator('[data-testid=scorecard-total]').innerText()).toContain('105');
      await card.locator('[data-testid=sales-settings-save]').click();
      await expect.poll(() => card.innerText()).toContain(w.weights);
      await card.scrollIntoViewIfNeeded();
      await noRawKeys(page, `settings ${locale}`);
      await card.screenshot({ path: path.join(SHOTS, `settings-${locale}.png`) });
      await card.locator('#salesSettings_salesScorecard_0_weight').fill('30');
      await expect.poll(() => card.locator('[data-testid=scorecard-total]').innerText()).toContain('100');
    }
  });
});
