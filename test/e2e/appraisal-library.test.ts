import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, type E2E } from './support/browser';
import { openSampleApp } from './support/sampleApp';

const SHOTS = path.join(ARTIFACTS, 'appraisal-library');
const RAW_KEY = /\b(common|errors|validation|appraisal|audit):[a-zA-Z_.]+/;

/**
 * The manager opens the indicator library and the templates: the rulebook's ten indicators by category with
 * their scoring in words, a new rated indicator whose bands leave a gap (refused, under the band), and the
 * sales template with a weight that no longer adds up (the subtotal says so live, main refuses it under
 * the sum) — in Chinese, then in English.
 */
describe('appraisal indicators and templates end to end', () => {
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

  it('shows the library by category with how each indicator is scored', async () => {
    const { page } = app;
    await page.getByRole('menuitem', { name: '考核指标与模板' }).click();
    await page.waitForSelector('[data-testid=appraisal-library-page]');
    const results = page.locator('[data-testid=indicators-results]');
    await results.getByText('销售额', { exact: true }).waitFor();
    expect(await results.textContent()).toContain('得分 = 实际值 ÷ 目标值 × 100，最低 0 分，最高 120 分。');
    expect(await page.textContent('[data-testid=indicators-attitude]')).toContain('团队合作精神');
    expect(await page.textContent('[data-testid=indicators-ability]')).toContain('90–100 分');
    await noRawKeys();
    await shot('01-library-zh');
  });

  it('adds a rated indicator: a gap between bands is refused under the band', async () => {
    const { page } = app;
    await page.getByRole('button', { name: '新增指标' }).click();
    await page.waitForSelector('[data-testid=indicator-form]');
    await page.locator('[data-testid=indicator-form] .ant-radio-button-wrapper', { hasText: '评分' }).click();
    await page.locator('#indicator_category').click();
    await page.locator('.ant-select-item-option', { hasText: '能力' }).click();
    await page.fill('#indicator_nameZh', '学习能力');
    await page.fill('#indicator_nameEn', 'Learning');
    await page.fill('#indicator_descriptionZh', '学习新产品、新流程并用于工作的速度和效果。');
    await page.fill(
      '#indicator_descriptionEn',
      'How quickly and well the person learns new products and processes.',
    );
    const anchors = [
      ['很少主动学习', 'Rarely learns on own initiative'],
      ['按要求完成培训', 'Completes the training required'],
      ['主动学习并用于工作', 'Learns actively and applies it'],
      ['快速掌握并带动他人', 'Masters quickly and helps others learn'],
    ];
    for (const [i, [zh, en]] of anchors.entries()) {
      await page.fill(`#indicator_bands_${i}_anchorZh`, zh!);
      await page.fill(`#indicator_bands_${i}_anchorEn`, en!);
    }
    await page.fill('#indicator_bands_2_min', '76');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await page
      .locator('.ant-form-item-explain-error', {
        hasText: '档次之间有空缺：本档次应从 75 分开始，紧接上一档次',
      })
      .waitFor();
    await noRawKeys();
    await shot('02-indicator-bands-gap-zh');

    await page.fill('#indicator_bands_2_min', '75');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await page.locator('[data-testid=indicator-form]').waitFor({ state: 'detached' });
    await page.locator('[data-testid=indicators-ability]').getByText('学习能力', { exact: true }).waitFor();
  });

  it('edits a quantitative indicator: the cap and the words of its formula', async () => {
    const { page } = app;
    const revenue = page.locator('[data-testid="indicator-Sales revenue"]');
    await revenue.getByRole('button', { name: /编\s*辑/ }).click();
    await page.waitForSelector('[data-testid=indicator-form]');
    expect(await page.inputValue('#indicator_cap')).toBe('120');
    await page.fill('#indicator_cap', '150');
    await expect.poll(() => page.textContent('[data-testid=indicator-form]')).toContain('最高 150 分');
    await noRawKeys();
    await shot('03-indicator-quantitative-zh');
    await page.getByRole('button', { name: /取\s*消/ }).click();
  });

  it('shows the templates, and a weight that does not add up is caught live and refused by main', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: '考核模板' }).click();
    const table = page.locator('[data-testid=templates-table]');
    const sales = table.locator('tr', { hasText: '销售组考核模板' });
    await sales.waitFor();
    expect(await sales.textContent()).toContain('60 / 20 / 20');
    await sales.locator('.ant-table-row-expand-icon').click();
    await table.getByText('销售额 30').waitFor();
    await noRawKeys();
    await shot('04-templates-zh');

    await sales.getByRole('button', { name: /编\s*辑/ }).click();
    await page.waitForSelector('[data-testid=template-form]');
    await expect.poll(() => page.textContent('[data-testid=subtotal-results]')).toBe('小计 60，应为 60');
    const firstWeight = page
      .locator('[data-testid=template-category-results] input.ant-input-number-input')
      .first();
    await firstWeight.fill('25');
    await expect.poll(() => page.textContent('[data-testid=subtotal-results]')).toBe('小计 55，应为 60');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await page
      .locator('[data-testid=subtotal-results-line]', {
        hasText: '业绩类指标权重合计为 55，应等于业绩权重 60',
      })
      .waitFor();
    await noRawKeys();
    await shot('05-template-form-error-zh');

    await firstWeight.fill('30');
    await expect.poll(() => page.textContent('[data-testid=subtotal-results]')).toBe('小计 60，应为 60');
    await page.getByRole('button', { name: /取\s*消/ }).click();
  });

  it('the same in English', async () => {
    const { page } = app;
    await page.getByText('English', { exact: true }).first().click();
    await page.getByRole('tab', { name: 'Indicator library' }).click();
    const results = page.locator('[data-testid=indicators-results]');
    await results.getByText('Sales revenue', { exact: true }).waitFor();
    expect(await results.textContent()).toContain(
      'Score = actual ÷ target × 100, at least 0 and at most 120.',
    );
    await noRawKeys();
    await shot('06-library-en');

    await page.locator('[data-testid=indicator-Learning]').getByRole('button', { name: 'Edit' }).click();
    await page.waitForSelector('[data-testid=indicator-form]');
    await noRawKeys();
    await shot('07-indicator-rated-en');
    await page.getByRole('button', { name: 'Cancel' }).click();

    await page.getByRole('tab', { name: 'Templates' }).click();
    const service = page.locator('[data-testid=templates-table] tr', {
      hasText: 'Customer service group template',
    });
    await service.waitFor();
    expect(await service.textContent()).toContain('Group: Customer Service');
    await noRawKeys();
    await shot('08-templates-en');

    await service.getByRole('button', { name: 'Edit' }).click();
    await page.waitForSelector('[data-testid=template-form]');
    await expect.poll(() => page.textContent('[data-testid=category-total]')).toBe('Total 100 of 100');
    await noRawKeys();
    await shot('09-template-form-en');
    await page.getByRole('button', { name: 'Cancel' }).click();
  });
});
