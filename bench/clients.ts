/**
 * Client benchmarks: list, search and open over 100,000 files and 1,000,000
 * communication records, through core.call as the manager, and the same list / search queries as bare
 * statements — the SQL listQuery.clientListQuery assembles and repository/clientList.clientPage runs,
 * run directly without dispatch, validation or permission checks.
 * p95 over ≥ 50 varied queries after a warm-up. The big tables are written by clientsBulk.ts (BENCH ONLY).
 */
import ExcelJS from 'exceljs';
import type { Core } from '../src/main/core/createCore';
import type { Session } from '../src/main/core/session';
import { INDUSTRIES } from '../src/shared/clients/catalog';
import { channels } from '../src/shared/contract/channels';
import type { ChannelInput } from '../src/shared/contract/channels';
import { clientListQuery } from '../src/main/domains/clients/listQuery';
import { clientPage } from '../src/main/domains/clients/repository/clientList';
import { getSettings } from '../src/main/domains/settings/service';
import { REGIONS } from '../scripts/sample/clients';
import { creditCode } from '../scripts/sample/clients';
import { createRandom } from '../scripts/sample/random';
import { writeBulkClients, type BulkClients } from './clientsBulk';
import { handlerBreakdown } from './handlerCost';
import { progress, report } from './report';

export const CLIENT_FLOORS = {
  'clients.list_p95_ms': 20,
  'clients.search3_p95_ms': 30,
  'clients.search2_p95_ms': 80,
  'clients.open_p95_ms': 15,
  'clients.import_10k_s': 10,
  'clients.import_max_block_ms': 200,
  'clients.ui_search_p95_ms': 150,
} as const;

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 100_000);
const COMMUNICATIONS = Number(process.env.BENCH_COMMUNICATIONS ?? 1_000_000);
const QUERIES = 60;
const WARMUP = 10;

type ListInput = ChannelInput<'clients.list'>;

export function p95(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)]!;
}

/** p95 in ms of running `fn` on each input, after `WARMUP` unmeasured runs. */
async function p95Ms<T>(inputs: readonly T[], fn: (input: T) => unknown): Promise<number> {
  for (let i = 0; i < WARMUP; i++) await fn(inputs[i % inputs.length]!);
  const times: number[] = [];
  for (const input of inputs) {
    const t = performance.now();
    await fn(input);
    times.push(performance.now() - t);
  }
  return p95(times);
}

/** Rounds over the same queries for the handler-vs-bare comparison: 5 × 60 = 300 samples of each. */
const PAIRED_ROUNDS = 5;

interface Paired {
  handler: number[];
  raw: number[];
}

/**
 * The handler (core.call: dispatch, validation, access, service, mapping) and the bare statements it runs
 * (the same query assembled and run directly), on the same inputs, interleaved: each input runs both, the
 * order alternating, round after round — so a cache warmed by one helps the other equally, and the machine's
 * load at any moment falls on both. A p95 of 60 samples at the 3 ms scale is mostly noise; 300 is not.
 */
async function pairedMs<T, P>(
  inputs: readonly T[],
  handler: (input: T) => unknown,
  prepare: (input: T) => P,
  raw: (input: P) => unknown,
): Promise<Paired> {
  const prepared = inputs.map(prepare);
  for (let i = 0; i < WARMUP; i++) {
    await handler(inputs[i % inputs.length]!);
    raw(prepared[i % inputs.length]!);
  }
  const out: Paired = { handler: [], raw: [] };
  const time = async (fn: () => unknown, into: number[]) => {
    const t = performance.now();
    await fn();
    into.push(performance.now() - t);
  };
  for (let round = 0; round < PAIRED_ROUNDS; round++)
    for (let i = 0; i < inputs.length; i++) {
      const h = () => time(() => handler(inputs[i]!), out.handler);
      const r = () => time(() => raw(prepared[i]!), out.raw);
      if ((round + i) % 2) {
        await h();
        await r();
      } else {
        await r();
        await h();
      }
    }
  return out;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1]!;
}

/**
 * Reports a paired measurement: handler p95 (with its floor) and median, the bare ones, and the ratios. The
 * list's ratio has a floor (what the handler may add to a list read); a search's is reported alone: at a
 * 0.2 ms median the handler's fixed ~0.05 ms makes any ratio look large.
 */
function reportPaired(name: string, floor: number, m: Paired, ratioFloor?: number): void {
  report(`clients.${name}_p95_ms`, p95(m.handler), 'ms', floor);
  report(`clients.${name}_median_ms`, median(m.handler), 'ms');
  report(`clients.${name}_raw_p95_ms`, p95(m.raw), 'ms');
  report(`clients.${name}_raw_median_ms`, median(m.raw), 'ms');
  const ratio = { median: median(m.handler) / median(m.raw), p95: p95(m.handler) / p95(m.raw) };
  progress(
    `  ${m.handler.length} samples each; handler / bare: ×${ratio.median.toFixed(2)} median, ×${ratio.p95.toFixed(2)} p95`,
  );
  report(`clients.${name}_handler_ratio`, ratio.median, 'x', ratioFloor);
  report(`clients.${name}_handler_ratio_p95`, ratio.p95, 'x');
}

/** What the handler may cost over its bare statements: dispatch, validation, access and mapping. */
const HANDLER_RATIO_FLOOR = 1.5;

const BASE: ListInput = { sort: 'updatedAt', order: 'desc', page: 1, pageSize: 20 };

/** The big client tables (BENCH ONLY, see clientsBulk.ts) that every client benchmark runs against. */
export function writeBenchClients(core: Core, seed: number): BulkClients {
  progress(`clients: writing ${CLIENTS} files and ${COMMUNICATIONS} communications (bench only) …`);
  const t = performance.now();
  const bulk = writeBulkClients(core, { seed, clients: CLIENTS, communications: COMMUNICATIONS, years: 3 });
  progress(`  written in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  core.store.db.pragma('optimize');
  return bulk;
}

export async function benchClients(core: Core, manager: Session, seed: number): Promise<void> {
  if (!manager.user) throw new Error('the client benchmarks need the manager logged in');
  const rng = createRandom(seed).fork('bench-client-queries');
  const bulk = writeBenchClients(core, seed);

  // One filter each, varied: tier, status, province, industry, source.
  const lists: ListInput[] = Array.from({ length: QUERIES }, (_, i) => {
    switch (i % 5) {
      case 0:
        return { ...BASE, tiers: [rng.pick(['A', 'B', 'C', 'D'] as const)] };
      case 1:
        return {
          ...BASE,
          statuses: [rng.pick(['potential', 'key_follow_up', 'customer', 'dormant'] as const)],
        };
      case 2:
        return { ...BASE, province: rng.pick(REGIONS).province };
      case 3:
        return { ...BASE, industry: rng.pick(INDUSTRIES.slice(0, 15)).zh };
      default:
        return { ...BASE, source: rng.pick(['referral', 'online', 'exhibition', 'cold_call'] as const) };
    }
  });
  // Three or four characters: pieces of real names (city + brand, brand + trade) as people type them —
  // the distinctive part, not the company form every file shares (有限公司 finds all 100,000; noted below).
  const search3 = Array.from({ length: QUERIES }, () => {
    const name = [...rng.pick(bulk.sampleNames).replace(/(有限责任公司|有限公司)$/u, '')];
    const len = rng.int(3, 4);
    const at = rng.int(0, Math.max(0, name.length - len));
    return { ...BASE, search: name.slice(at, at + len).join('') };
  });
  const twoChars = [
    '华东',
    '科技',
    '贸易',
    '深圳',
    '物流',
    '恒达',
    '电子',
    '杭州',
    '建设',
    '信达',
    '王伟',
    '张',
    '成都',
  ];
  const search2 = Array.from({ length: QUERIES }, (_, i) => ({
    ...BASE,
    search: twoChars[i % twoChars.length]!,
  }));

  let totals: number[] = [];
  const call = async (channel: 'clients.list', input: ListInput) => {
    const r = await core.call(channel, input, manager);
    if (!r.ok) throw new Error(`${channel} failed: ${r.error.code} ${r.error.message}`);
    totals.push(r.data.total);
    return r.data;
  };
  /** How many files the measured queries found (the search cost grows with the hits it sorts and counts). */
  const hitsNote = () => {
    const sorted = [...totals].sort((a, b) => a - b);
    progress(`  hits: median ${sorted[sorted.length >> 1]}, max ${sorted[sorted.length - 1]}`);
    totals = [];
  };

  // The same queries as bare statements: the repository's SQL, no dispatch, validation or permission check.
  const db = core.store.db;
  const user = manager.user;
  const staleDays = getSettings(core.context()).settings.clientStaleDays;
  const parse = (q: ListInput) => channels['clients.list'].input.parse(q);
  const raw = (input: ReturnType<typeof parse>) => {
    const cutoff = new Date(Date.now() - staleDays * 86_400_000).toISOString();
    return clientPage(db, clientListQuery(db, user, input, cutoff), input.pageSize, 0);
  };
  const handler = (q: ListInput) => call('clients.list', q);

  progress('clients.list_p95_ms (handler and bare, interleaved) …');
  reportPaired(
    'list',
    CLIENT_FLOORS['clients.list_p95_ms'],
    await pairedMs(lists, handler, parse, raw),
    HANDLER_RATIO_FLOOR,
  );
  hitsNote();
  progress('clients.search3_p95_ms …');
  reportPaired(
    'search3',
    CLIENT_FLOORS['clients.search3_p95_ms'],
    await pairedMs(search3, handler, parse, raw),
  );
  hitsNote();
  const generic = performance.now();
  const all = await call('clients.list', { ...BASE, search: '有限公司' });
  progress(`  note: '有限公司' (${all.total} hits) took ${(performance.now() - generic).toFixed(1)} ms`);
  totals = [];
  progress('clients.search2_p95_ms …');
  reportPaired(
    'search2',
    CLIENT_FLOORS['clients.search2_p95_ms'],
    await pairedMs(search2, handler, parse, raw),
  );
  hitsNote();
  await handlerBreakdown(core, manager, lists[0]!);

  progress('clients.open_p95_ms …');
  const opens = Array.from({ length: QUERIES }, () => rng.pick(bulk.sampleIds));
  report(
    'clients.open_p95_ms',
    await p95Ms(opens, async (id) => {
      const r = await core.call('clients.get', { id }, manager);
      if (!r.ok) throw new Error(`clients.get failed: ${r.error.code}`);
    }),
    'ms',
    CLIENT_FLOORS['clients.open_p95_ms'],
  );

  // Last: the import adds 10,000 files, which the measurements above must not see.
  await benchClientImport(core, manager, seed);
}

/**
 * The 10,000-row import into the big database: its duration, and the longest the event loop stood still
 * while it committed (and during the first write after it).
 */
export async function benchClientImport(core: Core, manager: Session, seed: number): Promise<void> {
  progress('clients.import_10k_s (preview + commit of a 10,000-row .xlsx) …');
  const run = await importSeconds(core, manager, seed, 10_000);
  report('clients.import_10k_s', run.seconds, 's', CLIENT_FLOORS['clients.import_10k_s']);
  progress(
    `  commit ${(run.commitMs / 1000).toFixed(1)} s; the event loop turned ${run.turns} times during it`,
  );
  report('clients.import_max_block_ms', run.maxBlockMs, 'ms', CLIENT_FLOORS['clients.import_max_block_ms']);
}

/**
 * Watches the event loop: a 1 ms timer notes the longest gap between two of its ticks — the longest time
 * nothing else could run (no IPC message answered, no progress read).
 */
function watchEventLoop(): { stop(): { maxBlockMs: number; turns: number } } {
  let last = performance.now();
  let maxBlockMs = 0;
  let turns = 0;
  const timer = setInterval(() => {
    const t = performance.now();
    maxBlockMs = Math.max(maxBlockMs, t - last);
    last = t;
    turns++;
  }, 1);
  return {
    stop() {
      clearInterval(timer);
      maxBlockMs = Math.max(maxBlockMs, performance.now() - last);
      return { maxBlockMs, turns };
    },
  };
}

/**
 * Seconds from handing a 10,000-row .xlsx to the import (preview: read, check, duplicate search against the
 * big table) until the commit has written every row (mode 'create': every row is a new file). The file is
 * built beforehand with exceljs, headed by the column keys (which the import recognises like its labels).
 */
async function importSeconds(
  core: Core,
  manager: Session,
  seed: number,
  rows: number,
): Promise<{ seconds: number; commitMs: number; maxBlockMs: number; turns: number }> {
  const rng = createRandom(seed).fork('bench-client-import');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('clients');
  sheet.addRow([
    'name',
    'creditCode',
    'industry',
    'province',
    'city',
    'address',
    'tier',
    'contactName',
    'contactMobile',
  ]);
  for (let i = 0; i < rows; i++) {
    const region = rng.pick(REGIONS);
    const [city, cityCode] = rng.pick(region.cities);
    sheet.addRow([
      `${city.replace(/市$/u, '')}导入${rng.pick(['华信', '恒达', '宏远', '鼎盛', '博瑞'])}${i + 1}号科技有限公司`,
      creditCode(rng, `${region.prefix}${cityCode}00`),
      rng.pick(INDUSTRIES).zh,
      region.province,
      city,
      `${city}高新区${rng.int(1, 300)}号`,
      rng.pick(['A', 'B', 'C', 'D']),
      `联系人${i + 1}`,
      `1${rng.pick(['38', '39', '58', '86'])}${rng.digits(8)}`,
    ]);
  }
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  const started = performance.now();
  const preview = await core.call('clients.import.preview', { fileName: 'bench-10k.xlsx', bytes }, manager);
  if (!preview.ok)
    throw new Error(`clients.import.preview failed: ${preview.error.code} ${preview.error.message}`);
  if (preview.data.invalid > 0) progress(`  note: ${preview.data.invalid} rows invalid in the preview`);
  const committing = performance.now();
  const watch = watchEventLoop();
  const commit = await core.call(
    'clients.import.commit',
    { jobId: preview.data.jobId, mode: 'create', skipInvalid: true },
    manager,
  );
  if (!commit.ok)
    throw new Error(`clients.import.commit failed: ${commit.error.code} ${commit.error.message}`);
  // The first ordinary write after the import is watched too: had the import left its write-ahead log to
  // SQLite's automatic checkpoint, copying it into the database would happen there, on the main thread.
  const after = await core.call('clients.create', { name: '导入后的第一个客户' }, manager);
  const loop = watch.stop();
  if (!after.ok) throw new Error(`clients.create after the import failed: ${after.error.code}`);
  const seconds = (performance.now() - started) / 1000;
  const commitMs = performance.now() - committing;
  progress(
    `  preview ${preview.data.total} rows; committed ${commit.data.committed}, created ${commit.data.created}, failed ${commit.data.failed}`,
  );
  return { seconds, commitMs, ...loop };
}
