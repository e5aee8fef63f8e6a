import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../scripts/sample';
import type { Core } from '../../src/main/core/createCore';
import { fillCycle } from '../support/appraisalCycle';
import { quantitativeInput, seededIndicators } from '../support/appraisalInputs';
import { unwrap } from '../support/core';
import { ARTIFACTS, type E2E } from './support/browser';
import { pdfFirstPagePng, pdfText } from './support/pdf';
import { openSampleApp } from './support/sampleApp';

const SHOTS = path.join(ARTIFACTS, 'appraisal-review');
const RAW_KEY = /\b(common|errors|validation|appraisal|appraisalReview|audit):[a-zA-Z_.]+/;

async function login(core: Core, username: string) {
  const session = core.sessions.create();
  const user = unwrap(await core.call('auth.login', { username, password: DEMO_PASSWORD }, session));
  return { session, user };
}

interface Fixture {
  cycleId: string;
  staff1: { staffId: string; name: string };
  /** The member whose evaluation is still missing (the manager takes them out: they left). */
  missing: string;
}

/**
 * The sales group's Q3 cycle in manager review: every sales position on a template of hand-entered indicators
 * (so a person scored s has exactly s), two members on 95 (S above the guideline's 10 %), the staff1 login on
 * 78, one member's evaluation not submitted. Written through the cycle fixture before the app opens.
 */
async function seed(core: Core, out: Partial<Fixture>): Promise<void> {
  const { session: manager } = await login(core, 'manager');
  const { user: staff1 } = await login(core, 'staff1');
  const sales = unwrap(await core.call('org.groups.list', { includeInactive: false }, manager)).find(
    (g) => g.name === '销售组',
  )!;
  const people = unwrap(
    await core.call('org.staff.list', { search: null, groupId: sales.id, status: 'active' }, manager),
  );
  const ind = await seededIndicators(core, manager);
  // A results indicator typed in by hand (sales profit is computed from contracts, and this cycle has none).
  const typedIn = unwrap(await core.call('appraisal.createIndicator', quantitativeInput(), manager));
  const positions = [...new Set(people.map((p) => p.position).filter((p): p is string => !!p))];
  for (const [i, position] of positions.entries())
    unwrap(
      await core.call(
        'appraisal.createTemplate',
        {
          nameZh: `销售岗位模板${i + 1}`,
          nameEn: `Sales position template ${i + 1}`,
          groupId: null,
          position,
          categoryWeights: { results: 60, attitude: 20, ability: 20 },
          items: [
            { indicatorId: typedIn.id, weight: 60 },
            { indicatorId: ind['Responsibility']!.id, weight: 20 },
            { indicatorId: ind['Knowledge and skills']!.id, weight: 20 },
          ],
        },
        manager,
      ),
    );
  const cycle = unwrap(
    await core.call(
      'appraisal.openCycle',
      {
        nameZh: '2026年第三季度销售组考核',
        nameEn: '2026 Q3 sales appraisal',
        kind: 'quarterly',
        periodFrom: '2026-07-01',
        periodTo: '2026-09-30',
        everyone: false,
        groupIds: [sales.id],
        staffIds: [],
        deadlines: {
          goalSetting: '2026-12-01',
          selfAssessment: '2026-12-08',
          supervisorReview: '2026-12-15',
          managerReview: '2026-12-22',
        },
      },
      manager,
    ),
  );
  const others = people.filter((p) => p.id !== staff1.staffId);
  const scores: Record<string, number> = { [staff1.staffId]: 78 };
  others.forEach((p, i) => (scores[p.id] = i < 2 ? 95 : [88, 72, 84, 66, 81, 75][i % 6]!));
  const missing = others[others.length - 1]!;
  fillCycle(core, cycle.id, 'managerReview', scores, { skip: [missing.id] });
  Object.assign(out, {
    cycleId: cycle.id,
    staff1: { staffId: staff1.staffId, name: staff1.displayName },
    missing: missing.name,
  });
}

const rowOf = (page: Page, name: string) =>
  page.locator('[data-testid=consolidated-table] tbody tr', { hasText: name });
const modalOk = (page: Page) => page.locator('.ant-modal-footer .ant-btn-primary').click();

/**
 * Issue 10's manager review and appeal in Chromium: the manager sees the consolidated table with the grade
 * distribution over its guideline (a warning), adjusts one score with a reason (main's range error shown
 * under the field first), takes out the one person whose evaluation never came and publishes; the person
 * acknowledges and appeals on their form page in a window of their own, the manager resolves the appeal from
 * the table and prints the summary; the person's history — in Chinese and English.
 */
describe('appraisal manager review, publication and appeal end to end', () => {
  let app: E2E;
  const fx: Partial<Fixture> = {};
  const f = () => fx as Fixture;

  beforeAll(async () => {
    app = await openSampleApp({
      artifactsDir: SHOTS,
      username: 'manager',
      only: ['org'],
      prepare: (core) => seed(core, fx),
    });
  });
  afterAll(async () => {
    await app?.close();
  });

  const shot = async (name: string) => {
    await expect.poll(() => app.page.locator('.ant-message-notice').count(), { timeout: 10_000 }).toBe(0);
    await app.shot(name);
  };
  const noRawKeys = async () => expect(await app.page.locator('body').innerText()).not.toMatch(RAW_KEY);

  it('shows the consolidated table with the distribution warning; publishing waits for the missing evaluation', async () => {
    const { page } = app;
    await page.goto(`${app.harness.url}#/appraisal/cycles/${f().cycleId}`);
    await page.waitForSelector('[data-testid=cycle-steps]');
    expect(await page.textContent('[data-testid=cycle-blocked]')).toContain('还有 1 份评价未提交');
    expect(await page.isDisabled('[data-testid=cycle-advance]')).toBe(true);
    await page.getByRole('tab', { name: '汇总' }).click();
    await rowOf(page, f().staff1.name).waitFor();
    expect(await page.textContent('[data-testid=grade-over-guideline]')).toMatch(/S .*指导/);
    expect(await rowOf(page, f().staff1.name).textContent()).toContain('78');
    await page.locator('[data-testid=grade-chart] svg').waitFor();
    await noRawKeys();
    await shot('01-consolidated-zh');
  });

  it('adjusts one score: the reason is required, main refuses 120 under the field, 82 is kept', async () => {
    const { page } = app;
    await rowOf(page, f().staff1.name).locator('[data-testid=row-adjust]').click();
    await page.waitForSelector('[data-testid=adjust-form]');
    await page.fill('#adjustScore_total', '120');
    await modalOk(page);
    await page.locator('#adjustScore_reason_help').getByText('必填').waitFor();
    await page.fill('#adjustScore_reason', '第三季度独立签下两家重点客户，业绩评分未体现。');
    await modalOk(page);
    await expect
      .poll(async () => (await page.locator('#adjustScore_total_help').textContent()) ?? '', {
        timeout: 10_000,
      })
      .not.toBe('');
    await shot('02-adjust-refused-zh');
    await page.fill('#adjustScore_total', '82');
    await modalOk(page);
    await page.waitForSelector('[data-testid=adjust-form]', { state: 'detached' });
    const row = rowOf(page, f().staff1.name);
    await expect
      .poll(async () => (await row.locator('[data-testid=adjusted-score]').textContent()) ?? '')
      .toBe('82');
    expect(await row.locator('[data-testid=grade-tag]').textContent()).toBe('A');
    await row.locator('[data-testid=adjusted-score]').hover();
    await page.locator('.ant-tooltip').getByText('重点客户', { exact: false }).waitFor();
    await shot('03-adjusted-zh');
  });

  it('takes out the person whose evaluation never came, then publishes with the header move', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: /考核表/ }).click();
    await page
      .locator('[data-testid=cycle-forms] tbody tr', { hasText: f().missing })
      .getByRole('button', { name: '移出' })
      .click();
    await page.waitForSelector('[data-testid=remove-form]');
    await page.fill('#removeFromCycle_reason', '已离职');
    await modalOk(page);
    await page.waitForSelector('[data-testid=remove-form]', { state: 'detached' });
    await expect.poll(() => page.isDisabled('[data-testid=cycle-advance]'), { timeout: 10_000 }).toBe(false);
    await page.click('[data-testid=cycle-advance]');
    await page.locator('.ant-popconfirm .ant-btn-primary').click();
    await page.locator('[data-testid=cycle-steps] .ant-steps-item-process', { hasText: '已发布' }).waitFor();
  });

  it('the person acknowledges and appeals on their form page; the manager resolves from the table', async () => {
    const { page, browser, harness } = app;
    const { session } = await login(harness.core, 'staff1');
    const formId = unwrap(
      await harness.core.call('appraisal.getCycle', { id: f().cycleId }, session),
    ).forms.find((x) => x.staffId === f().staff1.staffId)!.id;
    // The person in a window of their own.
    const person = await (
      await browser.newContext({ viewport: { width: 1366, height: 860 }, locale: 'zh-CN' })
    ).newPage();
    await person.goto(harness.url);
    await person.fill('#username', 'staff1');
    await person.fill('#password', DEMO_PASSWORD);
    await person.click('[data-testid=login-submit]');
    await person.waitForSelector('[data-testid=home-page]');
    await person.goto(`${harness.url}#/appraisal/forms/${formId}`);
    const result = person.locator('[data-testid=appraisal-result]');
    await result.waitFor();
    expect(await result.textContent()).toContain('82');
    await person.click('[data-testid=result-acknowledge]');
    await person.locator('.ant-popconfirm .ant-btn-primary').click();
    await expect
      .poll(() => person.locator('[data-testid=result-acknowledge]').count(), { timeout: 10_000 })
      .toBe(0);
    await person.click('[data-testid=result-appeal]');
    await person.waitForSelector('[data-testid=appeal-form]');
    expect(await person.locator('.ant-modal').textContent()).toMatch(/截止 2026年12月\d+日/);
    await person.locator('.ant-modal-footer .ant-btn-primary').click();
    await person.locator('#appeal_reason_help').getByText('必填').waitFor();
    await person.fill('#appeal_reason', '调整后的得分未计入九月的大额订单。');
    await person.screenshot({ path: path.join(SHOTS, '04-appeal-zh.png'), fullPage: true });
    await person.locator('.ant-modal-footer .ant-btn-primary').click();
    await person.waitForSelector('[data-testid=appeal-form]', { state: 'detached' });
    await expect
      .poll(() => person.locator('[data-testid=result-appeal]').count(), { timeout: 10_000 })
      .toBe(0);
    await result.getByText('九月的大额订单', { exact: false }).waitFor();
    await person.screenshot({ path: path.join(SHOTS, '05-person-result-zh.png'), fullPage: true });
    await person.context().close();

    await page.reload();
    await page.getByRole('tab', { name: '汇总' }).click();
    const row = rowOf(page, f().staff1.name);
    await row.getByText('申诉处理中').waitFor();
    await row.locator('[data-testid=row-resolve]').click();
    await page.waitForSelector('[data-testid=resolve-form]');
    await page.getByText('调整最终得分', { exact: true }).click();
    await page.fill('#resolveAppeal_total', '86');
    await page.fill('#resolveAppeal_note', '核实九月订单后上调。');
    await shot('06-resolve-zh');
    await modalOk(page);
    await page.waitForSelector('[data-testid=resolve-form]', { state: 'detached' });
    await row.getByText('申诉已调整').waitFor();
    expect(await row.textContent()).toContain('86');
    await noRawKeys();
    await shot('07-resolved-zh');
  });

  it('prints the result summary with real text', async () => {
    const { page } = app;
    const target = path.join(SHOTS, 'summary-zh.pdf');
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.click('[data-testid=consolidated-print]'),
    ]);
    await download.saveAs(target);
    const text = pdfText(target);
    expect(text).toContain('考核结果汇总');
    expect(text).toContain(f().staff1.name);
    pdfFirstPagePng(target, path.join(SHOTS, 'summary-zh'));
  });

  it('the person’s history, and the same in English', async () => {
    const { page } = app;
    await rowOf(page, f().staff1.name).locator('[data-testid=row-history]').click();
    await page.locator('[data-testid=history-table] tbody tr').first().waitFor();
    expect(await page.textContent('[data-testid=history-table]')).toContain('86');
    await page.locator('[data-testid=history-chart] svg').waitFor();
    await noRawKeys();
    await shot('08-history-zh');
    await page.getByText('English', { exact: true }).first().click();
    await page.getByRole('columnheader', { name: 'Final score' }).waitFor();
    await noRawKeys();
    await shot('09-history-en');
    await page.goto(`${app.harness.url}#/appraisal/cycles/${f().cycleId}`);
    await page.getByRole('tab', { name: 'Consolidated' }).click();
    await rowOf(page, f().staff1.name).getByText('Appeal: adjusted').waitFor();
    await noRawKeys();
    await shot('10-consolidated-en');
  });
});
