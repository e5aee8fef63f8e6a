import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import enUS from '../../src/shared/i18n/locales/en-US';
import { DEMO_PASSWORD } from '../../scripts/sample';
import { ARTIFACTS, type E2E } from './support/browser';
import { openSampleApp } from './support/sampleApp';
import { submitDialog } from './support/dialog';
import { chooseOption } from './support/select';

const SHOTS = path.join(ARTIFACTS, 'incentives');
const RAW_KEY = new RegExp(`\\b(${Object.keys(enUS).join('|')}):[a-zA-Z_]+`);

/** What the test reads and clicks that is not a test id: the words of each language. */
const WORDS = {
  'zh-CN': {
    language: '中文',
    menu: '奖惩',
    approvals: '审批',
    kind: '奖金',
    amount: '3000',
    money: '¥3,000.00',
    reason: '第四季度签下三家年度大客户',
    pending: '待审批',
    approved: '已批准',
    logout: '退出登录',
  },
  'en-US': {
    language: 'English',
    menu: 'Incentives',
    approvals: 'Approvals',
    kind: 'Special contribution award',
    amount: '8000.5',
    money: 'CN¥8,000.50',
    reason: 'Led the key account recovery after the Q3 complaint',
    pending: 'Pending',
    approved: 'Approved',
    logout: 'Log out',
  },
} as const;
type Lang = keyof typeof WORDS;

async function noRawKeys(page: Page, where: string) {
  expect(await page.locator('body').innerText(), where).not.toMatch(RAW_KEY);
}

async function dialogOpen(page: Page) {
  const modal = page.locator('.ant-modal:visible').last();
  await modal.waitFor();
  await expect.poll(() => modal.getAttribute('class')).not.toMatch(/ant-zoom/);
  return modal;
}

/** The drawer has slid in (no transition running on it). */
async function drawerOpen(page: Page) {
  await page.waitForSelector('[data-testid=incentive-drawer] [data-testid=incentive-timeline]');
  await expect
    .poll(() =>
      page
        .locator('.ant-drawer-content-wrapper')
        .first()
        .evaluate((e) => e.getAnimations().length),
    )
    .toBe(0);
}

async function closeDrawer(page: Page) {
  await page.locator('.ant-drawer-close').click();
  await expect.poll(() => page.locator('.ant-drawer-content-wrapper:visible').count()).toBe(0);
}

async function signInAs(app: E2E, username: string, w: (typeof WORDS)[Lang]) {
  const { page } = app;
  await page.click('[data-testid=user-menu]');
  await page.getByRole('menuitem', { name: w.logout }).click();
  await page.waitForSelector('[data-testid=login-form]');
  await page.fill('#username', username);
  await page.fill('#password', DEMO_PASSWORD);
  await page.click('[data-testid=login-submit]');
  await page.waitForSelector('[data-testid=user-menu]');
}

/**
 * The sales group's lead proposes an incentive for someone in the group; the manager approves it on the
 * Approvals screen; the list then shows it approved — in each language.
 */
describe('incentives end to end', () => {
  let app: E2E;

  beforeAll(async () => {
    app = await openSampleApp({ artifactsDir: SHOTS, username: 'lead.sales', only: ['org'] });
  });
  afterAll(async () => {
    await app?.close();
  });

  it.each(['zh-CN', 'en-US'] as const)('a lead proposes, the manager approves, in %s', async (lang) => {
    const { page } = app;
    const w = WORDS[lang];
    if (lang === 'en-US') await signInAs(app, 'lead.sales', WORDS['zh-CN']);
    await page.goto(`${app.harness.url}#/home`);
    await page.getByText(w.language, { exact: true }).first().click();
    await page.getByRole('menuitem', { name: w.menu }).click();
    await page.waitForSelector('[data-testid=incentive-list][data-loading=false]');
    await noRawKeys(page, `list ${lang}`);
    await app.shot(`01-list-lead-${lang}`);

    // The proposal: the first person the lead oversees, the kind, its amount, the reason and the date.
    await page.click('[data-testid=incentive-new]');
    const form = await dialogOpen(page);
    await page.click('[data-testid=incentive-staff]');
    const person = page.locator('.ant-select-dropdown:visible .ant-select-item-option').first();
    await person.waitFor();
    const personLabel = (await person.textContent())!;
    await person.click();
    const name = personLabel.split(' · ')[0]!;
    if (lang === 'en-US') await chooseOption(page, '#incentive_kind', w.kind);
    // Sent without an amount: refused under the field.
    await page.fill('[data-testid=incentive-reason]', w.reason);
    await page.click('[data-testid=incentive-effective]');
    await page.keyboard.type('2026-12-01');
    await page.keyboard.press('Enter');
    // Out of the date field, so its calendar closes.
    await form.locator('.ant-modal-title').click();
    await expect.poll(() => page.locator('.ant-picker-dropdown:visible').count()).toBe(0);
    if (lang === 'zh-CN') {
      await form.locator('.ant-btn-primary').click();
      await form.locator('.ant-form-item-explain-error').first().waitFor();
      await app.shot(`02-needs-amount-${lang}`);
    }
    await page.fill('input[data-testid=incentive-amount], [data-testid=incentive-amount] input', w.amount);
    await app.shot(`03-form-${lang}`);
    await submitDialog(page, form);

    // The new one opens: pending, waiting for the manager.
    await drawerOpen(page);
    const drawer = page.locator('[data-testid=incentive-drawer]');
    expect(await drawer.locator('[data-testid=incentive-status]').textContent()).toBe(w.pending);
    expect(await drawer.innerText()).toContain(w.money);
    const code = (await drawer.locator('.ant-drawer-title').innerText()).split(/\s/)[0]!;
    expect(code).toMatch(/^JL-\d{4}-\d{3}$/);
    await noRawKeys(page, `drawer ${lang}`);
    await app.shot(`04-proposed-${lang}`);
    await closeDrawer(page);

    // The manager decides on the Approvals screen.
    await signInAs(app, 'manager', w);
    await page.getByRole('menuitem', { name: w.approvals }).click();
    await page.waitForSelector('[data-testid=approval-approve]');
    const row = page.locator('tr.ant-table-row', { hasText: code });
    expect(await row.innerText()).toContain(name);
    expect(await row.innerText()).toContain(w.money.replace('CN', ''));
    await noRawKeys(page, `approvals ${lang}`);
    await app.shot(`05-approvals-${lang}`);
    await row.locator('[data-testid=approval-approve]').click();
    const approve = await dialogOpen(page);
    await submitDialog(page, approve);

    // Followed from the request to the incentive, and in the list: approved.
    await page.getByRole('menuitem', { name: w.menu }).click();
    await page.waitForSelector('[data-testid=incentive-list][data-loading=false]');
    const listed = page.locator('[data-testid=incentive-table] tr.ant-table-row', { hasText: code });
    await expect.poll(() => listed.locator('[data-testid=incentive-status]').textContent()).toBe(w.approved);
    // The approved rewards' total: this run's bonus alone the first time round.
    if (lang === 'zh-CN') expect(await page.textContent('[data-testid=incentive-sums]')).toContain(w.money);
    await noRawKeys(page, `approved ${lang}`);
    await app.shot(`06-approved-list-${lang}`);
    await listed.locator('[data-testid=incentive-open]').click();
    await drawerOpen(page);
    expect(
      await page.locator('[data-testid=incentive-drawer] [data-testid=incentive-status]').textContent(),
    ).toBe(w.approved);
    await app.shot(`07-approved-detail-${lang}`);
    await closeDrawer(page);
  });
});
