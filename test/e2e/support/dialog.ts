import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Sends a dialog with its primary button and waits for it to close. A dialog that stays open says why: the
 * field errors it shows (a refusal), or none (a click lost on a busy machine — then it is sent once more).
 */
export async function submitDialog(page: Page, dialog: Locator): Promise<void> {
  const open = () => page.locator('.ant-modal:visible').count();
  await dialog.locator('.ant-btn-primary').click();
  try {
    await expect.poll(open, { timeout: 8_000 }).toBe(0);
    return;
  } catch {
    const errors = await dialog.locator('.ant-form-item-explain-error').allInnerTexts();
    if (errors.length > 0) throw new Error(`the dialog refused: ${errors.join(' | ')}`);
  }
  if ((await open()) === 0) return;
  await dialog.locator('.ant-btn-primary').click();
  await expect.poll(open, { timeout: 10_000 }).toBe(0);
}
