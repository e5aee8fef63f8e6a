import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** The dialog that has just opened, once its opening animation is over (a click during it can be lost). */
export async function dialogOpen(page: Page) {
  const modal = page.locator('.ant-modal:visible').last();
  await modal.waitFor();
  await expect.poll(() => modal.getAttribute('class')).not.toMatch(/ant-zoom/);
  return modal;
}

/**
 * Types a date into an antd DatePicker and takes it — with Enter, or Tab inside a form whose Enter would send
 * it before the rest is filled in.
 */
export async function typeDate(
  page: Page,
  selector: string,
  value: string,
  leaveWith: 'Enter' | 'Tab' = 'Enter',
) {
  await page.locator(selector).first().click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(value);
  await page.keyboard.press(leaveWith);
}

/** Opens the select, takes the option showing `text` (after typing `search`), and waits for its list to close. */
export async function pickOption(page: Page, testId: string, text: string, search?: string) {
  await expect.poll(() => page.locator('.ant-select-dropdown:visible').count()).toBe(0);
  await page.click(`[data-testid=${testId}]`);
  if (search) await page.locator(`[data-testid=${testId}] input`).fill(search);
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text })
    .first()
    .click();
  await expect.poll(() => page.locator('.ant-select-dropdown:visible').count()).toBe(0);
}

/** Waits until the screen's messages have gone (a message over a button takes its click). */
export async function messagesGone(page: Page) {
  await expect.poll(() => page.locator('.ant-message-notice').count(), { timeout: 10_000 }).toBe(0);
}

/**
 * Chooses the option of a button-style radio group by its label, and checks that it took: a click while its
 * dialog is still opening can be lost on a busy machine, and a checklist sent with the old choice says nothing.
 */
export async function chooseRadio(group: Locator, label: string) {
  const chosen = group.locator('.ant-radio-button-wrapper-checked');
  for (let attempt = 0; attempt < 3; attempt++) {
    await group.getByText(label, { exact: true }).click();
    try {
      await expect.poll(() => chosen.innerText(), { timeout: 3_000 }).toBe(label);
      return;
    } catch {
      // Not taken: click again.
    }
  }
  await expect.poll(() => chosen.innerText()).toBe(label);
}
