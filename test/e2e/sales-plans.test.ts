import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/core/createCore';
import { newId } from '../../src/main/core/ids';
import enUS from '../../src/shared/i18n/locales/en-US';
import { periodEnd, periodStartOf } from '../../src/shared/salesPlans/rules';
import { DEMO_PASSWORD } from '../../scripts/sample';
import { ARTIFACTS, type E2E } from './support/browser';
import { openSampleApp } from './support/sampleApp';
import { chooseOption } from './support/select';

const SHOTS = path.join(ARTIFACTS, 'sales-plans');
const RAW_KEY = new RegExp(`\\b(${Object.keys(enUS).join('|')}):[a-zA-Z_]+`);

const WORDS = {
  'zh-CN': { language: '中文', menu: '销售计划', sales: '销售组', logout: '退出登录' },
  'en-US': { language: 'English', menu: 'Sales plans', sales: 'Sales', logout: 'Log out' },
} as const;
type Lang = keyof typeof WORDS;

/** This quarter (the app's clock is the real one): the plans and the fixture contracts are in it. */
const today = new Date().toISOString().slice(0, 10);
const QUARTER = periodStartOf('quarter', today);
const QUARTER_END = periodEnd('quarter', QUARTER);

/** staff1 (sales) and another sales person, with what the fixture contracts bring each of them. */
const people: { staff1: string; other: string; otherName: string } = { staff1: '', other: '', otherName: '' };

/**
 * The sample's organisation, and signed contracts written straight into the contracts table for two sales
 * people in this quarter (the contracts domain is built elsewhere): staff1 ¥300,000 (cost ¥180,000) and the
 * other ¥120,000 with no cost recorded; staff1's client is a new customer.
 */
async function prepare(core: Core) {
  const manager = core.sessions.create();
  const login = await core.call('auth.login', { username: 'manager', password: DEMO_PASSWORD }, manager);
  if (!login.ok) throw new Error('manager login');
  const db = core.store.db;
  const sales = db.prepare("SELECT id FROM groups WHERE builtin = 'sales'").pluck().get() as string;
  people.staff1 = db
    .prepare("SELECT s.id FROM staff s JOIN users u ON u.staff_id = s.id WHERE u.username = 'staff1'")
    .pluck()
    .get() as string;
  const other = db
    .prepare(
      `SELECT s.id, s.name FROM staff s LEFT JOIN users u ON u.staff_id = s.id
       WHERE s.group_id = ? AND s.status = 'active' AND u.id IS NULL ORDER BY s.name LIMIT 1`,
    )
    .get(sales) as { id: string; name: string };
  people.other = other.id;
  people.otherName = other.name;
  const contract = async (ownerId: string, amountFen: number, costFen: number | null, n: number) => {
    const client = await core.call(
      'clients.create',
      { name: `计划演示客户${n}`, ownerId, status: 'customer' },
      manager,
    );
    if (!client.ok) throw new Error(client.error.message);
    db.prepare(
      `INSERT INTO contracts (id, code, title, client_id, owner_id, group_id, status, amount_fen, cost_fen, signed_on,
         created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, 'signed', ?, ?, ?, ?, ?)`,
    ).run(
      newId(),
      `HT-2026-99${n}`,
      `演示合同${n}`,
      client.data.id,
      ownerId,
      sales,
      amountFen,
      costFen,
      QUARTER,
      new Date().toISOString(),
      new Date().toISOString(),
    );
  };
  await contract(people.staff1, 300_000_00, 180_000_00, 1);
  await contract(people.other, 120_000_00, null, 2);
}

async function noRawKeys(page: Page, where: string) {
  expect(await page.locator('body').innerText(), where).not.toMatch(RAW_KEY);
}

async function dialogOpen(page: Page) {
  const modal = page.locator('.ant-modal:visible').last();
  await modal.waitFor();
  await expect.poll(() => modal.getAttribute('class')).not.toMatch(/ant-zoom/);
  return modal;
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

async function openPlans(page: Page, w: (typeof WORDS)[Lang]) {
  await page.getByRole('menuitem', { name: w.menu }).click();
  await page.waitForSelector('[data-testid=plan-board][data-loading=false] [data-testid=people-plans]');
}

async function fillPlan(
  page: Page,
  v: { revenue: string; profit: string; clients: string; strategy?: string },
) {
  const form = await dialogOpen(page);
  const number = (id: string) => `input[data-testid=${id}], [data-testid=${id}] input`;
  await page.fill(number('plan-revenue'), v.revenue);
  await page.fill(number('plan-profit'), v.profit);
  await page.fill(number('plan-new-clients'), v.clients);
  if (v.strategy) await page.fill('[data-testid=plan-strategy]', v.strategy);
  return form;
}

async function save(page: Page, form: Awaited<ReturnType<typeof dialogOpen>>) {
  await form.locator('.ant-btn-primary').click();
  await expect.poll(() => page.locator('.ant-modal:visible').count()).toBe(0);
  await page.waitForSelector('[data-testid=plan-board][data-loading=false]');
}

/**
 * The manager sets the sales group's plan for this quarter; the sales lead splits it among the group's people;
 * the page shows the group's and each person's progress from the signed contracts, the split against the
 * group's target and the plan-vs-actual chart — in Chinese, then in English.
 */
describe('sales plans end to end', () => {
  let app: E2E;

  beforeAll(async () => {
    app = await openSampleApp({ artifactsDir: SHOTS, username: 'manager', only: ['org'], prepare });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('the manager sets the group plan and the lead splits it, in Chinese', async () => {
    const { page } = app;
    const w = WORDS['zh-CN'];
    await page.getByText(w.language, { exact: true }).first().click();
    await openPlans(page, w);
    await chooseOption(page, '#plan-group', w.sales);
    await page.waitForSelector('[data-testid=group-no-plan]');
    await noRawKeys(page, 'manager empty');
    await app.shot('01-manager-no-plan-zh-CN');

    await page.click('[data-testid=group-plan-edit]');
    const form = await fillPlan(page, {
      revenue: '1000000',
      profit: '300000',
      clients: '4',
      strategy: '聚焦制造业老客户的增购，季度内完成两场行业研讨会。',
    });
    await app.shot('02-manager-form-zh-CN');
    await save(page, form);
    const card = page.locator('[data-testid=group-plan]');
    // ¥420,000 of ¥1,000,000 signed: 42 %; profit only from the costed contract: ¥120,000 of ¥300,000.
    await expect.poll(() => card.locator('[data-testid=progress-revenue]').innerText()).toContain('42%');
    expect(await card.locator('[data-testid=progress-profit]').innerText()).toContain('40%');
    expect(await card.locator('[data-testid=uncosted]').count()).toBe(1);
    await app.shot('03-manager-group-plan-zh-CN');

    await signInAs(app, 'lead.sales', w);
    await openPlans(page, w);
    expect(await page.locator('[data-testid=group-plan-edit]').innerText()).toContain('策略');
    const staff1Row = page.locator(`[data-testid=person-${people.staff1}]`);
    await staff1Row.locator('[data-testid=person-plan-edit]').click();
    await save(page, await fillPlan(page, { revenue: '600000', profit: '200000', clients: '2' }));
    await expect.poll(() => staff1Row.locator('[data-testid=progress-revenue]').innerText()).toContain('50%');
    // ¥600,000 of ¥1,000,000 split: under, shown as a warning.
    expect(await page.getAttribute('[data-testid=split-revenue]', 'data-state')).toBe('under');
    await noRawKeys(page, 'lead split');
    await app.shot('04-lead-split-zh-CN');
  });

  it('the lead finishes the split and the manager sees it, in English', async () => {
    const { page } = app;
    const w = WORDS['en-US'];
    await page.getByText(w.language, { exact: true }).first().click();
    await openPlans(page, w);
    const otherRow = page.locator(`[data-testid=person-${people.other}]`);
    await otherRow.locator('[data-testid=person-plan-edit]').click();
    await save(page, await fillPlan(page, { revenue: '400000', profit: '100000', clients: '2' }));
    // Now the people's targets add up to the group's.
    await expect.poll(() => page.getAttribute('[data-testid=split-revenue]', 'data-state')).toBe('match');
    expect(await otherRow.locator('[data-testid=progress-revenue]').innerText()).toContain('30%');
    await page.waitForSelector('[data-testid=plan-chart-svg] svg');
    await noRawKeys(page, 'lead split en');
    await app.shot('05-lead-split-en-US');

    await signInAs(app, 'manager', w);
    await openPlans(page, w);
    await chooseOption(page, '#plan-group', w.sales);
    await page.waitForSelector('[data-testid=plan-chart-svg] svg');
    expect(await page.locator('[data-testid=group-plan]').innerText()).toContain(QUARTER.slice(0, 4));
    await app.shot('06-manager-board-en-US');
    await page.getByRole('tab', { name: 'All plans' }).click();
    await page.waitForSelector('[data-testid=plan-list][data-loading=false]');
    expect(await page.textContent('[data-testid=plan-total]')).toContain('3');
    await noRawKeys(page, 'list en');
    await app.shot('07-manager-list-en-US');
    expect(QUARTER_END >= today).toBe(true);
  });
});
