import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../scripts/sample';
import { withHarnessBrowser } from './harnessBrowser';

const TIMEOUT_MS = 30_000;

/**
 * Runs in the page (a string: bench code is typed without the DOM): after each click or input, records when
 * the ticket list next finishes loading and is painted — the time from the person's action until the table
 * shows the rows it asked for.
 */
const WATCH_LIST = `(() => {
  const shown = (window.__bizopsListShown = []);
  // One gesture fires several events (a radio's click, then its input): timed from the first of them.
  let acted = 0;
  let last = 0;
  let started = false;
  const act = () => {
    const now = performance.now();
    if (now - last > 10) acted = now;
    last = now;
  };
  document.addEventListener('click', act, true);
  document.addEventListener('input', act, true);
  const list = document.querySelector('[data-testid=ticket-list]');
  new MutationObserver(() => {
    if (list.getAttribute('data-loading') === 'true') { started = acted > 0; return; }
    if (!started) return;
    started = false;
    const from = acted;
    acted = 0;
    requestAnimationFrame(() => setTimeout(() => { shown.push(performance.now() - from); }, 0));
  }).observe(list, { attributes: true, attributeFilter: ['data-loading'] });
})()`;

/** Waits until the page has recorded `n` shown lists; the newest. */
async function nthShown(page: Page, n: number): Promise<number> {
  // page.evaluate, not waitForFunction: the app's CSP forbids the eval a polled string predicate needs.
  return (await page.evaluate(`new Promise((resolve, reject) => {
    const started = performance.now();
    const poll = () => {
      const shown = window.__bizopsListShown;
      if (shown.length >= ${n}) resolve(shown[${n} - 1]);
      else if (performance.now() - started > ${TIMEOUT_MS}) reject(new Error('the list did not load'));
      else setTimeout(poll, 5);
    };
    poll();
  })`)) as number;
}

/** Picks the `index`-th option of a multiple-choice filter (its menu opened if closed), toggling it on or off. */
async function toggleOption(page: Page, testId: string, index: number): Promise<void> {
  const menu = page.locator('.ant-select-dropdown:visible');
  if ((await menu.count()) === 0) await page.click(`[data-testid=${testId}]`);
  await menu.locator('.ant-select-item-option').nth(index).click();
}

async function closeMenus(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page
    .locator('.ant-select-dropdown:visible')
    .waitFor({ state: 'detached', timeout: 2000 })
    .catch(() => undefined);
}

/**
 * service.ui_filter_p95_ms: the big database served by the browser harness, the manager on the service desk's
 * ticket list in Chromium. Each action a person takes on the list — switching scope, toggling "overdue",
 * choosing a kind, a status or a category, typing a search a key at a time (120 ms apart), clearing the
 * filters — is timed in the page from the click or the last key until the table shows the new rows and is
 * painted.
 */
export async function measureUiFilters(
  dataDir: string,
  rendererDir: string,
  searches: readonly string[],
): Promise<{ action: string; ms: number }[] | null> {
  return withHarnessBrowser(
    'service.ui_filter_p95_ms',
    { dataDir, rendererDir },
    async (harness, browser) => {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      await page.goto(harness.url, { timeout: TIMEOUT_MS });
      await page.fill('#username', 'manager');
      await page.fill('#password', DEMO_PASSWORD);
      await page.click('[data-testid=login-submit]');
      await page.waitForSelector('[data-testid=home-page]', { timeout: TIMEOUT_MS });
      await page.goto(`${harness.url}#/service`);
      await page.waitForSelector('[data-testid=ticket-list][data-loading=false] .ant-table-row', {
        timeout: TIMEOUT_MS,
      });
      await page.evaluate(WATCH_LIST);
      let recorded = 0;
      const samples: { action: string; ms: number }[] = [];
      // A person's next action comes a moment after they see the last one's rows (and after antd's
      // animations settle: a segmented control marks its new choice only when its slide ends).
      const timed = async (name: string, action: () => Promise<void>) => {
        await page.waitForTimeout(400);
        await action();
        samples.push({ action: name, ms: await nthShown(page, ++recorded) });
      };
      const scopes = page.locator('[data-testid=ticket-scope] .ant-segmented-item');
      const selected = async () => {
        for (let i = 0; i < (await scopes.count()); i++)
          if (((await scopes.nth(i).getAttribute('class')) ?? '').includes('ant-segmented-item-selected'))
            return i;
        return 0;
      };
      // The scope the list does not show now (the manager has two: their own, everyone's).
      const otherScope = async () => scopes.nth((await selected()) === 0 ? 1 : 0).click();
      const overdue = () => page.click('[data-testid=filter-overdue]');
      const clear = () => page.click('[data-testid=filter-clear]');
      const search = page.locator('[data-testid=ticket-search] input');

      // The manager's scopes, to and fro (the first warms up, not counted), ending on everyone's.
      await timed('scope', otherScope);
      samples.length = 0;
      await timed('scope', otherScope);
      await timed('scope', otherScope);
      if ((await selected()) === 0) await timed('scope', otherScope);
      for (let round = 0; round < 2; round++) {
        await timed('overdue on', overdue);
        await timed('overdue off', overdue);
        for (const [testId, options] of [
          ['filter-kinds', [0, 1]],
          ['filter-statuses', [1, 6]],
          ['filter-categories', [round, round + 2]],
          ['filter-severities', [2]],
        ] as const) {
          for (const i of options) await timed(`${testId} #${i}`, () => toggleOption(page, testId, i));
          await closeMenus(page);
          await timed('clear', clear);
        }
      }
      for (const q of searches) {
        await search.fill('');
        await page.waitForSelector('[data-testid=ticket-list][data-loading=false][data-search=""]', {
          state: 'attached',
          timeout: TIMEOUT_MS,
        });
        recorded = await page.evaluate('window.__bizopsListShown.length');
        await search.pressSequentially(q, { delay: 120 });
        // JSON quoting is valid CSS string quoting for these queries (no control characters).
        await page.waitForSelector(
          `[data-testid=ticket-list][data-loading=false][data-search=${JSON.stringify(q)}]`,
          { state: 'attached', timeout: TIMEOUT_MS },
        );
        // The last key's list: every key sends a search; the one that counts is the one the person waits for.
        await page.waitForTimeout(50);
        const shown = (await page.evaluate('window.__bizopsListShown.slice()')) as number[];
        samples.push({ action: `search ${q}`, ms: shown[shown.length - 1]! });
        recorded = shown.length;
      }
      return samples;
    },
  );
}

/** Typed into the desk's search box: two-character words, a caller's name, longer pieces. */
export const SERVICE_UI_SEARCHES = [
  '退货',
  '发票',
  '延误',
  '质量',
  '王芳',
  '物流延误',
  '空气净化器',
  '换货',
  '发票抬头',
  '破损',
];
