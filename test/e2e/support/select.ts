import type { Page } from 'playwright-core';

/**
 * Opens the antd select whose input is `selector` and takes the option showing exactly `label`, checking
 * the select then shows it. A click that lands while the dropdown is still opening (a busy machine) is lost,
 * so a choice that did not take is made again, up to three times.
 */
export async function chooseOption(
  page: Page,
  selector: string,
  label: string,
  /** Typed into a searchable select first: a long list shows only its first options. */
  search?: string,
): Promise<void> {
  const select = page.locator('.ant-select', { has: page.locator(selector) });
  for (let attempt = 1; ; attempt++) {
    // A dropdown still open from a lost click closes first, so this click opens it again.
    if (await page.locator('.ant-select-dropdown:visible').count()) await page.keyboard.press('Escape');
    await page.click(selector);
    if (search) await page.locator(selector).fill(search);
    const option = page.locator('.ant-select-dropdown:visible').getByText(label, { exact: true });
    await option.waitFor();
    await option.click();
    const shown = async () => ((await select.textContent()) ?? '').includes(label);
    for (let i = 0; i < 50 && !(await shown()); i++) await page.waitForTimeout(100);
    if (await shown()) return;
    if (attempt === 3) throw new Error(`the select ${selector} did not take "${label}"`);
  }
}
