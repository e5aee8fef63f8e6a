import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import enUS from '../../src/shared/i18n/locales/en-US';
import { ARTIFACTS, type E2E } from './support/browser';
import { openSampleApp } from './support/sampleApp';
import type { Core } from '../../src/main/core/createCore';
import { DEMO_PASSWORD } from '../../scripts/sample';

/** A staff member of the sample accepts a new high risk: a second request waiting for the manager. */
async function askForAcceptance(core: Core): Promise<void> {
  const session = core.sessions.create();
  const login = await core.call('auth.login', { username: 'staff1', password: DEMO_PASSWORD }, session);
  if (!login.ok) throw new Error(login.error.message);
  const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
  const risk = await core.call(
    'risk.create',
    {
      title: '海外客户汇率波动损失',
      category: 'market',
      ownerId: login.data.staffId,
      identifiedOn: today,
      likelihood: 4,
      impact: 4,
    },
    session,
  );
  if (!risk.ok) throw new Error(risk.error.message);
  const asked = await core.call(
    'risk.respond',
    {
      id: risk.data.id,
      version: risk.data.version,
      strategy: 'accept',
      acceptanceReason: '合同以人民币结算为主，敞口有限。',
    },
    session,
  );
  if (!asked.ok) throw new Error(asked.error.message);
}

const SHOTS = path.join(ARTIFACTS, 'approvals');
const RAW_KEY = new RegExp(`\\b(${Object.keys(enUS).join('|')}):[a-zA-Z_]+`);

const WORDS = {
  'zh-CN': {
    language: '中文',
    menu: '审批',
    comment: '同意接受，按季度复核客户集中度。',
    approved: '已批准',
  },
  'en-US': {
    language: 'English',
    menu: 'Approvals',
    comment: 'Agreed; review the concentration every quarter.',
    approved: 'Approved',
  },
} as const;

async function noRawKeys(page: Page, where: string) {
  const text = await page.locator('body').innerText();
  expect(text, where).not.toMatch(RAW_KEY);
}

async function dialogOpen(page: Page) {
  const modal = page.locator('.ant-modal:visible').last();
  await modal.waitFor();
  await expect.poll(() => modal.getAttribute('class')).not.toMatch(/ant-zoom/);
  return modal;
}

/**
 * The manager decides on a request for approval (a staff member accepting a high risk, from the sample):
 * a refusal without a reason is refused under the comment; the approval reaches the risk, whose acceptance
 * then reads approved. The English run opens the risk's pending notice and follows it to the request.
 */
describe('approvals end to end', () => {
  let app: E2E;

  beforeAll(async () => {
    app = await openSampleApp({
      artifactsDir: SHOTS,
      username: 'manager',
      only: ['org', 'clients', 'service', 'risk'],
      prepare: askForAcceptance,
    });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('the manager refuses without a reason (refused), then approves, in zh-CN', async () => {
    const { page } = app;
    const w = WORDS['zh-CN'];
    await page.goto(`${app.harness.url}#/home`);
    await page.getByText(w.language, { exact: true }).first().click();
    await page.getByRole('menuitem', { name: w.menu }).click();
    await page.waitForSelector('[data-testid=approvals-page]');
    await page.waitForSelector('[data-testid=approval-approve]');
    await noRawKeys(page, 'approvals zh');
    await app.shot('pending-zh-CN');

    const subject = (await page.locator('[data-testid=approval-subject]').first().textContent())!;
    await page.locator('[data-testid=approval-refuse]').first().click();
    const refuse = await dialogOpen(page);
    await refuse.locator('.ant-btn-primary').click();
    await refuse.locator('.ant-form-item-explain-error').waitFor();
    await app.shot('refuse-needs-reason-zh-CN');
    await refuse.locator('.ant-btn').first().click();
    await expect.poll(() => page.locator('.ant-modal:visible').count()).toBe(0);

    await page.locator('[data-testid=approval-approve]').first().click();
    const approve = await dialogOpen(page);
    await page.fill('[data-testid=approval-comment]', w.comment);
    await approve.locator('.ant-btn-primary').click();
    await expect.poll(() => page.locator('.ant-modal:visible').count()).toBe(0);

    await page.locator('[data-testid=approval-view]').getByText('已处理', { exact: true }).click();
    const row = page.locator('tr.ant-table-row', { hasText: subject });
    await expect.poll(() => row.locator('[data-testid=approval-status]').textContent()).toBe(w.approved);
    expect(await row.innerText()).toContain(w.comment);
    await app.shot('decided-zh-CN');

    await row.locator('[data-testid=approval-subject]').click();
    await page.waitForSelector('[data-testid=acceptance-notice][data-acceptance=approved]');
    await app.shot('risk-approved-zh-CN');
  });

  it('a pending acceptance on a risk leads the manager to its request, in en-US', async () => {
    const { page } = app;
    const w = WORDS['en-US'];
    await page.goto(`${app.harness.url}#/home`);
    await page.getByText(w.language, { exact: true }).first().click();
    await page.getByRole('menuitem', { name: w.menu }).click();
    await page.locator('[data-testid=approval-view]').getByText('Waiting', { exact: true }).click();
    await page.waitForSelector('[data-testid=approval-approve]');
    await page
      .locator('tr.ant-table-row', { hasText: '海外客户汇率波动损失' })
      .locator('[data-testid=approval-subject]')
      .click();
    await page.waitForSelector('[data-testid=acceptance-notice][data-acceptance=pending]');
    await noRawKeys(page, 'risk pending en');
    await app.shot('risk-pending-en-US');

    await page.click('[data-testid=acceptance-approvals]');
    await page.waitForSelector('[data-testid=approvals-page] .ant-table-row-selected');
    const row = page.locator('.ant-table-row-selected');
    expect(await row.innerText()).toContain('海外客户汇率波动损失');
    await row.locator('[data-testid=approval-approve]').click();
    await dialogOpen(page);
    await page.fill('[data-testid=approval-comment]', w.comment);
    await page.locator('.ant-modal:visible .ant-btn-primary').click();
    await expect.poll(() => page.locator('.ant-modal:visible').count()).toBe(0);
    await noRawKeys(page, 'approvals en');
    await app.shot('approved-en-US');

    await page.goBack();
    await page.waitForSelector('[data-testid=acceptance-notice][data-acceptance=approved]');
  });
});
