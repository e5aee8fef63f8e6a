import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** The pipeline board's card of an opportunity, by its title. */
export const boardCard = (page: Page, title: string) =>
  page.locator('[data-testid=board-card]', { hasText: title });

/** The board's column of a stage. */
export const boardColumn = (page: Page, stage: string) => page.locator(`[data-testid=board-column-${stage}]`);

/** Waits until the board has loaded what it shows (a drag on a board being redrawn is lost). */
export async function boardReady(page: Page) {
  await expect
    .poll(() => page.getAttribute('[data-testid=pipeline-board]', 'data-loading'), { timeout: 10_000 })
    .toBe('no');
}

/**
 * Drags the card onto the stage's column, its own column scrolled to the board's left edge first (as a person
 * would). A drag that did not take (the board was still redrawing) — neither moved nor answered by a dialog —
 * is made again, up to three times.
 */
export async function dragCard(page: Page, title: string, stage: string) {
  for (let attempt = 1; ; attempt++) {
    await boardReady(page);
    await boardCard(page, title).evaluate((el) =>
      el.closest('[data-testid^=board-column-]')!.scrollIntoView({ inline: 'start', block: 'nearest' }),
    );
    await boardCard(page, title).dragTo(boardColumn(page, stage));
    const answered = async () =>
      (await boardColumn(page, stage).getByText(title).count()) > 0 ||
      (await page.locator('.ant-modal:visible').count()) > 0;
    for (let i = 0; i < 30 && !(await answered()); i++) await page.waitForTimeout(100);
    if ((await answered()) || attempt === 3) return;
  }
}
