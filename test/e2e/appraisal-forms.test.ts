import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../scripts/sample';
import type { Core } from '../../src/main/core/createCore';
import type { UserCtx } from '../../src/main/core/context';
import { openCycle } from '../../src/main/domains/appraisal/cycles';
import { chinaDateOf } from '../../src/shared/calendar/workingTime';
import { ARTIFACTS, type E2E } from './support/browser';
import { openSampleApp } from './support/sampleApp';

const SHOTS = path.join(ARTIFACTS, 'appraisal-forms');
const RAW_KEY = /\b(common|errors|validation|appraisal|audit):[a-zA-Z_.]+/;

const WORDS = {
  'zh-CN': {
    language: '中文',
    menu: '我的考核',
    toEvaluate: '待我评价',
    cycle: '2026年第四季度考核',
    submitted: '自评表已提交',
    evaluated: '评价表已提交',
  },
  'en-US': {
    language: 'English',
    menu: 'My appraisals',
    toEvaluate: 'To evaluate',
    cycle: 'November 2026 appraisal',
    submitted: 'Self-assessment submitted',
    evaluated: 'Evaluation submitted',
  },
} as const;

const cycles: Record<string, string> = {};

/**
 * Two cycles for staff1 (a sales representative) evaluated by the sales lead — a quarterly one walked in
 * Chinese and a monthly one in English — each with the plan agreed and in self-assessment. The phases are put
 * straight in the database: moving them is the cycle workflow's screen, not this one's.
 */
async function prepare(core: Core) {
  const manager = core.sessions.create();
  const login = async (s: typeof manager, username: string) => {
    const r = await core.call('auth.login', { username, password: DEMO_PASSWORD }, s);
    if (!r.ok) throw new Error(r.error.message);
  };
  await login(manager, 'manager');
  const accounts = await core.call('accounts.list', {}, manager);
  if (!accounts.ok) throw new Error('accounts');
  const staffOf = (u: string) => accounts.data.find((a) => a.username === u)!.staffId;
  const staff1 = staffOf('staff1');
  const lead = staffOf('lead.sales');
  const p = await core.call('org.staff.get', { id: staff1 }, manager);
  if (!p.ok) throw new Error('staff1');
  const s = p.data;
  await core.call(
    'org.staff.update',
    {
      id: s.id,
      version: s.version,
      employeeNo: s.employeeNo,
      name: s.name,
      position: s.position,
      groupId: s.groupId,
      supervisorId: lead,
      hireDate: s.hireDate,
      status: s.status,
      phone: s.phone,
      email: s.email,
      chargeGroupIds: s.chargeGroupIds,
    },
    manager,
  );
  const person = core.sessions.create();
  await login(person, 'staff1');
  const evaluator = core.sessions.create();
  await login(evaluator, 'lead.sales');
  const today = chinaDateOf(Date.now());
  const year = today.slice(0, 4);
  const quarter = Math.floor((Number(today.slice(5, 7)) - 1) / 3);
  const qFrom = `${year}-${String(quarter * 3 + 1).padStart(2, '0')}-01`;
  const qTo = new Date(Date.UTC(Number(year), quarter * 3 + 3, 0)).toISOString().slice(0, 10);
  const mFrom = `${today.slice(0, 7)}-01`;
  const mTo = new Date(Date.UTC(Number(year), Number(today.slice(5, 7)), 0)).toISOString().slice(0, 10);
  const ctx = core.context(manager) as UserCtx;
  for (const [locale, kind, from, to] of [
    ['zh-CN', 'quarterly', qFrom, qTo],
    ['en-US', 'monthly', mFrom, mTo],
  ] as const) {
    const cycle = openCycle(ctx, {
      nameZh: locale === 'zh-CN' ? WORDS['zh-CN'].cycle : '2026年11月考核',
      nameEn: locale === 'zh-CN' ? 'Q4 2026 appraisal' : WORDS['en-US'].cycle,
      kind,
      periodFrom: from,
      periodTo: to,
      everyone: false,
      groupIds: [],
      staffIds: [staff1],
      deadlines: { goalSetting: to, selfAssessment: to, supervisorReview: to, managerReview: to },
    });
    cycles[locale] = cycle.id;
    const formId = core.store.db
      .prepare('SELECT id FROM appraisal_forms WHERE cycle_id = ?')
      .pluck()
      .get(cycle.id) as string;
    const f = await core.call('appraisal.getForm', { id: formId }, person);
    if (!f.ok) throw new Error('form');
    const targets = f.data.items
      .filter((i) => i.scoring === 'quantitative')
      .map((i) => ({
        indicatorId: i.indicatorId,
        target:
          i.source === 'revenue'
            ? 200_000
            : i.source === 'satisfaction'
              ? 90
              : i.source === 'newClients'
                ? 3
                : 50_000,
        planNote: null,
      }));
    const planned = await core.call(
      'appraisal.savePlan',
      {
        id: formId,
        version: f.data.version,
        plan:
          locale === 'zh-CN'
            ? '巩固华东区老客户，新开发三家成交客户。'
            : 'Keep the East China accounts; win three new customers.',
        targets,
      },
      person,
    );
    if (!planned.ok) throw new Error(planned.error.message);
    const agreed = await core.call(
      'appraisal.agreePlan',
      { id: formId, version: planned.data.version },
      evaluator,
    );
    if (!agreed.ok) throw new Error(agreed.error.message);
    core.store.db.prepare("UPDATE appraisal_cycles SET phase = 'selfAssessment' WHERE id = ?").run(cycle.id);
  }
}

async function signIn(page: Page, username: string) {
  await page.waitForSelector('[data-testid=login-form]');
  await page.fill('#username', username);
  await page.fill('#password', DEMO_PASSWORD);
  await page.click('[data-testid=login-submit]');
  await page.waitForSelector('[data-testid=home-page]');
}

const settled = async (page: Page) =>
  expect.poll(() => page.locator('.ant-message-notice').count(), { timeout: 10_000 }).toBe(0);
const noRawKeys = async (page: Page) => expect(await page.locator('body').innerText()).not.toMatch(RAW_KEY);

async function confirmPop(page: Page) {
  await page.locator('.ant-popconfirm:visible .ant-btn-primary').click();
}

async function openForm(page: Page, url: string, locale: 'zh-CN' | 'en-US', tab?: string) {
  const w = WORDS[locale];
  await page.goto(`${url}#/home`);
  await page.reload();
  await page.waitForSelector('[data-testid=home-page]');
  await page.getByText(w.language, { exact: true }).first().click();
  await page.getByRole('menuitem', { name: w.menu }).click();
  await page.waitForSelector('[data-testid=appraisal-forms-page]');
  if (tab) await page.getByRole('tab', { name: tab }).click();
  await page.locator('[data-testid=appraisal-form-list] tr', { hasText: w.cycle }).click();
  await page.waitForSelector('[data-testid=appraisal-form-page]');
}

describe('appraisal forms end to end: the self-assessment and the evaluation', () => {
  let app: E2E;
  let staff: Page;

  beforeAll(async () => {
    app = await openSampleApp({
      artifactsDir: SHOTS,
      username: 'lead.sales',
      only: ['org', 'clients'],
      prepare,
    });
    const context = await app.browser.newContext({ viewport: { width: 1366, height: 860 }, locale: 'zh-CN' });
    staff = await context.newPage();
    await staff.goto(app.harness.url);
    await signIn(staff, 'staff1');
  });
  afterAll(async () => {
    await app?.close();
  });

  for (const locale of ['zh-CN', 'en-US'] as const) {
    it(`staff1 fills in and submits the self-assessment, the sales lead evaluates it (${locale})`, async () => {
      const w = WORDS[locale];
      // The person: scores with the band's meaning shown live, the three summaries, submit.
      await openForm(staff, app.harness.url, locale);
      const scores = staff.locator('input[data-testid^=self-score-]');
      await expect.poll(() => scores.count()).toBeGreaterThan(5);
      const n = await scores.count();
      for (let i = 0; i < n; i++) await scores.nth(i).fill(String(78 + (i % 3) * 5));
      await staff.locator('[data-testid^=band-]', { hasText: '75–89' }).first().waitFor();
      const zh = locale === 'zh-CN';
      await staff.fill(
        '[data-testid=self-achievements]',
        zh
          ? '完成华东区 12 家老客户回访，续签 3 份年度合同。'
          : 'Visited 12 East China accounts; 3 annual contracts renewed.',
      );
      await staff.fill(
        '[data-testid=self-shortfalls]',
        zh ? '新客户开发只完成一家。' : 'Only one new customer won.',
      );
      await staff.fill(
        '[data-testid=self-nextPlan]',
        zh ? '下期重点拓展苏州、无锡的制造业客户。' : 'Next period: manufacturers in Suzhou and Wuxi.',
      );
      await staff.click('[data-testid=self-save]');
      await settled(staff);
      await noRawKeys(staff);
      await staff.screenshot({ path: path.join(SHOTS, `01-self-draft-${locale}.png`), fullPage: true });
      await staff.click('[data-testid=self-submit]');
      await confirmPop(staff);
      await staff.locator('.ant-message-notice', { hasText: w.submitted }).waitFor();
      await expect.poll(() => staff.locator('[data-testid=self-submit]').count()).toBe(0);
      await settled(staff);
      await staff.screenshot({ path: path.join(SHOTS, `02-self-submitted-${locale}.png`), fullPage: true });

      // The cycle moves on to the supervisor's review.
      app.harness.core.store.db
        .prepare("UPDATE appraisal_cycles SET phase = 'supervisorReview' WHERE id = ?")
        .run(cycles[locale]);

      // The evaluator: the submitted self-assessment beside the evaluation; a computed actual's records.
      const { page } = app;
      await openForm(page, app.harness.url, locale, w.toEvaluate);
      const evalScores = page.locator('input[data-testid^=eval-score-]');
      await expect.poll(() => evalScores.count()).toBeGreaterThan(3);
      const m = await evalScores.count();
      for (let i = 0; i < m; i++) await evalScores.nth(i).fill(String(80 + (i % 2) * 6));
      const actuals = page.locator('input[data-testid^=eval-actual-]');
      for (let i = 0; i < (await actuals.count()); i++) await actuals.nth(i).fill('42000');
      await page.fill(
        '[data-testid=eval-overall]',
        zh ? '老客户维护扎实，新客户开发需加强。' : 'Solid account care; new business needs more effort.',
      );
      await page.locator('[data-testid^=where-from-]').first().click();
      await page.waitForSelector('[data-testid=appraisal-source-records]');
      await page.locator('[data-testid=appraisal-source-records] .ant-table').waitFor();
      await settled(page);
      await noRawKeys(page);
      // Slid in (the drawer is fixed to the window: a shot of the window, not the whole page).
      await expect
        .poll(async () => (await page.locator('.ant-drawer-content-wrapper').boundingBox())?.x ?? 9999)
        .toBeLessThan(700);
      await page.waitForTimeout(400);
      await page.screenshot({ path: path.join(SHOTS, `03-where-from-${locale}.png`) });
      await page.locator('.ant-drawer-close').click();
      await page.click('[data-testid=eval-save]');
      await settled(page);
      await app.shot(`04-evaluation-draft-${locale}`);
      await page.click('[data-testid=eval-submit]');
      await confirmPop(page);
      await page.locator('.ant-message-notice', { hasText: w.evaluated }).waitFor();
      await expect.poll(() => page.locator('[data-testid=eval-submit]').count()).toBe(0);
      expect(await page.textContent('[data-testid=eval-total]')).toMatch(/\d/);
      await settled(page);
      await noRawKeys(page);
      await app.shot(`05-evaluation-submitted-${locale}`);

      // The person does not see the evaluation before publication.
      await staff.reload();
      await staff.waitForSelector('[data-testid=appraisal-form-page]');
      expect(await staff.locator('[data-testid=appraisal-evaluation]').count()).toBe(0);
    });
  }
});
