import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../scripts/sample';
import type { Core } from '../../src/main/core/createCore';
import type { Session } from '../../src/main/core/session';
import { unwrap } from '../support/core';
import { ARTIFACTS, type E2E } from './support/browser';
import { pdfFirstPagePng, pdfText } from './support/pdf';
import { openSampleApp } from './support/sampleApp';
import { chooseOption } from './support/select';

const SHOTS = path.join(ARTIFACTS, 'appraisal-story');
const RAW_KEY = /\b(common|errors|validation|appraisal|appraisalReview|audit):[a-zA-Z_.]+/;

async function login(core: Core, username: string): Promise<Session> {
  const session = core.sessions.create();
  unwrap(await core.call('auth.login', { username, password: DEMO_PASSWORD }, session));
  return session;
}

/** A person signed in in a window of their own. */
async function windowFor(browser: Browser, url: string, username: string): Promise<Page> {
  const page = await (
    await browser.newContext({
      viewport: { width: 1366, height: 860 },
      locale: 'zh-CN',
      acceptDownloads: true,
    })
  ).newPage();
  await page.goto(url);
  await page.waitForSelector('[data-testid=login-form]');
  await page.fill('#username', username);
  await page.fill('#password', DEMO_PASSWORD);
  await page.click('[data-testid=login-submit]');
  await page.waitForSelector('[data-testid=home-page]');
  return page;
}

const settled = (page: Page) =>
  expect.poll(() => page.locator('.ant-message-notice').count(), { timeout: 10_000 }).toBe(0);
const noRawKeys = async (page: Page) => expect(await page.locator('body').innerText()).not.toMatch(RAW_KEY);
const confirmPop = (page: Page) => page.locator('.ant-popconfirm:visible .ant-btn-primary').click();

/**
 * Issue 10's story in Chromium, one cycle from opening to the resolved appeal, each step by whose it is in a
 * window of their own: the manager opens a quarterly cycle for staff1; staff1 writes the plan and the sales
 * lead (their evaluator) agrees it; the manager moves the cycle on; staff1 fills in and submits the
 * self-assessment; the lead evaluates; the manager adjusts the score with a reason and publishes; staff1
 * acknowledges and appeals; the manager resolves the appeal. Both forms are printed from the form page, in
 * Chinese and in English, read back with pdftotext and kept as page images to look at.
 */
describe('an appraisal from opening the cycle to the resolved appeal', () => {
  let app: E2E;
  let staff: Page;
  let lead: Page;
  let staff1Name = '';
  let staff1Option = '';
  let cycleUrl = '';
  let formUrl = '';

  beforeAll(async () => {
    app = await openSampleApp({ artifactsDir: SHOTS, username: 'manager', only: ['org'] });
    const core = app.harness.core;
    const me = unwrap(await core.call('auth.me', {}, await login(core, 'staff1')))!;
    staff1Name = me.displayName;
    const manager = await login(core, 'manager');
    staff1Option = `${staff1Name}（${unwrap(await core.call('org.staff.get', { id: me.staffId }, manager)).employeeNo}）`;
    staff = await windowFor(app.browser, app.harness.url, 'staff1');
    lead = await windowFor(app.browser, app.harness.url, 'lead.sales');
  });
  afterAll(async () => {
    await app?.close();
  });

  /** The manager moves the cycle to its next phase from the cycle page. */
  async function advance(to: string) {
    const { page } = app;
    // Others' steps were written in their own windows: the manager's page reads the cycle afresh.
    await page.goto(cycleUrl);
    await page.reload();
    await page.waitForSelector('[data-testid=cycle-steps]');
    await expect.poll(() => page.isDisabled('[data-testid=cycle-advance]'), { timeout: 10_000 }).toBe(false);
    await page.click('[data-testid=cycle-advance]');
    await confirmPop(page);
    await page.locator('[data-testid=cycle-steps] .ant-steps-item-process', { hasText: to }).waitFor();
  }

  async function openForm(page: Page) {
    await page.goto(formUrl);
    await page.reload();
    await page.waitForSelector('[data-testid=appraisal-form-page]');
  }

  it('the manager opens a quarterly cycle for staff1', async () => {
    const { page } = app;
    await page.getByRole('menuitem', { name: '考核周期' }).click();
    await page.click('[data-testid=cycle-open]');
    await page.waitForSelector('[data-testid=cycle-form]');
    await page.click('[data-testid=cycle-everyone]');
    await chooseOption(page, '#openCycle_staffIds', staff1Option, staff1Name);
    const preview = page.locator('[data-testid=cycle-preview]');
    await preview.locator('tbody tr', { hasText: staff1Name }).waitFor();
    expect(await preview.locator('tbody tr').count()).toBe(1);
    await page.keyboard.press('Escape');
    await page.click('[data-testid=cycle-submit]');
    await page.waitForSelector('[data-testid=cycle-steps]');
    cycleUrl = page.url();
    await page.getByRole('tab', { name: /考核表/ }).click();
    const row = page.locator('[data-testid=cycle-forms] tbody tr', { hasText: staff1Name });
    await row.getByRole('link').first().click();
    await page.waitForSelector('[data-testid=appraisal-form-page]');
    formUrl = page.url();
    await noRawKeys(page);
  });

  it('staff1 writes the plan and the sales lead agrees it; the manager moves on to the self-assessment', async () => {
    await openForm(staff);
    await staff.fill('[data-testid=plan-text]', '巩固华东区老客户，本季度新开发三家成交客户。');
    const targets = staff.locator('input[data-testid^=target-]');
    const n = await targets.count();
    for (let i = 0; i < n; i++) await targets.nth(i).fill(String([200000, 50000, 3, 90][i % 4]));
    await staff.click('[data-testid=plan-save]');
    await settled(staff);
    await openForm(lead);
    await lead.click('[data-testid=plan-agree]');
    await confirmPop(lead);
    await expect.poll(() => lead.locator('[data-testid=plan-agree]').count(), { timeout: 10_000 }).toBe(0);
    await advance('自评');
  });

  it('staff1 fills in and submits the self-assessment', async () => {
    await openForm(staff);
    const scores = staff.locator('input[data-testid^=self-score-]');
    await expect.poll(() => scores.count()).toBeGreaterThan(5);
    for (let i = 0; i < (await scores.count()); i++) await scores.nth(i).fill(String(80 + (i % 3) * 4));
    await staff.fill('[data-testid=self-achievements]', '完成华东区 12 家老客户回访，续签 3 份年度合同。');
    await staff.fill('[data-testid=self-shortfalls]', '新客户开发只完成一家。');
    await staff.fill('[data-testid=self-nextPlan]', '下期重点拓展苏州、无锡的制造业客户。');
    await staff.click('[data-testid=self-submit]');
    await confirmPop(staff);
    await expect.poll(() => staff.locator('[data-testid=self-submit]').count(), { timeout: 10_000 }).toBe(0);
    await settled(staff);
    await noRawKeys(staff);
    await staff.screenshot({ path: path.join(SHOTS, '01-self-submitted.png'), fullPage: true });
    await advance('上级评价');
  });

  it('the sales lead evaluates beside the submitted self-assessment', async () => {
    await openForm(lead);
    const scores = lead.locator('input[data-testid^=eval-score-]');
    await expect.poll(() => scores.count()).toBeGreaterThan(3);
    for (let i = 0; i < (await scores.count()); i++) await scores.nth(i).fill(String(76 + (i % 2) * 8));
    const actuals = lead.locator('input[data-testid^=eval-actual-]');
    for (let i = 0; i < (await actuals.count()); i++) await actuals.nth(i).fill('46000');
    await lead.fill('[data-testid=eval-overall]', '老客户维护扎实，新客户开发需加强。');
    await lead.click('[data-testid=eval-submit]');
    await confirmPop(lead);
    await expect.poll(() => lead.locator('[data-testid=eval-submit]').count(), { timeout: 10_000 }).toBe(0);
    await settled(lead);
    await lead.screenshot({ path: path.join(SHOTS, '02-evaluated.png'), fullPage: true });
    await advance('经理审核');
  });

  it('the manager adjusts the score with a reason and publishes', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: '汇总' }).click();
    const row = page.locator('[data-testid=consolidated-table] tbody tr', { hasText: staff1Name });
    await row.locator('[data-testid=row-adjust]').click();
    await page.waitForSelector('[data-testid=adjust-form]');
    await page.fill('#adjustScore_total', '83');
    await page.fill('#adjustScore_reason', '本季度独立签下两家重点客户，业绩评分未体现。');
    await page.locator('.ant-modal-footer .ant-btn-primary').click();
    await page.waitForSelector('[data-testid=adjust-form]', { state: 'detached' });
    await expect
      .poll(async () => (await row.locator('[data-testid=adjusted-score]').textContent()) ?? '')
      .toBe('83');
    await settled(page);
    await app.shot('03-adjusted');
    await advance('已发布');
  });

  it('staff1 acknowledges and appeals; the manager resolves the appeal', async () => {
    await openForm(staff);
    const result = staff.locator('[data-testid=appraisal-result]');
    expect(await result.textContent()).toContain('83');
    await staff.click('[data-testid=result-acknowledge]');
    await confirmPop(staff);
    await expect
      .poll(() => staff.locator('[data-testid=result-acknowledge]').count(), { timeout: 10_000 })
      .toBe(0);
    await staff.click('[data-testid=result-appeal]');
    await staff.waitForSelector('[data-testid=appeal-form]');
    await staff.fill('#appeal_reason', '九月底的大额续签订单未计入销售额。');
    await staff.locator('.ant-modal-footer .ant-btn-primary').click();
    await staff.waitForSelector('[data-testid=appeal-form]', { state: 'detached' });
    await result.getByText('大额续签订单', { exact: false }).waitFor();

    const { page } = app;
    await page.goto(cycleUrl);
    await page.reload();
    await page.getByRole('tab', { name: '汇总' }).click();
    const row = page.locator('[data-testid=consolidated-table] tbody tr', { hasText: staff1Name });
    await row.locator('[data-testid=row-resolve]').click();
    await page.waitForSelector('[data-testid=resolve-form]');
    await page.getByText('调整最终得分', { exact: true }).click();
    await page.fill('#resolveAppeal_total', '86');
    await page.fill('#resolveAppeal_note', '核实九月续签订单后上调。');
    await page.locator('.ant-modal-footer .ant-btn-primary').click();
    await page.waitForSelector('[data-testid=resolve-form]', { state: 'detached' });
    await row.getByText('申诉已调整').waitFor();

    await openForm(staff);
    expect(await staff.locator('[data-testid=appraisal-result]').textContent()).toContain('86');
    await settled(staff);
    await noRawKeys(staff);
    await staff.screenshot({ path: path.join(SHOTS, '04-resolved.png'), fullPage: true });
  });

  it('prints both forms as filled in, in Chinese and in English', async () => {
    await openForm(staff);
    const save = async (button: Locator, name: string) => {
      const [download] = await Promise.all([
        staff.waitForEvent('download', { timeout: 60_000 }),
        button.click(),
      ]);
      const file = path.join(SHOTS, `${name}.pdf`);
      await download.saveAs(file);
      pdfFirstPagePng(file, path.join(SHOTS, name));
      return pdfText(file);
    };
    const selfZh = await save(staff.locator('[data-testid=form-printSelf]'), 'self-zh');
    expect(selfZh).toContain('自评表');
    expect(selfZh).toContain(staff1Name);
    expect(selfZh).toContain('完成华东区 12 家老客户回访');
    const evalZh = await save(staff.locator('[data-testid=form-printEvaluation]'), 'evaluation-zh');
    expect(evalZh).toContain('评价表');
    expect(evalZh).toContain('老客户维护扎实');
    const inOther = (which: string) =>
      staff.locator(`[data-testid=form-${which}]`).locator('xpath=following-sibling::button[1]');
    const selfEn = await save(inOther('printSelf'), 'self-en');
    expect(selfEn).toMatch(/Self-assessment/i);
    // Figures in the page's language: 200,000 yuan, not 200,000 元.
    expect(selfEn).toMatch(/200,000 yuan/);
    expect(selfEn).not.toContain('元');
    const evalEn = await save(inOther('printEvaluation'), 'evaluation-en');
    expect(evalEn).toMatch(/Evaluation/i);
  });
});
