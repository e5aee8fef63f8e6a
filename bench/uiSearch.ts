import { DEMO_PASSWORD } from '../scripts/sample';
import { withHarnessBrowser } from './harnessBrowser';

const TIMEOUT_MS = 30_000;

/** Runs in the page (a string: bench code is typed without the DOM): records when each search's rows show. */
const WATCH_LIST = `(() => {
  const shown = (window.__bizopsSearchShown = {});
  let lastInput = 0;
  document.addEventListener('input', () => { lastInput = performance.now(); }, true);
  const list = document.querySelector('[data-testid=client-list]');
  new MutationObserver(() => {
    if (list.getAttribute('data-loading') !== 'false') return;
    const search = list.getAttribute('data-search');
    const from = lastInput;
    requestAnimationFrame(() => setTimeout(() => { shown[search] = performance.now() - from; }, 0));
  }).observe(list, { attributes: true, attributeFilter: ['data-loading', 'data-search'] });
})()`;

/**
 * clients.ui_search_p95_ms: the big database served by the browser harness, the manager signed in on the client
 * list in Chromium. For each query the search box is cleared, the query typed a key at a time (120 ms apart,
 * a brisk typist), and the time taken from the last key press until the rows on screen answer that query
 * (the list's data-search names it and nothing is loading) and are painted.
 */
export async function measureUiSearch(
  dataDir: string,
  rendererDir: string,
  queries: readonly string[],
): Promise<number[] | null> {
  return withHarnessBrowser(
    'clients.ui_search_p95_ms',
    { dataDir, rendererDir },
    async (harness, browser) => {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      await page.goto(harness.url, { timeout: TIMEOUT_MS });
      await page.fill('#username', 'manager');
      await page.fill('#password', DEMO_PASSWORD);
      await page.click('[data-testid=login-submit]');
      await page.waitForSelector('[data-testid=home-page]', { timeout: TIMEOUT_MS });
      await page.goto(`${harness.url}#/clients`);
      await page.waitForSelector('[data-testid=client-list][data-loading=false] .ant-table-row', {
        timeout: TIMEOUT_MS,
      });
      // Timed in the page, so the benchmark's own messages to Chromium do not count: from the last input event
      // to the first paint after the list shows that search's answer (a task queued from the next animation
      // frame runs once that frame is painted).
      await page.evaluate(WATCH_LIST);
      const box = page.locator('[data-testid=client-search] input');
      // JSON quoting is valid CSS string quoting for these queries (no control characters).
      const shows = (q: string) =>
        page.waitForSelector(
          `[data-testid=client-list][data-loading=false][data-search=${JSON.stringify(q)}]`,
          { state: 'attached', timeout: TIMEOUT_MS },
        );
      const samples: number[] = [];
      for (const [i, q] of queries.entries()) {
        await box.fill('');
        await shows('');
        await page.evaluate(`delete window.__bizopsSearchShown[${JSON.stringify(q)}]`);
        await box.pressSequentially(q, { delay: 120 });
        await shows(q);
        // page.evaluate, not waitForFunction: the app's CSP forbids the eval a polled string predicate needs.
        const ms = (await page.evaluate(`new Promise((resolve) => {
        const poll = () => {
          const ms = window.__bizopsSearchShown[${JSON.stringify(q)}];
          if (ms === undefined) setTimeout(poll, 5);
          else resolve(ms);
        };
        poll();
      })`)) as number;
        if (i > 0) samples.push(ms); // the first warms the page and the statements
      }
      return samples;
    },
  );
}
