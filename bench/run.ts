/**
 * `npm run bench` — performance figures of the core and the first screen. One JSON object per line on stdout:
 *   {"metric": "core.open_ms", "value": 41.2, "unit": "ms", "floor": 300}
 * (`floor` when the metric has one); progress on stderr. Floors are reported, never enforced: the exit
 * code is 0 whether or not a floor is met — benchmarks report, tests never assert timings.
 *   BENCH_SCALE     sample department scale for the big database (default 40: ~900 staff)
 *   BENCH_ROWS      minimum rows in the big database (default 100000)
 *   BENCH_RENDERER  built renderer folder (default out/renderer)
 *   BENCH_CLIENTS / BENCH_COMMUNICATIONS  bulk client files / communication records (default 100000 / 1000000)
 *   BENCH_REPORT_SAMPLES  warm prints per report (default 40)
 * `npm run bench -- --only <group>` runs one group of figures: reports.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { silentLogger } from '../src/main/core/logger';
import { dataPaths, Store } from '../src/main/db/store';
import { systemStatus } from '../src/main/domains/system/service';
import { DEMO_PASSWORD } from '../scripts/sample';
import { benchClients, CLIENT_FLOORS, p95 } from './clients';
import { buildBenchDatabase, openCore } from './database';
import { measureFirstScreen } from './firstScreen';
import { benchStartupAndLogin } from './loginToHome';
import { median, medianMs, progress, report } from './report';
import { benchReports } from './reports';
import { measureUiSearch } from './uiSearch';

const FLOORS = {
  'core.open_ms': 300,
  'core.dispatch_overhead_us': 50,
  'renderer.first_screen_ms': 1500,
} as const;

/** Typed into the client list's search box: two-character words and longer pieces of names, as people type them. */
const UI_SEARCHES = [
  ...['科技', '华东', '恒达', '张', '杭州', '物流', '王伟', '成都', '电子', '深圳', '建设', '信达'],
  ...['贸易有限', '信达电子', '深圳华', '建设工程', '恒达科技', '网络科技', '杭州博', '供应链', '文化传媒'],
  ...['华信恒', '机械制造', '新材料'],
];

const SCALE = Number(process.env.BENCH_SCALE ?? 40);
const MIN_ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const SEED = 20260101;
const ROOT = path.resolve(__dirname, '..');
const RENDERER_DIR = path.resolve(process.env.BENCH_RENDERER ?? path.join(ROOT, 'out/renderer'));

/** Open + migrate + integrity_check of the big database, as createCore does it (Store.open). */
function measureOpen(dataDir: string, runs: number): number {
  const store = new Store({ paths: dataPaths(dataDir), logger: silentLogger, now: () => new Date() });
  const times: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    const t = performance.now();
    const state = store.open();
    const ms = performance.now() - t;
    if (state !== 'ready') throw new Error(`benchmark database opened as ${state}`);
    store.closeConnection();
    if (i > 0) times.push(ms); // the first open warms the OS page cache
  }
  return median(times);
}

/** µs per call of `fn`, best of `rounds` rounds of `iterations` calls (after the caller's warm-up). */
async function perCallUs(iterations: number, rounds: number, fn: () => unknown): Promise<number> {
  const results: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t = process.hrtime.bigint();
    for (let i = 0; i < iterations; i++) await fn();
    results.push(Number(process.hrtime.bigint() - t) / 1000 / iterations);
  }
  return median(results);
}

/** Groups of figures that can run alone (`--only <group>`); a full run runs them too. */
const GROUPS: Record<string, () => Promise<void>> = {
  reports: () => benchReports(SEED),
  login: () => benchStartupAndLogin(RENDERER_DIR),
};

async function main(): Promise<void> {
  const started = performance.now();
  const { values } = parseArgs({ options: { only: { type: 'string' } }, strict: true });
  if (values.only) {
    const group = GROUPS[values.only];
    if (!group)
      throw new Error(`unknown bench group ${values.only}; groups: ${Object.keys(GROUPS).join(', ')}`);
    await group();
    progress(`Done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return;
  }
  progress(`Building the benchmark database (scale ${SCALE}, ≥ ${MIN_ROWS} rows) …`);
  const big = await buildBenchDatabase({ scale: SCALE, seed: SEED, minRows: MIN_ROWS });
  progress(`  ${big.rows} rows, ${big.staff} staff, ${big.sizeMb.toFixed(1)} MB`);
  report('db.rows', big.rows, 'rows');
  report('db.size_mb', big.sizeMb, 'MB');

  try {
    progress('core.open_ms …');
    report('core.open_ms', measureOpen(big.dataDir, 7), 'ms', FLOORS['core.open_ms']);

    const core = await openCore(big.dataDir);
    try {
      progress('core.dispatch_overhead_us …');
      const session = core.sessions.create();
      const viaDispatch = () => core.dispatch('system.status', {}, session);
      const direct = () => systemStatus(core.context());
      for (let i = 0; i < 20_000; i++) {
        await viaDispatch();
        await direct();
      }
      const check = await viaDispatch();
      if (!check.ok) throw new Error(`system.status failed: ${check.error.code}`);
      const dispatchUs = await perCallUs(100_000, 5, viaDispatch);
      const directUs = await perCallUs(100_000, 5, direct);
      report('core.dispatch_us', dispatchUs, 'us');
      report('core.direct_call_us', directUs, 'us');
      report('core.dispatch_overhead_us', dispatchUs - directUs, 'us', FLOORS['core.dispatch_overhead_us']);

      progress('auth.login_ms (OWASP scrypt) …');
      const manager = core.sessions.create();
      const login = async () => {
        const r = await core.call('auth.login', { username: 'manager', password: DEMO_PASSWORD }, manager);
        if (!r.ok) throw new Error(`login failed: ${r.error.code}`);
      };
      report('auth.login_ms', await medianMs(5, login), 'ms');

      progress(`org.staff_list_ms (${big.staff} staff) …`);
      let listed = 0;
      const list = async () => {
        const r = await core.call('org.staff.list', { search: null, groupId: null, status: null }, manager);
        if (!r.ok) throw new Error(`staff list failed: ${r.error.code}`);
        listed = r.data.length;
      };
      report('org.staff_list_ms', await medianMs(7, list), 'ms');
      if (listed !== big.staff) progress(`  note: listed ${listed} staff, expected ${big.staff}`);

      // Client files (issue 3): 100,000 files and 1,000,000 communications added to the big database.
      await benchClients(core, manager, SEED);
    } finally {
      await core.close();
    }

    progress('clients.ui_search_p95_ms (Chromium, 100,000 files) …');
    const typed = await measureUiSearch(big.dataDir, RENDERER_DIR, UI_SEARCHES);
    if (typed) {
      progress(`  samples: ${typed.map((s) => Math.round(s)).join(', ')} ms`);
      report('clients.ui_search_p95_ms', p95(typed), 'ms', CLIENT_FLOORS['clients.ui_search_p95_ms']);
    }
  } finally {
    fs.rmSync(big.dataDir, { recursive: true, force: true });
  }

  progress('renderer.first_screen_ms …');
  const first = await measureFirstScreen(RENDERER_DIR, 5);
  if (first) {
    progress(`  samples: ${first.samples.map((s) => Math.round(s)).join(', ')} ms (${first.selector})`);
    report('renderer.first_screen_ms', first.medianMs, 'ms', FLOORS['renderer.first_screen_ms']);
  }
  for (const group of Object.values(GROUPS)) await group();
  progress(`Done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((err: unknown) => {
  progress(`bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  process.exitCode = 1;
});
