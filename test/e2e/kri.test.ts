import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/core/createCore';
import { DEMO_PASSWORD } from '../../scripts/sample';
import { ARTIFACTS, type E2E } from './support/browser';
import { openSampleApp } from './support/sampleApp';

const SHOTS = path.join(ARTIFACTS, 'kri');
const RAW_KEY = /\b(common|errors|validation|kri|risk|todo|home):[a-zA-Z_.]+/;

/**
 * What the department has when the customer service lead opens the screen: a risk the lead owns in the
 * register, and an indicator computed from the client files' follow-ups.
 */
async function prepare(core: Core): Promise<void> {
  const manager = core.sessions.create();
  const login = await core.call('auth.login', { username: 'manager', password: DEMO_PASSWORD }, manager);
  if (!login.ok) throw new Error('manager login failed');
  const accounts = await core.call('accounts.list', {}, manager);
  if (!accounts.ok) throw new Error('accounts');
  const lead = accounts.data.find((a) => a.username === 'lead.service')!.staffId;
  const call = async <T>(r: Promise<{ ok: true; data: T } | { ok: false; error: { message: string } }>) => {
    const done = await r;
    if (!done.ok) throw new Error(done.error.message);
    return done.data;
  };
  await call(
    core.call(
      'risk.create',
      {
        title: '客户投诉激增导致客户流失',
        category: 'operational',
        description: '产品质量波动时投诉集中爆发，处理不及时会造成重点客户流失。',
        ownerId: lead,
        identifiedOn: '2026-01-15',
        likelihood: 4,
        impact: 4,
      },
      manager,
    ),
  );
  await call(
    core.call(
      'kri.create',
      {
        name: '逾期未完成的客户跟进',
        description: '期末已过跟进日期仍未完成的跟进事项。',
        unit: '条',
        direction: 'higher_worse',
        warningThreshold: 5,
        alarmThreshold: 15,
        ownerId: lead,
        frequency: 'monthly',
        source: 'overdue_follow_ups',
      },
      manager,
    ),
  );
  core.sessions.dispose(manager);
}

/**
 * The lead defines a key risk indicator for a risk they own, records a reading past the alarm threshold,
 * and finds the warning on Home and the chart on the indicator's page — in Chinese, then in English.
 */
describe('key risk indicators end to end', () => {
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

  const shot = async (name: string) => {
    await expect.poll(() => app.page.locator('.ant-message-notice').count(), { timeout: 10_000 }).toBe(0);
    await app.shot(name);
  };
  const noRawKeys = async () => expect(await app.page.locator('body').innerText()).not.toMatch(RAW_KEY);

  it('lists the indicators: the computed one with its figure', async () => {
    const { page } = app;
    await page.getByRole('menuitem', { name: '风险指标' }).click();
    await page.waitForSelector('[data-testid=kris-page]');
    await page.getByText('逾期未完成的客户跟进').waitFor();
    expect(await page.locator('tr', { hasText: '逾期未完成的客户跟进' }).textContent()).toContain('条');
    await noRawKeys();
    await shot('01-list-zh');
  });

  it('defines an indicator for a risk: thresholds in the wrong order are explained and refused', async () => {
    const { page } = app;
    await page.click('[data-testid=kri-new]');
    await page.waitForSelector('[data-testid=kri-form]');
    await page.fill('#kri_name', '月度客户投诉数');
    await page.fill('#kri_unit', '件');
    await page.fill('#kri_description', '每月受理的客户投诉件数，反映产品与服务质量的波动。');
    await page.fill('#kri_warningThreshold', '10');
    await page.fill('#kri_alarmThreshold', '5');
    await page.click('#kri_riskId');
    await page.keyboard.type('投诉激增');
    await page.locator('.ant-select-item-option', { hasText: '客户投诉激增导致客户流失' }).first().click();
    // The owner is the lead unless they name someone else.
    expect(await page.textContent('[data-testid=kri-owner]')).toContain('罗涵');
    await expect
      .poll(() => page.getAttribute('[data-testid=kri-threshold-order]', 'class'))
      .toContain('ant-alert-error');
    await page.click('[data-testid=kri-save]');
    await page.locator('.ant-form-item-explain-error', { hasText: '警报阈值必须在预警阈值之外' }).waitFor();
    await shot('02-form-order-zh');

    await page.fill('#kri_alarmThreshold', '20');
    await expect
      .poll(() => page.getAttribute('[data-testid=kri-threshold-order]', 'class'))
      .toContain('ant-alert-info');
    await shot('03-form-zh');
    await page.click('[data-testid=kri-save]');
    await page.waitForSelector('[data-testid=kri-header]');
    expect(await page.textContent('[data-testid=kri-header] [data-testid=kri-code]')).toMatch(/^YJ-\d{3}$/);
    expect(await page.textContent('[data-testid=kri-name]')).toBe('月度客户投诉数');
    expect(await page.getAttribute('[data-testid=kri-header] [data-testid=kri-state]', 'data-state')).toBe(
      'none',
    );
    expect(await page.textContent('[data-testid=kri-risk-link]')).toContain('客户投诉激增导致客户流失');
    await noRawKeys();
  });

  it('records a reading past the alarm threshold: the state, the chart with both thresholds', async () => {
    const { page } = app;
    await page.click('[data-testid=reading-add]');
    await page.waitForSelector('[data-testid=reading-form]');
    await page.fill('#kriReading_value', '26');
    await page.fill('#kriReading_note', '质量问题集中爆发');
    await page.getByRole('button', { name: '保存' }).click();
    await expect
      .poll(() => page.getAttribute('[data-testid=kri-header] [data-testid=kri-state]', 'data-state'))
      .toBe('alarm');
    expect(await page.textContent('[data-testid=kri-crossed]')).toContain('20 件');
    await page.waitForSelector('[data-testid=kri-chart] svg');
    const chart = await page.textContent('[data-testid=kri-chart]');
    expect(chart).toContain('预警阈值');
    expect(chart).toContain('警报阈值');
    await noRawKeys();
    await shot('04-detail-alarm-zh');
  });

  it('Home warns of it, and the lead (the risk’s owner) has it on the to-do', async () => {
    const { page } = app;
    await page.getByRole('menuitem', { name: '工作台' }).click();
    await page.waitForSelector('[data-testid=kri-warnings]');
    const warning = page.locator('[data-testid=kri-warning]', { hasText: '月度客户投诉数' });
    await warning.waitFor();
    expect(await warning.getAttribute('data-state')).toBe('alarm');
    expect(await warning.textContent()).toContain('26 件');
    await expect.poll(() => page.textContent('[data-testid=todo-card]')).toContain('月度客户投诉数');
    await noRawKeys();
    await shot('05-home-zh');
    await warning.getByRole('link').click();
    await page.waitForSelector('[data-testid=kri-chart] svg');
  });

  it('the same in English', async () => {
    const { page } = app;
    await page.getByText('English', { exact: true }).first().click();
    await page.getByText('Readings and thresholds', { exact: true }).waitFor();
    expect(await page.textContent('[data-testid=kri-chart]')).toContain('Alarm threshold');
    expect(await page.textContent('[data-testid=kri-crossed]')).toContain('Past the alarm threshold');
    await noRawKeys();
    await shot('06-detail-alarm-en');

    await page.getByRole('menuitem', { name: 'Home' }).click();
    await page.locator('[data-testid=kri-warning]', { hasText: '月度客户投诉数' }).waitFor();
    expect(await page.textContent('[data-testid=kri-warnings]')).toContain('Risk warnings');
    await noRawKeys();
    await shot('07-home-en');

    await page.getByRole('menuitem', { name: 'Risk indicators' }).click();
    await page.locator('tr', { hasText: '月度客户投诉数' }).waitFor();
    expect(await page.locator('tr', { hasText: '月度客户投诉数' }).textContent()).toContain('Alarm');
    await noRawKeys();
    await shot('08-list-en');

    await page.locator('tr', { hasText: '逾期未完成的客户跟进' }).getByRole('link').first().click();
    await page.waitForSelector('[data-testid=kri-readings]');
    await noRawKeys();
    await shot('09-computed-en');

    await page.goto(`${app.harness.url}#/kris/new`);
    await page.waitForSelector('[data-testid=kri-form]');
    await noRawKeys();
    await shot('10-form-en');
  });

  it('back in Chinese: the computed indicator and the narrow window', async () => {
    const { page } = app;
    await page.getByText('中文', { exact: true }).first().click();
    await page.goto(`${app.harness.url}#/kris`);
    await page.locator('tr', { hasText: '逾期未完成的客户跟进' }).getByRole('link').first().click();
    await page.waitForSelector('[data-testid=kri-readings]');
    await noRawKeys();
    await shot('11-computed-zh');
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.goto(`${app.harness.url}#/kris`);
    await page.locator('tr', { hasText: '月度客户投诉数' }).waitFor();
    await shot('12-list-1024-zh');
  });
});
