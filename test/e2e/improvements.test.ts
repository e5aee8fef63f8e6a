import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/core/createCore';
import { addDays, chinaDateOf } from '../../src/shared/improvement/rules';
import { DEMO_PASSWORD } from '../../scripts/sample';
import { ticketInput } from '../support/ticketFlow';
import { ARTIFACTS, type E2E } from './support/browser';
import { openSampleApp } from './support/sampleApp';

const SHOTS = path.join(ARTIFACTS, 'improvements');
const TODAY = chinaDateOf(new Date());
const RAW_KEY = /\b(common|errors|validation|improvement|todo|home):[a-zA-Z_]+/;

/** 10:00 in China on `day`, as a ticket's received time. */
const chinaTen = (day: string) => new Date(Date.parse(`${day}T10:00:00+08:00`)).toISOString();

/**
 * What the department already has when the lead opens the screen: billing complaints before and after a
 * measure done 100 days ago (9 in the 90 days before, 4 after: better), an overdue measure of a service
 * member, and one of the lead's own due in three days.
 */
async function prepare(core: Core): Promise<void> {
  const manager = core.sessions.create();
  const login = await core.call('auth.login', { username: 'manager', password: DEMO_PASSWORD }, manager);
  if (!login.ok) throw new Error('manager login failed');
  const accounts = await core.call('accounts.list', {}, manager);
  if (!accounts.ok) throw new Error('accounts');
  const staffOf = (username: string) => accounts.data.find((a) => a.username === username)!.staffId;
  const clients = (
    core.store.db.prepare('SELECT id FROM clients WHERE deleted_at IS NULL LIMIT 12').all() as {
      id: string;
    }[]
  ).map((c) => c.id);

  const call = async <T>(r: Promise<{ ok: true; data: T } | { ok: false; error: { message: string } }>) => {
    const done = await r;
    if (!done.ok) throw new Error(done.error.message);
    return done.data;
  };
  // Billing complaints from sample clients, registered at the desk and handled by the service member.
  const complaint = (day: string, clientId: string) =>
    call(
      core.call(
        'service.create',
        ticketInput(staffOf('staff2'), {
          receivedAt: chinaTen(day),
          category: 'billing',
          clientId,
          callerName: null,
          content: '对账单金额与合同不一致',
        }),
        manager,
      ),
    );
  const eff = addDays(TODAY, -100);
  for (let i = 0; i < 9; i++) await complaint(addDays(eff, -85 + i * 9), clients[i % clients.length]!);
  for (let i = 0; i < 4; i++) await complaint(addDays(eff, 5 + i * 20), clients[(i + 3) % clients.length]!);
  const billing = await call(
    core.call(
      'improvement.create',
      {
        title: '统一对账单模板并提前三天发送',
        description: '财务部与客服组共同确认对账单格式，月末前三天发给客户核对。',
        causeCategory: 'billing',
        ownerId: staffOf('lead.service'),
        dueDate: addDays(eff, 10),
      },
      manager,
    ),
  );
  await call(
    core.call(
      'improvement.setStatus',
      {
        id: billing.id,
        version: billing.version,
        status: 'done',
        effectiveFrom: eff,
        resultNote: '新模板已启用，客户核对问题明显减少。',
      },
      manager,
    ),
  );
  await call(
    core.call(
      'improvement.create',
      {
        title: '客服回访话术培训',
        causeCategory: 'service_attitude',
        ownerId: staffOf('staff2'),
        dueDate: addDays(TODAY, -5),
      },
      manager,
    ),
  );
  await call(
    core.call(
      'improvement.create',
      {
        title: '整理常见质量问题答复口径',
        causeCategory: 'product_quality',
        ownerId: staffOf('lead.service'),
        dueDate: addDays(TODAY, 3),
      },
      manager,
    ),
  );
  core.sessions.dispose(manager);
}

/**
 * The customer service lead's path through improvement measures in the real UI, in Chinese and in English:
 * the list with an overdue measure and a verdict, a new measure through the form (required fields first),
 * started and marked done, the effect check of a measure done long enough ago; the same at 1024 wide.
 */
describe('improvement measures end to end', () => {
  let app: E2E;

  beforeAll(async () => {
    app = await openSampleApp({
      artifactsDir: SHOTS,
      username: 'lead.service',
      only: ['org', 'clients'],
      prepare,
    });
  });
  afterAll(async () => {
    await app?.close();
  });

  /** A screenshot once the confirmations of the last step have gone, so each picture shows its own screen. */
  const shot = async (name: string) => {
    await expect.poll(() => app.page.locator('.ant-message-notice').count(), { timeout: 10_000 }).toBe(0);
    await app.shot(name);
  };

  const noRawKeys = async () => expect(await app.page.locator('body').innerText()).not.toMatch(RAW_KEY);

  it('the lead’s own measure due soon is on the to-do', async () => {
    const { page } = app;
    await expect
      .poll(() => page.textContent('[data-testid=todo-card]'))
      .toContain('整理常见质量问题答复口径');
  });

  it('lists the measures: the overdue one marked, the done one with its verdict', async () => {
    const { page } = app;
    await page.getByRole('menuitem', { name: '改进措施' }).click();
    await page.waitForSelector('[data-testid=improvements-page]');
    await page.getByText('客服回访话术培训').waitFor();
    const overdueRow = page.locator('tr', { hasText: '客服回访话术培训' });
    expect(await overdueRow.textContent()).toContain('已逾期');
    const doneRow = page.locator('tr', { hasText: '统一对账单模板' });
    expect(await doneRow.locator('[data-testid=effect-verdict]').getAttribute('data-verdict')).toBe('better');
    expect(await doneRow.textContent()).toContain('改善');
    await noRawKeys();
    await shot('01-list-zh');
  });

  it('creates a measure: required fields first, then saved with a GJ code', async () => {
    const { page } = app;
    await page.click('[data-testid=measure-new]');
    await page.waitForSelector('[data-testid=measure-form]');
    await page.click('[data-testid=measure-save]');
    await expect.poll(() => page.locator('.ant-form-item-explain-error').count()).toBe(4);
    await shot('02-form-required-zh');

    await page.fill('#measure_title', '发货前增加包装抽检');
    await page.fill('#measure_description', '仓库出库前由质检按 5% 抽检包装，破损率按周通报。');
    await page.click('#measure_causeCategory');
    await page.getByTitle('交付配送').click();
    await page.click('#measure_ownerId');
    await page.keyboard.press('Enter');
    await page.click('#measure_dueDate');
    await page.fill('#measure_dueDate', addDays(TODAY, 30));
    await page.keyboard.press('Tab');
    await shot('03-form-zh');
    await page.click('[data-testid=measure-save]');

    await page.waitForSelector('[data-testid=measure-header]');
    expect(await page.textContent('[data-testid=measure-code]')).toMatch(/^GJ-\d{8}-\d{3}$/);
    expect(await page.textContent('[data-testid=measure-title]')).toBe('发货前增加包装抽检');
    expect(await page.textContent('[data-testid=measure-status]')).toBe('计划中');
    expect(await page.textContent('[data-testid=effect-panel]')).toContain('措施完成后');
    await noRawKeys();
    await shot('04-detail-zh');
  });

  it('starts it and marks it done today: the check waits for 14 days', async () => {
    const { page } = app;
    await page.click('[data-testid=measure-move-in_progress]');
    await page.getByRole('button', { name: '开始实施' }).last().click();
    await expect.poll(() => page.textContent('[data-testid=measure-status]')).toBe('实施中');
    await page.click('[data-testid=measure-move-done]');
    await page.waitForSelector('[data-testid=measure-move-form]');
    await page.fill('#measureMove_resultNote', '抽检已纳入出库流程。');
    await shot('05-done-dialog-zh');
    await page.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => page.textContent('[data-testid=measure-status]')).toBe('已完成');
    expect(await page.locator('[data-testid=effect-verdict]').getAttribute('data-verdict')).toBe('pending');
    // Final: no more moves and no edit.
    expect(await page.locator('[data-testid^=measure-move-]').count()).toBe(0);
    expect(await page.locator('[data-testid=measure-edit]').count()).toBe(0);
    await shot('06-done-zh');
  });

  it('shows the effect of a measure done 100 days ago: two windows side by side and the verdict', async () => {
    const { page } = app;
    await page.getByRole('menuitem', { name: '改进措施' }).click();
    await page.getByRole('link', { name: /^GJ-/ }).first().waitFor();
    await page.locator('tr', { hasText: '统一对账单模板' }).getByRole('link').click();
    await page.waitForSelector('[data-testid=effect-panel]');
    expect(await page.textContent('[data-testid=effect-before-complaints]')).toBe('9');
    expect(await page.textContent('[data-testid=effect-after-complaints]')).toBe('4');
    expect(await page.textContent('[data-testid=effect-before-perMonth]')).toBe('3');
    expect(await page.textContent('[data-testid=effect-change]')).toBe('−55.6%');
    expect(await page.locator('[data-testid=effect-verdict]').getAttribute('data-verdict')).toBe('better');
    await noRawKeys();
    await shot('07-effect-zh');
  });

  it('opens a measure from a complaint picked by its words', async () => {
    const { page } = app;
    await page.goto(`${app.harness.url}#/improvements/new?source=complaint`);
    await page.waitForSelector('[data-testid=measure-form]');
    await page.click('#measure_sourceTicketId');
    await page.keyboard.type('对账单');
    await page.locator('.ant-select-item-option', { hasText: '对账单金额与合同不一致' }).first().click();
    await page.fill('#measure_title', '对账前与客户确认合同价格');
    // The complaint's category comes along as the cause.
    expect(await page.textContent('[data-testid=measure-category]')).toContain('账单结算');
    await page.click('#measure_ownerId');
    await page.keyboard.press('Enter');
    await page.click('#measure_dueDate');
    await page.fill('#measure_dueDate', addDays(TODAY, 20));
    await page.keyboard.press('Tab');
    await shot('08-form-complaint-zh');
    await page.click('[data-testid=measure-save]');
    await page.waitForSelector('[data-testid=measure-header]');
    expect(await page.textContent('[data-testid=measure-ticket-link]')).toMatch(/^TS-\d{8}-\d{3}$/);
    await noRawKeys();
    await shot('09-detail-complaint-zh');
  });

  it('the same in English, and a measure opened from the statistics with its category filled in', async () => {
    const { page } = app;
    await page.goto(`${app.harness.url}#/improvements`);
    await page.locator('tr', { hasText: '统一对账单模板' }).getByRole('link').click();
    await page.waitForSelector('[data-testid=effect-windows]');
    await page.getByText('English', { exact: true }).first().click();
    await page.getByText('Effect check', { exact: true }).waitFor();
    await page.getByText('Better', { exact: true }).waitFor();
    expect(await page.textContent('[data-testid=effect-panel]')).toContain('Complaints per month');
    await noRawKeys();
    await shot('10-effect-en');

    await page.goto(`${app.harness.url}#/improvements/new?category=delivery&source=statistics`);
    await page.waitForSelector('[data-testid=measure-form]');
    expect(await page.textContent('[data-testid=measure-category]')).toContain('Delivery');
    expect(await page.textContent('[data-testid=measure-source]')).toContain('Complaint statistics');
    await page.fill('#measure_title', 'Call back every delivery complaint within a day');
    await page.click('#measure_ownerId');
    await page.keyboard.press('Enter');
    await page.click('#measure_dueDate');
    await page.fill('#measure_dueDate', addDays(TODAY, 14));
    await page.keyboard.press('Tab');
    await shot('11-form-en');
    await page.click('[data-testid=measure-save]');
    await page.waitForSelector('[data-testid=measure-header]');
    expect(await page.textContent('[data-testid=measure-status]')).toBe('Planned');
    await noRawKeys();
    await shot('12-detail-en');

    await page.getByRole('menuitem', { name: 'Improvements' }).click();
    await page.getByText('Call back every delivery complaint within a day').waitFor();
    await noRawKeys();
    await shot('13-list-en');
  });

  it('at 1024 wide: list, form and effect in both languages', async () => {
    const { page } = app;
    await page.setViewportSize({ width: 1024, height: 768 });
    for (const [lang, label] of [
      ['en', 'English'],
      ['zh', '中文'],
    ] as const) {
      await page.getByText(label, { exact: true }).first().click();
      await page.goto(`${app.harness.url}#/improvements`);
      await page.waitForSelector('[data-testid=improvements-page]');
      await page.locator('[data-testid=effect-verdict]').first().waitFor();
      await shot(`14-list-1024-${lang}`);
      await page.locator('tr', { hasText: '统一对账单模板' }).getByRole('link').click();
      await page.waitForSelector('[data-testid=effect-windows]');
      await shot(`15-effect-1024-${lang}`);
      await page.goto(`${app.harness.url}#/improvements/new`);
      await page.waitForSelector('[data-testid=measure-form]');
      await shot(`16-form-1024-${lang}`);
      await noRawKeys();
    }
  });
});
