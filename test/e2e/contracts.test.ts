import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/core/createCore';
import { chinaDate } from '../../src/shared/service/statsPeriod';
import { DEMO_PASSWORD } from '../../scripts/sample';
import { clientFor, insertQuote } from '../support/contractFlow';
import { ARTIFACTS, type E2E } from './support/browser';
import { pdfFirstPagePng, pdfText } from './support/pdf';
import { submitDialog } from './support/dialog';
import { chooseRadio } from './support/forms';
import { openSampleApp } from './support/sampleApp';

const SHOTS = path.join(ARTIFACTS, 'contracts');
const RAW_KEY = /\b(common|errors|validation|contracts|clients|todo):[a-zA-Z_.]+/;

/** The client and its accepted quote the manager turns into a contract. */
const made = { clientId: '', clientName: '' };

async function prepare(core: Core): Promise<void> {
  const manager = core.sessions.create();
  const login = await core.call('auth.login', { username: 'manager', password: DEMO_PASSWORD }, manager);
  if (!login.ok) throw new Error('manager login failed');
  const client = await clientFor(core, manager, login.data.staffId, 'potential');
  made.clientId = client.id;
  made.clientName = client.name;
  await insertQuote(core, manager, { clientId: client.id, ownerId: login.data.staffId });
  core.sessions.dispose(manager);
}

async function settled(page: Page) {
  await expect.poll(() => page.locator('.ant-message-notice').count(), { timeout: 10_000 }).toBe(0);
}

async function noRawKeys(page: Page, where: string) {
  const text = await page.locator('body').innerText();
  expect(text, where).not.toMatch(RAW_KEY);
  expect(text, where).not.toContain('undefined');
}

/** Types a date into an antd DatePicker and takes it. */
async function date(page: Page, selector: string, value: string) {
  await page.locator(selector).first().click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(value);
  await page.keyboard.press('Tab');
}

/** The open dialog's OK button; the dialog closes (or says under its fields why not). */
async function ok(page: Page) {
  await submitDialog(page, page.locator('.ant-modal:visible').last());
}

const today = chinaDate(new Date());
const later = (days: number) =>
  new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * The manager draws up a contract from an accepted quote, reviews it against the checklist, approves and
 * signs it with a hand-off to finance, records the department's acknowledgement and a payment, and finds the
 * client's new transaction on the client file — then the same contract in English, and the review form
 * printed in both languages.
 */
describe('a contract from the quote to the money received', () => {
  let app: E2E;
  let contractUrl = '';

  beforeAll(async () => {
    app = await openSampleApp({
      artifactsDir: SHOTS,
      username: 'manager',
      only: ['org', 'clients'],
      prepare,
    });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('draws it up from the accepted quote, its lines copied', async () => {
    const { page } = app;
    await page.getByRole('menuitem', { name: '合同管理' }).click();
    await page.waitForSelector('[data-testid=contracts-page]');
    await noRawKeys(page, 'empty list');
    await app.shot('01-list-empty-zh');
    await page.click('[data-testid=contract-new]');
    await page.waitForSelector('[data-testid=contract-form]');
    await page.click('[data-testid=contract-source]');
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: made.clientName })
      .first()
      .click();
    await page.locator('.ant-select-dropdown:visible').waitFor({ state: 'hidden' });
    await page.fill('#contract-new_title', '智能仓储设备采购合同');
    await app.shot('02-new-zh');
    await ok(page);
    await page.waitForSelector('[data-testid=contract-detail]');
    contractUrl = page.url();
    expect(await page.textContent('[data-testid=contract-code]')).toMatch(/^HT-\d{4}-\d{4}$/);
    // The quote's lines, in the draft's editor.
    expect(await page.inputValue('#contract-terms_lines_0_description')).toBe('货架系统');
    expect(await page.inputValue('#contract-terms_lines_1_description')).toBe('安装调试服务');
    expect(await page.textContent('[data-testid=contract-detail]')).toContain('¥60,000.00');
    await page.fill('[data-testid=contract-liabilityTerms]', '逾期交付每日按合同金额0.05%支付违约金');
    await page.fill('[data-testid=contract-disputeTerms]', '提交苏州仲裁委员会仲裁');
    await page.click('[data-testid=contract-save]');
    await settled(page);
    await noRawKeys(page, 'draft');
    await app.shot('03-draft-zh');
  });

  it('is reviewed: an approval with a failed item is refused with the reason, then passes', async () => {
    const { page } = app;
    await page.click('[data-testid=contract-submit]');
    await expect.poll(() => page.textContent('[data-testid=contract-status]')).toBe('评审中');
    await settled(page);
    await page.getByRole('tab', { name: '评审' }).click();
    await page.click('[data-testid=contract-checklist-edit]');
    await page.waitForSelector('[data-testid=contract-checklist-form]');
    await chooseRadio(page.locator('[data-testid=check-liability]'), '不通过');
    await page.fill('[data-testid=check-liability-comment]', '违约金比例需与法务确认');
    await app.shot('04-checklist-zh');
    await ok(page);
    await expect
      .poll(() => page.textContent('[data-testid=contract-checklist]'))
      .toContain('违约金比例需与法务确认');
    await settled(page);
    await page.click('[data-testid=contract-approve]');
    await page.locator('.ant-message-notice', { hasText: '有 1 项评审要点未通过' }).waitFor();
    expect(await page.textContent('[data-testid=contract-status]')).toBe('评审中');
    await app.shot('05-approve-refused-zh');
    await settled(page);

    await page.click('[data-testid=contract-checklist-edit]');
    await page.waitForSelector('[data-testid=contract-checklist-form]');
    await chooseRadio(page.locator('[data-testid=check-liability]'), '通过');
    await page.fill('[data-testid=check-liability-comment]', '已与法务确认');
    await ok(page);
    await settled(page);
    await page.click('[data-testid=contract-opinion]');
    await page.fill('[data-testid=contract-opinion-comment]', '条款齐全，同意签订');
    await ok(page);
    await expect
      .poll(() => page.textContent('[data-testid=contract-opinions]'))
      .toContain('条款齐全，同意签订');
    await settled(page);
    await noRawKeys(page, 'review');
    await app.shot('06-reviewed-zh');
    await page.click('[data-testid=contract-approve]');
    await expect.poll(() => page.textContent('[data-testid=contract-status]')).toBe('已批准');
    await settled(page);
  });

  it('is signed with a hand-off to finance; the department’s acknowledgement is recorded', async () => {
    const { page } = app;
    await page.click('[data-testid=contract-sign]');
    await page.waitForSelector('[data-testid=contract-sign-form]');
    await date(page, 'input[data-testid=sign-date], [data-testid=sign-date] input', today);
    await page.click('[data-testid=sign-department-finance]');
    await app.shot('07-sign-zh');
    await ok(page);
    await expect.poll(() => page.textContent('[data-testid=contract-status]')).toBe('已签订');
    await settled(page);
    await page.getByRole('tab', { name: '合同交接' }).click();
    expect(await page.textContent('[data-testid=contract-handoffs]')).toContain('财务部');
    await page.click('[data-testid=handoff-acknowledge]');
    await page.fill('[data-testid=handoff-ack-by]', '财务部赵会计');
    await ok(page);
    await expect.poll(() => page.textContent('[data-testid=contract-handoffs]')).toContain('财务部赵会计');
    await settled(page);
    await noRawKeys(page, 'hand-off');
    await app.shot('08-handoff-zh');
  });

  it('a payment: more than owed is refused on the field; what came in is recorded', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: '履约节点与回款' }).click();
    await page.click('[data-testid=milestone-add]');
    await page.waitForSelector('[data-testid=milestone-form]');
    await page.click('[data-testid=milestone-kind]');
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '回款' }).click();
    await page.fill('[data-testid=milestone-title]', '预付款30%');
    await date(page, 'input[data-testid=milestone-due], [data-testid=milestone-due] input', later(10));
    await page
      .locator('input[data-testid=milestone-amount], [data-testid=milestone-amount] input')
      .first()
      .fill('18000');
    await ok(page);
    await expect.poll(() => page.textContent('[data-testid=contract-milestones]')).toContain('预付款30%');
    await settled(page);
    await page.click('[data-testid=milestone-payment]');
    await page.waitForSelector('[data-testid=milestone-payment-form]');
    await page
      .locator('input[data-testid=payment-amount], [data-testid=payment-amount] input')
      .first()
      .fill('20000');
    await date(page, 'input[data-testid=payment-date], [data-testid=payment-date] input', today);
    await page.locator('.ant-modal:visible .ant-modal-footer .ant-btn-primary').click();
    await page.locator('.ant-form-item-explain-error', { hasText: '超过该笔回款尚欠的金额' }).waitFor();
    await app.shot('09-payment-over-zh');
    await page
      .locator('input[data-testid=payment-amount], [data-testid=payment-amount] input')
      .first()
      .fill('18000');
    await ok(page);
    await expect.poll(() => page.textContent('[data-testid=contract-status]')).toBe('执行中');
    expect(await page.textContent('[data-testid=contract-plan]')).toContain('¥18,000.00');
    await settled(page);
    await noRawKeys(page, 'execution');
    await app.shot('10-execution-zh');
  });

  it('the client file shows the new transaction and the customer status', async () => {
    const { page } = app;
    const code = (await page.textContent('[data-testid=contract-code]'))!;
    await page.goto(`${app.harness.url}#/clients/${made.clientId}`);
    await page.getByRole('tab', { name: /交易记录/ }).click();
    await expect.poll(() => page.textContent('[data-testid=transactions-table]')).toContain(code);
    expect(await page.textContent('[data-testid=transactions-table]')).toContain('货架系统');
    // Potential → customer, the history kept.
    await page.getByRole('tab', { name: '状态变更' }).click();
    const history = await page.locator('[data-testid=status-history]').innerText();
    expect(history).toContain('潜在');
    expect(history).toContain('成交');
    await app.shot('11-client-transactions-zh');
  });

  it('the same contract in English, and the review form printed in both languages', async () => {
    const { page } = app;
    await page.goto(contractUrl);
    await page.waitForSelector('[data-testid=contract-detail]');
    for (const [locale, button, words] of [
      [
        'zh-CN',
        'contract-print-zh',
        ['合同评审表', '违约责任', '已与法务确认', '条款齐全，同意签订', '批准人'],
      ],
      ['en-US', 'contract-print-en', ['Contract review form', 'Liability for breach', 'Approver', 'Agree']],
    ] as const) {
      const pdf = path.join(SHOTS, `review-form-${locale}.pdf`);
      const [file] = await Promise.all([
        page.waitForEvent('download', { timeout: 60_000 }),
        page.click(`[data-testid=${button}]`),
      ]);
      await file.saveAs(pdf);
      const text = pdfText(pdf).replace(/\s+/g, '');
      for (const w of words) expect(text, w).toContain(w.replace(/\s+/g, ''));
      pdfFirstPagePng(pdf, path.join(SHOTS, `review-form-${locale}`));
      await settled(page);
    }
    expect(fs.readdirSync(SHOTS).some((f) => f.startsWith('review-form-en-US') && f.endsWith('.png'))).toBe(
      true,
    );

    await page.getByText('English', { exact: true }).first().click();
    await expect.poll(() => page.textContent('[data-testid=contract-status]')).toBe('In execution');
    await noRawKeys(page, 'detail en');
    await app.shot('12-detail-en');
    await page.getByRole('tab', { name: 'Review' }).click();
    await noRawKeys(page, 'review en');
    await app.shot('13-review-en');
    await page.getByRole('tab', { name: 'Hand-off' }).click();
    await app.shot('14-handoff-en');
    await page.getByRole('menuitem', { name: 'Contracts' }).click();
    await page.waitForSelector('[data-testid=contract-table] tr.ant-table-row');
    await page
      .locator('input[data-testid=contract-search], [data-testid=contract-search] input')
      .first()
      .fill('仓储');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-testid=contract-table] tr.ant-table-row').count()).toBe(1);
    await noRawKeys(page, 'list en');
    await app.shot('15-list-en');
  });
});
