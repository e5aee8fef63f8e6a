import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, type E2E } from './support/browser';
import { openSampleApp } from './support/sampleApp';
import { chooseOption } from './support/select';

const SHOTS = path.join(ARTIFACTS, 'appraisal-cycles');
const RAW_KEY = /\b(common|errors|validation|appraisal|audit):[a-zA-Z_.]+/;

/**
 * The manager opens a quarterly cycle for the sales group through the form (the period and deadlines
 * proposed, the preview showing each person's template and evaluator), lands on the cycle with its phases,
 * progress and who is still to write a plan; moving on is refused with the count — in Chinese, then English.
 */
describe('appraisal cycles end to end', () => {
  let app: E2E;

  beforeAll(async () => {
    app = await openSampleApp({ artifactsDir: SHOTS, username: 'manager', only: ['org'] });
  });
  afterAll(async () => {
    await app?.close();
  });

  const shot = async (name: string) => {
    await expect.poll(() => app.page.locator('.ant-message-notice').count(), { timeout: 10_000 }).toBe(0);
    await app.shot(name);
  };
  const noRawKeys = async () => expect(await app.page.locator('body').innerText()).not.toMatch(RAW_KEY);

  it('opens a quarterly cycle for the sales group with a live preview', async () => {
    const { page } = app;
    await page.getByRole('menuitem', { name: '考核周期' }).click();
    await page.locator('[data-testid=cycle-table]').getByText('还没有考核周期').waitFor();
    await page.click('[data-testid=cycle-open]');
    await page.waitForSelector('[data-testid=cycle-form]');
    expect(await page.inputValue('#openCycle_nameZh')).toMatch(/^\d{4}年第[一二三四]季度考核$/);
    // Everyone at first: the preview lists the department but not the manager.
    const preview = page.locator('[data-testid=cycle-preview]');
    await preview.locator('tbody tr').first().waitFor();
    await page.click('[data-testid=cycle-everyone]');
    await chooseOption(page, '#openCycle_groupIds', '销售组');
    await expect
      .poll(async () => (await preview.textContent()) ?? '', { timeout: 10_000 })
      .toContain('销售组');
    expect(await preview.textContent()).not.toContain('无模板');
    await page.keyboard.press('Escape');
    await noRawKeys();
    await shot('01-open-cycle-zh');
    await page.click('[data-testid=cycle-submit]');
    await page.waitForSelector('[data-testid=cycle-steps]');
  });

  it('shows the cycle: phases with deadlines, progress, who is to act; the move refused with the count', async () => {
    const { page } = app;
    expect(await page.textContent('[data-testid=cycle-steps]')).toContain('目标设定');
    const progress = await page.textContent('[data-testid=cycle-progress]');
    expect(progress).toContain('计划已确认');
    await page.locator('[data-testid=cycle-pending] tbody tr').first().waitFor();
    expect(await page.textContent('[data-testid=cycle-blocked]')).toMatch(/还有 \d+ 份工作计划未确认/);
    expect(await page.textContent('[data-testid=cycle-pending]')).toContain('填写工作计划');
    expect(await page.isDisabled('[data-testid=cycle-advance]')).toBe(true);
    await noRawKeys();
    await shot('02-cycle-detail-zh');
    await page.getByRole('tab', { name: /考核表/ }).click();
    await page.locator('[data-testid=cycle-forms] tbody tr').first().waitFor();
    await shot('03-cycle-forms-zh');
  });

  it('the same in English', async () => {
    const { page } = app;
    await page.getByText('English', { exact: true }).first().click();
    await page.getByRole('tab', { name: 'Progress' }).click();
    await page.locator('[data-testid=cycle-steps]').getByText('Goal setting').waitFor();
    expect(await page.textContent('[data-testid=cycle-blocked]')).toMatch(
      /work plans? (is|are) not agreed yet/,
    );
    await noRawKeys();
    await shot('04-cycle-detail-en');
    await page.getByRole('menuitem', { name: 'Cycles' }).click();
    await page.locator('[data-testid=cycle-table] tbody tr').first().waitFor();
    expect(await page.textContent('[data-testid=cycle-table]')).toContain('Quarterly');
    await noRawKeys();
    await shot('05-cycles-en');
  });
});
