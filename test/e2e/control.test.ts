import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/core/createCore';
import { DEMO_PASSWORD } from '../../scripts/sample';
import { ARTIFACTS, type E2E } from './support/browser';
import { pdfText } from './support/pdf';
import { openSampleApp } from './support/sampleApp';

const SHOTS = path.join(ARTIFACTS, 'control');
/** A translation key that reached the screen untranslated looks like `ns:some.key`. */
const RAW_KEY = /\b(control|common|validation|errors|risk):[a-zA-Z_]+/;

const WORDS = {
  'zh-CN': {
    language: '中文',
    menu: '检查与审计',
    save: '保存',
    high: '高',
    returned: '已退回',
    submitted: '待验证',
    verified: '已验证',
    closed: '已关闭',
    findingsTab: '发现问题',
    rectificationsTab: '整改',
    report: ['内部审计报告', '发现问题及整改', '审计组长', '被审计单位负责人', '已验证'],
  },
  'en-US': {
    language: 'English',
    menu: 'Inspections & audits',
    save: 'Save',
    high: 'High',
    returned: 'Returned',
    submitted: 'To verify',
    verified: 'Verified',
    closed: 'Closed',
    findingsTab: 'Findings',
    rectificationsTab: 'Rectifications',
    report: [
      'Internal audit report',
      'Findings and rectifications',
      'Lead auditor',
      'Head of the audited unit',
      'Verified',
    ],
  },
} as const;
type Locale = keyof typeof WORDS;

/** A date `days` from today (the harness runs on the real clock), as YYYY-MM-DD. */
const fromToday = (days: number): string =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** The people of the sample department the test works as: their names as the pickers show them. */
const names = { manager: '', staff2: '' };

async function readNames(core: Core): Promise<void> {
  for (const username of ['manager', 'staff2'] as const) {
    const session = core.sessions.create();
    const login = await core.call('auth.login', { username, password: DEMO_PASSWORD }, session);
    if (!login.ok) throw new Error(login.error.message);
    names[username] = login.data.displayName;
  }
}

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

/**
 * Chooses an option of a searchable antd Select by typing its label; a choice that did not take (a click lost
 * while the dropdown was still opening on a busy machine) is made again.
 */
async function choose(page: Page, selector: string, label: string) {
  const select = page.locator('.ant-select', { has: page.locator(selector) });
  for (let attempt = 1; ; attempt++) {
    if (await page.locator('.ant-select-dropdown:visible').count()) await page.keyboard.press('Escape');
    await page.click(selector);
    await page.keyboard.type(label);
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: label })
      .first()
      .click();
    const taken = async () => ((await select.textContent()) ?? '').includes(label);
    for (let i = 0; i < 30 && !(await taken()); i++) await page.waitForTimeout(100);
    if ((await taken()) || attempt === 3) return;
  }
}

/** The open dialog, once it stands still. */
async function dialog(page: Page) {
  const modal = page.locator('.ant-modal:visible').last();
  await modal.waitFor();
  await expect.poll(() => modal.getAttribute('class')).not.toMatch(/ant-zoom/);
  return modal;
}

/** Saves the open dialog and waits for it to close (a refusal says why). */
async function save(page: Page, locale: Locale) {
  const modal = await dialog(page);
  await modal.getByRole('button', { name: WORDS[locale].save, exact: true }).click();
  const refused = page.locator('.ant-modal:visible .ant-form-item-explain-error, .ant-message-error');
  await expect
    .poll(async () => ((await refused.count()) ? await refused.allInnerTexts() : await modal.isVisible()), {
      timeout: 15_000,
    })
    .toBe(false);
}

async function confirm(page: Page) {
  await page.locator('.ant-modal-confirm-btns .ant-btn-primary').click();
  await expect.poll(() => page.locator('.ant-modal-confirm').count()).toBe(0);
}

async function rectificationStatus(page: Page, status: string) {
  await expect
    .poll(
      () =>
        page.getAttribute('[data-testid=rectification] [data-testid=rectification-status]', 'data-status'),
      {
        timeout: 15_000,
      },
    )
    .toBe(status);
}

async function signIn(page: Page, username: string, language: string) {
  await page.waitForSelector('[data-testid=login-form]');
  await page.fill('#username', username);
  await page.fill('#password', DEMO_PASSWORD);
  await page.click('[data-testid=login-submit]');
  await page.waitForSelector('[data-testid=home-page]');
  await page.getByText(language, { exact: true }).first().click();
}

/**
 * Internal control end to end: the manager plans an audit naming themself its lead auditor, starts it,
 * records a finding with a rectification for a customer-service clerk; the clerk (in a window of their own)
 * hands in evidence with a file; the auditor returns it, the clerk hands it in again, the auditor verifies
 * it, reports and closes the audit and prints the report — in Chinese and in English, every screen
 * screenshotted and the report's pages rendered to PNG.
 */
describe('inspections and audits end to end', () => {
  let app: E2E;
  let owner: Page;

  beforeAll(async () => {
    app = await openSampleApp({ artifactsDir: SHOTS, username: 'manager', prepare: readNames });
    const context = await app.browser.newContext({ viewport: { width: 1366, height: 860 }, locale: 'zh-CN' });
    owner = await context.newPage();
    await owner.goto(app.harness.url);
    await signIn(owner, 'staff2', WORDS['zh-CN'].language);
  });
  afterAll(async () => {
    await app?.close();
  });

  for (const locale of ['zh-CN', 'en-US'] as const) {
    it(`runs an audit from plan to closed and prints its report in ${locale}`, async () => {
      const { page } = app;
      const w = WORDS[locale];
      const title = locale === 'zh-CN' ? '2026年一季度合同管理内部审计' : 'Q1 2026 contract management audit';
      const findingTitle =
        locale === 'zh-CN' ? '三份销售合同未经法务审核' : 'Three sales contracts signed without legal review';

      await page.goto(`${app.harness.url}#/home`);
      await page.reload();
      await page.getByText(w.language, { exact: true }).first().click();
      await page.getByRole('menuitem', { name: w.menu }).click();
      await page.waitForSelector('[data-testid=control-page]');

      // Plan the audit.
      await page.click('[data-testid=audit-new]');
      await page.waitForSelector('[data-testid=audit-form]');
      await page.fill('#audit_title', title);
      await page.fill(
        '#audit_scope',
        locale === 'zh-CN' ? '销售合同的审批、签订与归档' : 'Approval, signing and filing of sales contracts',
      );
      await date(page, '#audit_periodFrom', fromToday(-120));
      await date(page, '#audit_periodTo', fromToday(-30));
      await date(page, '#audit_auditOn', fromToday(-7));
      await choose(page, '#audit_auditorIds', names.manager);
      await page.keyboard.press('Escape');
      await settled(page);
      await noRawKeys(page, 'audit form');
      await app.shot(`form-${locale}`);
      await page.click('[data-testid=audit-save]');
      await page.waitForSelector('[data-testid=audit-detail-page]');
      const auditUrl = page.url();

      // Start it, record a finding and ask for a rectification.
      await page.click('[data-testid=audit-move-in_progress]');
      await confirm(page);
      await page.waitForSelector('[data-testid=finding-add]');
      await page.click('[data-testid=finding-add]');
      const findingForm = await dialog(page);
      await findingForm.getByText(w.high, { exact: true }).click();
      await page.fill('#finding_title', findingTitle);
      await page.fill(
        '#finding_description',
        locale === 'zh-CN'
          ? '抽查 30 份合同，3 份缺少法务审核记录。'
          : '3 of 30 contracts sampled lack a legal review record.',
      );
      await page.fill('#finding_process', locale === 'zh-CN' ? '合同审批' : 'Contract approval');
      await save(page, locale);
      await page.click('[data-testid=rectification-add]');
      await dialog(page);
      await page.fill(
        '#rectification_requirement',
        locale === 'zh-CN'
          ? '补齐法务审核并修订合同审批流程'
          : 'Complete the legal reviews and revise the approval procedure',
      );
      await choose(page, '#rectification_ownerId', names.staff2);
      await date(page, '#rectification_dueOn', fromToday(30));
      await save(page, locale);
      await rectificationStatus(page, 'open');

      // The owner hands in evidence with a file.
      await owner.goto(auditUrl);
      await owner.reload();
      await owner.getByText(w.language, { exact: true }).first().click();
      await owner.click('[data-testid=rectification-submit]');
      const evidence = await dialog(owner);
      await evidence.locator('input[type=file]').setInputFiles({
        name: locale === 'zh-CN' ? '法务审核记录.pdf' : 'legal-review-records.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from('%PDF-1.4\n% evidence\n'),
      });
      await evidence.locator('[data-testid=evidence-file]').waitFor();
      await owner.fill(
        '#evidence_evidenceNote',
        locale === 'zh-CN'
          ? '已补齐三份合同的法务审核。'
          : 'Legal reviews completed for the three contracts.',
      );
      await settled(owner);
      await noRawKeys(owner, 'evidence dialog');
      await owner.screenshot({ path: path.join(SHOTS, `evidence-${locale}.png`) });
      await save(owner, locale);
      await rectificationStatus(owner, 'submitted');
      await noRawKeys(owner, 'owner view');
      await settled(owner);
      await owner.screenshot({ path: path.join(SHOTS, `owner-${locale}.png`), fullPage: true });

      // The auditor returns it; the owner hands it in again; the auditor verifies it.
      await page.reload();
      await rectificationStatus(page, 'submitted');
      await page.click('[data-testid=rectification-return]');
      await dialog(page);
      await page.fill(
        '#review_comment',
        locale === 'zh-CN' ? '缺少修订后的审批流程文件。' : 'The revised approval procedure is missing.',
      );
      await save(page, locale);
      await rectificationStatus(page, 'returned');

      await owner.reload();
      await rectificationStatus(owner, 'returned');
      await owner.click('[data-testid=rectification-submit]');
      await dialog(owner);
      await owner.fill(
        '#evidence_evidenceNote',
        locale === 'zh-CN' ? '已补充修订后的审批流程。' : 'Revised procedure attached.',
      );
      await save(owner, locale);
      await rectificationStatus(owner, 'submitted');

      await page.reload();
      await page.click('[data-testid=rectification-verify]');
      await dialog(page);
      await page.fill(
        '#review_comment',
        locale === 'zh-CN' ? '证据齐全，整改有效。' : 'Evidence complete; rectified.',
      );
      await save(page, locale);
      await rectificationStatus(page, 'verified');
      expect(await page.locator('[data-testid=rectification-step]').count()).toBe(4);

      // Report, close, print.
      await page.click('[data-testid=audit-move-reported]');
      await dialog(page);
      await page.fill(
        '#report_conclusion',
        locale === 'zh-CN'
          ? '合同审批控制总体有效；发现的问题已整改并经验证。'
          : 'Contract approval controls are effective overall; the finding was rectified and verified.',
      );
      await save(page, locale);
      await page.click('[data-testid=audit-move-closed]');
      await confirm(page);
      await expect.poll(() => page.textContent('[data-testid=audit-steps]')).toContain(w.closed);
      await settled(page);
      await noRawKeys(page, 'audit detail');
      await page.screenshot({ path: path.join(SHOTS, `detail-${locale}.png`), fullPage: true });

      const pdf = path.join(SHOTS, `audit-report-${locale}.pdf`);
      const [file] = await Promise.all([
        page.waitForEvent('download', { timeout: 60_000 }),
        page.click('[data-testid=audit-print]'),
      ]);
      await file.saveAs(pdf);
      const text = pdfText(pdf).replace(/\s+/g, ' ');
      for (const words of [...w.report, findingTitle, names.staff2]) expect(text).toContain(words);
      execFileSync('pdftoppm', ['-png', '-r', '80', pdf, path.join(SHOTS, `audit-report-${locale}`)]);
      expect(
        fs.readdirSync(SHOTS).some((f) => f.startsWith(`audit-report-${locale}-`) && f.endsWith('.png')),
      ).toBe(true);

      // The lists, each tab.
      await page.goto(`${app.harness.url}#/control`);
      await page.waitForSelector('[data-testid=audit-list] tbody tr.ant-table-row');
      await settled(page);
      await noRawKeys(page, 'audit list');
      await app.shot(`audits-${locale}`);
      await page.getByRole('tab', { name: w.findingsTab, exact: true }).click();
      await page.waitForSelector('[data-testid=finding-list] tbody tr.ant-table-row');
      await app.shot(`findings-${locale}`);
      await page.getByRole('tab', { name: w.rectificationsTab, exact: true }).click();
      await page.waitForSelector('[data-testid=rectification-list] tbody tr.ant-table-row');
      await noRawKeys(page, 'rectification list');
      await app.shot(`rectifications-${locale}`);
    });
  }
});
