/**
 * Sales benchmarks (issue 11): 100,000 opportunities with their stage changes and 20,000 contracts over the
 * big database's client files and the people of the market and sales groups, written BENCH ONLY straight into
 * the tables (salesBulk.ts). Then, through core.call: an owner's board (their open opportunities by stage, as
 * the owner and as the manager looking at the owner), the funnel of a year, the opportunity list (filters,
 * sorts, searches of one to four characters, pages; as the manager and as a sales lead), and the sales report
 * of a year printed by headless Chromium as the manager. p95 over varied inputs after a warm-up.
 */
import type { Core } from '../src/main/core/createCore';
import { createCore } from '../src/main/core/createCore';
import { silentLogger } from '../src/main/core/logger';
import type { Session } from '../src/main/core/session';
import { createChromiumPrinter } from '../src/main/harness/chromiumPrinter';
import type { ChannelInput } from '../src/shared/contract/channels';
import { DEMO_PASSWORD } from '../scripts/sample';
import { p95 } from './clients';
import { median, progress, report } from './report';
import { writeBulkPipeline } from './salesBulk';

export const SALES_FLOORS = {
  'sales.board_ms': 100,
  'sales.funnel_year_ms': 200,
  'sales.list_p95_ms': 20,
  'sales.report_pdf_ms': 3000,
} as const;

const OPPORTUNITIES = Number(process.env.BENCH_OPPORTUNITIES ?? 100_000);
const CONTRACTS = Number(process.env.BENCH_CONTRACTS ?? 20_000);
const PRINTS = Number(process.env.BENCH_REPORT_SAMPLES ?? 6);

function unwrapped<T>(r: { ok: true; data: T } | { ok: false; error: { code: string; message: string } }): T {
  if (!r.ok) throw new Error(`call failed: ${r.error.code} ${r.error.message}`);
  return r.data;
}

async function timed(fn: () => Promise<{ ok: boolean; error?: { code: string } }>): Promise<number> {
  const t = performance.now();
  const r = await fn();
  const ms = performance.now() - t;
  if (!r.ok) throw new Error(`call failed: ${r.error?.code}`);
  return ms;
}

async function loginAs(core: Core, username: string): Promise<Session> {
  const session = core.sessions.create();
  const r = await core.call('auth.login', { username, password: DEMO_PASSWORD }, session);
  if (!r.ok) throw new Error(`login ${username} failed: ${r.error.code}`);
  return session;
}

type ListInput = Partial<ChannelInput<'sales.list'>>;

/** The list as people use it: stages, overdue, sorts, short Chinese and code searches, later pages. */
const LIST_INPUTS: readonly ListInput[] = [
  {},
  { stages: ['negotiation'] },
  { stages: ['lead', 'screened'], sortBy: 'expectedCloseOn', sortDir: 'asc' },
  { stages: ['proposal', 'visit', 'negotiation'], sortBy: 'expectedAmountFen', sortDir: 'desc' },
  { overdue: true },
  { sortBy: 'code', sortDir: 'asc' },
  { sortBy: 'title', sortDir: 'asc' },
  { closeFrom: '2026-01-01', closeTo: '2026-03-31' },
  { search: '仓' },
  { search: '系统' },
  { search: '排产系统' },
  { search: '科技' },
  { search: 'sj-2025-01' },
  { search: '维保', stages: ['won'] },
  { scope: 'mine' },
  { scope: 'team' },
  { page: 20 },
];

export async function benchSales(dataDir: string, seed: number): Promise<void> {
  const core = await createCore({
    dataDir,
    printer: createChromiumPrinter(),
    logger: silentLogger,
    autoBackup: false,
  });
  try {
    progress(
      `sales: writing ${OPPORTUNITIES} opportunities with their stage changes and ${CONTRACTS} contracts (bench only) …`,
    );
    const t = performance.now();
    const bulk = writeBulkPipeline(core, {
      seed,
      opportunities: OPPORTUNITIES,
      contracts: CONTRACTS,
      years: 3,
    });
    progress(
      `  ${bulk.opportunities} opportunities, ${bulk.stageChanges} stage changes, ${bulk.contracts} contracts, ${bulk.plans} plans, ${bulk.owners.length} owners (${Math.round(performance.now() - t)} ms)`,
    );

    const manager = await loginAs(core, 'manager');
    const lead = await loginAs(core, 'lead.sales');
    const accounts = unwrapped(await core.call('accounts.list', {}, manager));
    const owned = new Set(bulk.owners);
    const ownerAccounts = accounts.filter((a) => owned.has(a.staffId) && a.role === 'staff').slice(0, 4);
    const owners: { staffId: string; session: Session }[] = [];
    for (const a of ownerAccounts)
      owners.push({ staffId: a.staffId, session: await loginAs(core, a.username) });

    progress(
      `sales.board_ms (${owners.length} owners' open opportunities by stage, as the owner and as the manager) …`,
    );
    const boardMs: number[] = [];
    const boards = owners.flatMap((o) => [
      () => core.call('sales.board', { scope: 'mine' }, o.session),
      () => core.call('sales.board', { scope: 'all', ownerId: o.staffId }, manager),
    ]);
    for (const b of boards) await b();
    const sample = unwrapped(await boards[0]!());
    progress(`  one owner's board: ${sample.columns.map((c) => `${c.stage} ${c.count}`).join(', ')}`);
    for (let round = 0; round < 5; round++) for (const b of boards) boardMs.push(await timed(b));
    report('sales.board_ms', p95(boardMs), 'ms', SALES_FLOORS['sales.board_ms']);
    report('sales.board_median_ms', median(boardMs), 'ms');

    progress('sales.funnel_year_ms (the manager and a lead, last year and this year) …');
    const thisYear = new Date().getUTCFullYear();
    const funnels = [thisYear - 1, thisYear].flatMap((y) => [
      () => core.call('sales.funnel', { from: `${y}-01-01`, to: `${y}-12-31` }, manager),
      () => core.call('sales.funnel', { from: `${y}-01-01`, to: `${y}-12-31` }, lead),
    ]);
    for (const f of funnels) await f();
    const year = unwrapped(await funnels[0]!());
    progress(
      `  ${thisYear - 1}: ${year.created} created, ${year.won} won, reached ${year.steps.map((s) => s.reached).join(' → ')}`,
    );
    const funnelMs: number[] = [];
    for (let round = 0; round < 5; round++) for (const f of funnels) funnelMs.push(await timed(f));
    report('sales.funnel_year_ms', p95(funnelMs), 'ms', SALES_FLOORS['sales.funnel_year_ms']);
    report('sales.funnel_year_median_ms', median(funnelMs), 'ms');

    progress('sales.list_p95_ms (manager and sales lead; filters, sorts, searches, pages) …');
    const list = (as: Session, input: ListInput) => () =>
      core.call('sales.list', { pageSize: 50, ...input }, as);
    for (const input of LIST_INPUTS) await list(manager, input)();
    const listMs: number[] = [];
    const byInput = new Map<string, number[]>();
    for (let round = 0; round < 5; round++)
      for (const as of [manager, lead])
        for (const input of LIST_INPUTS) {
          const ms = await timed(list(as, input));
          listMs.push(ms);
          const key = `${as === manager ? 'manager' : 'lead'} ${JSON.stringify(input)}`;
          byInput.set(key, [...(byInput.get(key) ?? []), ms]);
        }
    for (const [key, ms] of byInput) progress(`  ${median(ms).toFixed(1)} ms  ${key}`);
    report('sales.list_p95_ms', p95(listMs), 'ms', SALES_FLOORS['sales.list_p95_ms']);
    report('sales.list_median_ms', median(listMs), 'ms');

    progress('sales.report_pdf_ms (the manager, last year; the first print starts Chromium) …');
    const print = async (locale: 'zh-CN' | 'en-US') => {
      const t0 = performance.now();
      const r = await core.call(
        'sales.report',
        { periodKind: 'year', periodFrom: `${thisYear - 1}-01-01`, locale },
        manager,
      );
      const ms = performance.now() - t0;
      if (!r.ok) throw new Error(`sales.report failed: ${r.error.code} ${r.error.message}`);
      return { ms, kb: r.data.bytes.length / 1024 };
    };
    let cold;
    try {
      cold = await print('zh-CN');
    } catch (err) {
      progress(
        `sales.report_pdf_ms skipped: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`,
      );
      return;
    }
    report('sales.report_pdf_cold_ms', cold.ms, 'ms');
    const times: number[] = [];
    for (let i = 0; i < PRINTS; i++) times.push((await print(i % 2 ? 'zh-CN' : 'en-US')).ms);
    progress(
      `  ${PRINTS} warm prints: ${times.map((ms) => Math.round(ms)).join(', ')} ms (${cold.kb.toFixed(0)} KB)`,
    );
    report('sales.report_pdf_ms', p95(times), 'ms', SALES_FLOORS['sales.report_pdf_ms']);
    report('sales.report_pdf_median_ms', median(times), 'ms');
  } finally {
    await core.close();
  }
}
