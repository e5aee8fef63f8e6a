import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, type E2E } from './support/browser';
import { openSampleApp } from './support/sampleApp';

const SHOTS = path.join(ARTIFACTS, 'settings-calendar');
const RAW_KEY = /\b(common|errors|validation|settings|calendar):[a-zA-Z_]+/;

/**
 * The manager keeps the working calendar in Settings: next year's Spring Festival, which the built-in
 * calendar does not know yet, is added through the form and listed as the manager's own day; a holiday on a
 * Saturday is refused under its field. In Chinese and in English, with screenshots of the whole page.
 */
describe('the working calendar in Settings', () => {
  let app: E2E;

  beforeAll(async () => {
    app = await openSampleApp({ artifactsDir: SHOTS, username: 'manager', only: ['org'] });
  });
  afterAll(async () => {
    await app?.close();
  });

  const cases = [
    {
      locale: 'zh-CN',
      language: '中文',
      date: '2027-02-08',
      saturday: '2027-02-06',
      name: '春节',
      add: '添加日期',
      save: '保存',
      notCovered: '尚未内置 2027 年法定节假日',
      mine: '自行设置',
      refused: '该日本来就是休息日',
    },
    {
      locale: 'en-US',
      language: 'English',
      date: '2027-02-09',
      saturday: '2027-02-13',
      name: 'Spring Festival',
      add: 'Add a day',
      save: 'Save',
      notCovered: 'The official holidays of 2027 are not built in yet',
      mine: 'Set by you',
      refused: 'This day is already a day off',
    },
  ] as const;

  for (const c of cases) {
    it(`adds a manager's holiday and lists it (${c.locale})`, async () => {
      const { page } = app;
      await page.getByText(c.language, { exact: true }).first().click();
      await page.goto(`${app.harness.url}#/settings`);
      await page.waitForSelector('[data-testid=working-calendar]');
      await page.waitForSelector('[data-testid=service-settings] input');
      await page.waitForLoadState('networkidle');
      await app.shot(`settings-${c.locale}`);

      // 2027: the built-in calendar stops at 2026, and the page says so.
      const yearPick = page.locator('input[data-testid=calendar-year-pick]');
      await yearPick.click();
      await yearPick.fill('2027');
      await yearPick.press('Enter');
      await expect
        .poll(() => page.locator('[data-testid=calendar-year]').innerText())
        .toContain(c.notCovered);

      // A holiday on a Saturday changes nothing: refused under the kind, nothing listed.
      const form = page.locator('[data-testid=calendar-day-form]');
      await page.getByRole('button', { name: c.add }).click();
      await form.waitFor();
      await form.locator('#calendarDay_date').fill(c.saturday);
      await form.locator('#calendarDay_date').press('Enter');
      await form.locator('#calendarDay_name').fill(c.name);
      await page.locator('.ant-modal').getByRole('button', { name: c.save }).click();
      await expect.poll(() => form.innerText()).toContain(c.refused);
      await page.locator('.ant-modal').screenshot({ path: path.join(SHOTS, `day-refused-${c.locale}.png`) });

      // The Monday after is a working day: as a holiday it is saved and listed as the manager's own.
      await form.locator('#calendarDay_date').fill(c.date);
      await form.locator('#calendarDay_date').press('Enter');
      await page.locator('.ant-modal').getByRole('button', { name: c.save }).click();
      await form.waitFor({ state: 'detached' });
      const row = page.locator('[data-testid=calendar-year] .ant-table-row', { hasText: c.name });
      await expect.poll(() => row.count()).toBe(1);
      expect(await row.innerText()).toContain(c.mine);

      const text = await page.locator('body').innerText();
      expect(text).not.toMatch(RAW_KEY);
      expect(text).not.toContain('undefined');
      await page.locator('.ant-message-notice').first().waitFor({ state: 'detached' });
      await app.shot(`settings-2027-${c.locale}`);
      for (const card of ['working-calendar', 'service-settings'])
        await page
          .locator(`[data-testid=${card}]`)
          .screenshot({ path: path.join(SHOTS, `${card}-${c.locale}.png`) });
    });
  }

  it("shows main's refusals under the fields of the settings", async () => {
    const { page } = app;
    // Still in English from the last case. Overlapping periods: the morning ends after the afternoon starts.
    const morningEnd = page.locator('[data-testid=working-period-0] input').nth(1);
    await morningEnd.click();
    await morningEnd.fill('14:00');
    await morningEnd.press('Enter');
    await page.locator('[data-testid=working-hours]').getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => page.locator('[data-testid=working-hours]').innerText())
      .toContain('The periods must be in order and must not overlap');
    await page
      .locator('[data-testid=working-hours]')
      .screenshot({ path: path.join(SHOTS, 'periods-refused-en-US.png') });

    // Put right, the message goes.
    await morningEnd.click();
    await morningEnd.fill('12:00');
    await morningEnd.press('Enter');
    await expect
      .poll(() => page.locator('[data-testid=working-hours]').innerText())
      .not.toContain('The periods must be in order and must not overlap');

    // A new category whose key is not lower-case letters: refused under the key.
    const categories = page.locator('[data-testid=list-serviceCategories]');
    await categories.getByRole('button', { name: 'Add an entry' }).click();
    const last = categories.locator('[data-testid=serviceCategories-entry]').last();
    await last.getByLabel('Key').fill('Returns');
    await last.getByLabel('Chinese name').fill('退换货');
    await last.getByLabel('English name').fill('Returns');
    await page.locator('[data-testid=service-settings]').getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => categories.innerText())
      .toContain('Lower-case letters, digits and underscores only');
    await last.getByLabel('Key').fill('returns');
    await page.locator('[data-testid=service-settings]').getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => categories.locator('input[disabled]').count()).toBe(6);

    // The department card saves its own fields into the same settings, the new ones kept.
    const department = page.locator('[data-testid=department-settings]');
    await department.locator('#clientStaleDays').fill('200');
    await department.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Settings saved').first().waitFor();
    await page.reload();
    await page.waitForSelector('[data-testid=service-settings] input');
    expect(await department.locator('#clientStaleDays').inputValue()).toBe('200');
    await expect.poll(() => categories.locator('input[disabled]').count()).toBe(6);
  });
});
