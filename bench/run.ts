/**
 * `npm run bench` — performance figures of the core and the first screen. One JSON object per line on stdout:
 *   {"metric": "core.open_ms", "value": 41.2, "unit": "ms", "floor": 300}
 * (`floor` when the metric has one); progress on stderr. Floors are reported, never enforced: the exit
 * code is 0 whether or not a floor is met — benchmarks report, tests never assert timings.
 *   BENCH_SCALE     sample department scale for the big database (default 40: ~900 staff)
 *   BENCH_ROWS      minimum rows in the big database (default 100000)
 *   BENCH_RENDERER  built renderer folder (default out/renderer)
 *   BENCH_CLIENTS / BENCH_COMMUNICATIONS  bulk client files / communication records (default 100000 / 1000000)
 *   BENCH_TICKETS   bulk service tickets (default 200000)
 *   BENCH_APPRAISAL_PEOPLE  people in the appraisal cycle (default 500)
 *   BENCH_KEEP_DB   keep the big database's folder afterwards (to profile a query on it)
 * `npm run bench -- --only <group>` runs one group on its own: core, clients (list, search, open and the
 * import), import (the 10,000-row import alone), ui (search typed in Chromium), service (tickets: lists,
 * search, intake, a year's statistics and analysis report, the desk's list filtered in Chromium) — these on
 * the big database —, risk (10,000 risks on the big database: list, heat map, register report), appraisal
 * (a cycle of 500 people × 12 indicators on the big database: consolidated table, opening a form), sales
 * (100,000 opportunities and 20,000 contracts on the big database: board, funnel, list, the sales report), first
 * (the first screen), login (start-up bundle, login → Home), reports (PDFs).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '../src/main/core/createCore';
import { silentLogger } from '../src/main/core/logger';
import type { Session } from '../src/main/core/session';
import { dataPaths, Store } from '../src/main/db/store';
import { DEMO_PASSWORD } from '../scripts/sample';
import { benchClientImport, benchClients, CLIENT_FLOORS, p95, writeBenchClients } from './clients';
import { buildBenchDatabase, openCore } from './database';
import { measureFirstScreen } from './firstScreen';
import { benchStartupAndLogin } from './loginToHome';
import { benchReports } from './reports';
import { systemStatus } from '../src/main/domains/system/service';
import { median, medianMs, progress, report } from './report';
import { measureUiSearch } from './uiSearch';
import { benchService, SERVICE_FLOORS } from './service';
import { measureUiFilters, SERVICE_UI_SEARCHES } from './serviceUi';
import { benchAnalysisReport } from './serviceReports';
import { benchRisk } from './risk';
import { benchAppraisal } from './appraisal';
import { benchSales } from './sales';

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

const GROUPS = [
  'core',
  'clients',
  'import',
  'ui',
  'first',
  'login',
  'reports',
  'service',
  'risk',
  'appraisal',
  'sales',
] as const;
type Group = (typeof GROUPS)[number];

/** The groups to run: all, or the one named by `--only <group>`. */
function chosenGroups(argv: readonly string[]): ReadonlySet<Group> {
  const at = argv.indexOf('--only');
  if (at < 0) return new Set(GROUPS.filter((g) => g !== 'import'));
  const name = argv[at + 1];
  if (!GROUPS.includes(name as Group))
    throw new Error(`--only takes one of ${GROUPS.join(', ')}; got ${name ?? 'nothing'}`);
  return new Set([name as Group]);
}
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

async function main(): Promise<void> {
  const started = performance.now();
  // 'clients' includes the import; 'import' alone is for working on the import.
  const run = chosenGroups(process.argv.slice(2));
  if (
    run.has('core') ||
    run.has('clients') ||
    run.has('import') ||
    run.has('ui') ||
    run.has('service') ||
    run.has('risk') ||
    run.has('appraisal') ||
    run.has('sales')
  )
    await benchBigDatabase(run);
  if (run.has('first')) {
    progress('renderer.first_screen_ms …');
    const first = await measureFirstScreen(RENDERER_DIR, 5);
    if (first) {
      progress(`  samples: ${first.samples.map((s) => Math.round(s)).join(', ')} ms (${first.selector})`);
      report('renderer.first_screen_ms', first.medianMs, 'ms', FLOORS['renderer.first_screen_ms']);
    }
  }
  if (run.has('login')) await benchStartupAndLogin(RENDERER_DIR);
  if (run.has('reports')) await benchReports(SEED);
  progress(`Done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

async function benchBigDatabase(run: ReadonlySet<Group>): Promise<void> {
  progress(`Building the benchmark database (scale ${SCALE}, ≥ ${MIN_ROWS} rows) …`);
  const big = await buildBenchDatabase({ scale: SCALE, seed: SEED, minRows: MIN_ROWS });
  progress(`  ${big.rows} rows, ${big.staff} staff, ${big.sizeMb.toFixed(1)} MB`);
  report('db.rows', big.rows, 'rows');
  report('db.size_mb', big.sizeMb, 'MB');

  try {
    if (run.has('core')) {
      progress('core.open_ms …');
      report('core.open_ms', measureOpen(big.dataDir, 7), 'ms', FLOORS['core.open_ms']);
    }

    const core = await openCore(big.dataDir);
    try {
      const manager = core.sessions.create();
      const login = async () => {
        const r = await core.call('auth.login', { username: 'manager', password: DEMO_PASSWORD }, manager);
        if (!r.ok) throw new Error(`login failed: ${r.error.code}`);
      };
      if (run.has('core')) await benchCore(core, manager, login, big.staff);
      else await login();

      // Client files: 100,000 files and 1,000,000 communications added to the big database.
      if (run.has('clients')) await benchClients(core, manager, SEED);
      else if (run.has('import') || run.has('ui')) writeBenchClients(core, SEED);
      if (run.has('import')) await benchClientImport(core, manager, SEED);
      // Customer service: 200,000 tickets added to the big database (from its client files when written).
      if (run.has('service')) await benchService(core, manager, SEED);
      // Appraisal: a cycle of 500 people × 12 indicators, computed ones from the client files and tickets.
      if (run.has('appraisal')) await benchAppraisal(core, manager, SEED);
    } finally {
      await core.close();
    }

    if (run.has('service')) {
      await benchAnalysisReport(big.dataDir);
      progress('service.ui_filter_p95_ms (Chromium, 200,000 tickets) …');
      // A benchmark reports what it can: a list that never shows (a renderer without the desk) is said, not thrown.
      const shown = await measureUiFilters(big.dataDir, RENDERER_DIR, SERVICE_UI_SEARCHES).catch(
        (err: unknown) => {
          progress(
            `service.ui_filter_p95_ms skipped: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`,
          );
          return null;
        },
      );
      if (shown) {
        progress(`  samples: ${shown.map((s) => `${s.action} ${Math.round(s.ms)}`).join(', ')} ms`);
        const ms = shown.map((s) => s.ms);
        report('service.ui_filter_p95_ms', p95(ms), 'ms', SERVICE_FLOORS['service.ui_filter_p95_ms']);
        report('service.ui_filter_median_ms', median(ms), 'ms');
      }
    }

    // The risk register: 10,000 risks added through its services, its list, heat map and report.
    if (run.has('risk')) await benchRisk(big.dataDir, SEED);

    // The sales pipeline: 100,000 opportunities and 20,000 contracts, board, funnel, list and report.
    if (run.has('sales')) await benchSales(big.dataDir, SEED);

    if (run.has('ui')) {
      progress('clients.ui_search_p95_ms (Chromium, 100,000 files) …');
      const typed = await measureUiSearch(big.dataDir, RENDERER_DIR, UI_SEARCHES);
      if (typed) {
        progress(`  samples: ${typed.map((s) => Math.round(s)).join(', ')} ms`);
        report('clients.ui_search_p95_ms', p95(typed), 'ms', CLIENT_FLOORS['clients.ui_search_p95_ms']);
      }
    }
  } finally {
    if (process.env.BENCH_KEEP_DB) progress(`The benchmark database is kept in ${big.dataDir}`);
    else fs.rmSync(big.dataDir, { recursive: true, force: true });
  }
}

/** Dispatch overhead, login and the staff list on the big database. */
async function benchCore(
  core: Core,
  manager: Session,
  login: () => Promise<void>,
  staff: number,
): Promise<void> {
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
  report('auth.login_ms', await medianMs(5, login), 'ms');

  progress(`org.staff_list_ms (${staff} staff) …`);
  let listed = 0;
  const list = async () => {
    const r = await core.call('org.staff.list', { search: null, groupId: null, status: null }, manager);
    if (!r.ok) throw new Error(`staff list failed: ${r.error.code}`);
    listed = r.data.length;
  };
  report('org.staff_list_ms', await medianMs(7, list), 'ms');
  if (listed !== staff) progress(`  note: listed ${listed} staff, expected ${staff}`);
}

main().catch((err: unknown) => {
  progress(`bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  process.exitCode = 1;
});
