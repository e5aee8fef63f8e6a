/**
 * Customer service benchmarks (issue 8): the ticket list, its search, intake and the statistics over 200,000
 * tickets, through core.call as the desk's people — the manager (everyone's tickets), the service group's
 * lead (the group's, and all they see) and a desk clerk (their own, their group's, all they see). p95 over
 * varied inputs, several rounds, after a warm-up. The tickets are written by serviceBulk.ts (BENCH ONLY).
 */
import type { Core } from '../src/main/core/createCore';
import type { Session } from '../src/main/core/session';
import type { ChannelInput } from '../src/shared/contract/channels';
import { chinaDateOf } from '../src/shared/calendar/workingTime';
import type { TicketKind } from '../src/shared/service/types';
import { DEMO_PASSWORD } from '../scripts/sample';
import { createRandom } from '../scripts/sample/random';
import { p95 } from './clients';
import { writeBulkClients } from './clientsBulk';
import { median, progress, report } from './report';
import { addDeskClerks, setBenchDeadlines, writeBulkTickets, type BulkTickets } from './serviceBulk';
import { serviceListBreakdown } from './serviceCost';

export const SERVICE_FLOORS = {
  'service.list_p95_ms': 20,
  'service.search2_p95_ms': 80,
  'service.stats_year_ms': 300,
  'service.create_p95_ms': 10,
  'service.analysis_pdf_ms': 3000,
  'service.ui_filter_p95_ms': 150,
} as const;

const TICKETS = Number(process.env.BENCH_TICKETS ?? 200_000);
const BENCH_CLIENT_FILES = Number(process.env.BENCH_CLIENTS ?? 100_000);
const WARMUP = 10;
/** Rounds over the same inputs: a p95 of a few dozen samples at the millisecond scale is mostly noise. */
const ROUNDS = 3;

type ListInput = ChannelInput<'service.list'>;

/** The desk's people whose lists are measured. */
export interface ServiceViewers {
  manager: Session;
  lead: Session;
  clerk: Session;
}

/** The service group's lead and a desk clerk of that group (the sample department's documented logins). */
export async function serviceViewers(core: Core, manager: Session): Promise<ServiceViewers> {
  const login = async (username: string) => {
    const session = core.sessions.create();
    const r = await core.call('auth.login', { username, password: DEMO_PASSWORD }, session);
    if (!r.ok) throw new Error(`login ${username} failed: ${r.error.code}`);
    return session;
  };
  return { manager, lead: await login('lead.service'), clerk: await login('staff2') };
}

/**
 * The client files the tickets come from: the bench's 100,000 when the client benchmarks wrote them, else the
 * same files written now without their communication history (which no ticket needs).
 */
async function ensureBenchClients(core: Core, manager: Session, seed: number): Promise<void> {
  const files = await core.call('clients.list', { page: 1, pageSize: 1 }, manager);
  if (!files.ok) throw new Error(`clients.list failed: ${files.error.code}`);
  if (files.data.total >= BENCH_CLIENT_FILES / 2) return;
  progress(`service: writing ${BENCH_CLIENT_FILES} client files for the tickets (bench only) …`);
  const t = performance.now();
  writeBulkClients(core, { seed, clients: BENCH_CLIENT_FILES, communications: 0, years: 3 });
  progress(`  written in ${((performance.now() - t) / 1000).toFixed(1)} s`);
}

/** The 200,000 tickets every service benchmark runs against (BENCH ONLY, see serviceBulk.ts). */
export async function writeBenchTickets(core: Core, manager: Session, seed: number): Promise<BulkTickets> {
  await ensureBenchClients(core, manager, seed);
  await setBenchDeadlines(core, manager);
  await addDeskClerks(core, manager, DEMO_PASSWORD);
  const existing = await core.call('service.list', { scope: 'all', pageSize: 1 }, manager);
  const have = existing.ok ? existing.data.total : 0;
  const tickets = Math.max(0, TICKETS - have);
  progress(`service: writing ${tickets} tickets (bench only; ${have} there already) …`);
  const t = performance.now();
  const bulk = writeBulkTickets(core, { seed, tickets });
  progress(
    `  written in ${((performance.now() - t) / 1000).toFixed(1)} s: ${bulk.events} timeline steps, ` +
      `${bulk.overdue} overdue, from ${bulk.clients} client files; ` +
      Object.entries(bulk.byStatus)
        .map(([s, n]) => `${s} ${n}`)
        .join(', '),
  );
  return bulk;
}

/** p95 (and the samples) of running `fn` on each input, ROUNDS times, after WARMUP unmeasured runs. */
async function sampleMs<T>(inputs: readonly T[], fn: (input: T) => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < WARMUP; i++) await fn(inputs[i % inputs.length]!);
  const times: number[] = [];
  for (let r = 0; r < ROUNDS; r++)
    for (const input of inputs) {
      const t = performance.now();
      await fn(input);
      times.push(performance.now() - t);
    }
  return times;
}

interface Labelled {
  who: keyof ServiceViewers;
  input: ListInput;
}

const BASE: ListInput = { sort: 'receivedAt', order: 'desc', page: 1, pageSize: 20 };

/** The filters people set on the desk list: one or two at a time, varied. */
function listFilters(seed: number, today: string): ListInput[] {
  const rng = createRandom(seed).fork('bench-service-lists');
  const categories = ['product_quality', 'delivery', 'service_attitude', 'billing', 'other'];
  const departments = ['quality', 'production', 'logistics', 'finance', 'sales', 'customer_service'];
  const month = () => {
    const back = rng.int(1, 12);
    const d = new Date(`${today}T00:00:00Z`);
    d.setUTCMonth(d.getUTCMonth() - back);
    const from = d.toISOString().slice(0, 10);
    d.setUTCDate(d.getUTCDate() + rng.int(6, 30));
    return { from, to: d.toISOString().slice(0, 10) };
  };
  const byDeadline = { sort: 'dueAt', order: 'asc' } as const;
  const makers: (() => Partial<ListInput>)[] = [
    () => ({ statuses: [rng.pick(['registered', 'investigating', 'resolving', 'feedback'] as const)] }),
    () => ({ statuses: ['open'], ...byDeadline }),
    () => ({ statuses: ['closed'] }),
    () => ({ categories: [rng.pick(categories)] }),
    () => ({ overdue: true, ...byDeadline }),
    () => ({ overdue: true, kinds: ['complaint'] }),
    () => ({ kinds: [rng.pick(['complaint', 'inquiry'] as const)] }),
    () => month(),
    () => ({ ...month(), kinds: ['complaint'] }),
    () => ({ openOnly: true, ...byDeadline }),
    () => ({ openOnly: true, categories: [rng.pick(categories)] }),
    () => ({ categories: [rng.pick(categories)], statuses: ['closed'] }),
    () => ({ channels: [rng.pick(['hotline', 'wechat', 'email', 'walk_in'] as const)] }),
    () => ({ severities: ['critical'] }),
    () => ({ departments: [rng.pick(departments)] }),
    () => ({}),
  ];
  return makers.map((make) => ({ ...BASE, ...make() }));
}

/** Each viewer with the scopes their list offers, over the same filters. */
function listInputs(seed: number, today: string): Labelled[] {
  const filters = listFilters(seed, today);
  const out: Labelled[] = [];
  filters.forEach((f, i) => {
    out.push({ who: 'manager', input: { ...f, scope: 'all' } });
    out.push({ who: 'lead', input: { ...f, scope: i % 2 ? 'all' : 'group' } });
    out.push({ who: 'clerk', input: { ...f, scope: (['mine', 'group', 'all'] as const)[i % 3] } });
  });
  return out;
}

export async function benchService(core: Core, manager: Session, seed: number): Promise<void> {
  await writeBenchTickets(core, manager, seed);
  const viewers = await serviceViewers(core, manager);
  const today = chinaDateOf(Date.now());

  const call = async (who: keyof ServiceViewers, input: ListInput) => {
    const r = await core.call('service.list', input, viewers[who]);
    if (!r.ok) throw new Error(`service.list failed: ${r.error.code} ${r.error.message}`);
    return r.data;
  };

  // Lists: every input timed, the slowest named (what to look at when the floor is missed).
  const lists = listInputs(seed, today);
  progress(
    `service.list_p95_ms (${lists.length} lists × ${ROUNDS} rounds: manager, service lead, desk clerk) …`,
  );
  const perInput = new Map<Labelled, number[]>();
  const totals = new Map<Labelled, number>();
  const times = await sampleMs(lists, async (l) => {
    const t = performance.now();
    const page = await call(l.who, l.input);
    const ms = performance.now() - t;
    perInput.set(l, [...(perInput.get(l) ?? []), ms]);
    totals.set(l, page.total);
  });
  report('service.list_p95_ms', p95(times), 'ms', SERVICE_FLOORS['service.list_p95_ms']);
  report('service.list_median_ms', median(times), 'ms');
  for (const who of ['manager', 'lead', 'clerk'] as const) {
    const mine = [...perInput].filter(([l]) => l.who === who).flatMap(([, t]) => t);
    report(`service.list_${who}_p95_ms`, p95(mine), 'ms');
  }
  const slowest = [...perInput]
    .map(([l, t]) => ({ l, ms: median(t) }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 5);
  for (const { l, ms } of slowest) {
    const { sort, order, page: _p, pageSize: _s, ...filter } = l.input;
    progress(
      `  slowest: ${ms.toFixed(1)} ms  ${l.who} ${JSON.stringify(filter)} ${sort} ${order} (${totals.get(l)} rows)`,
    );
  }

  await benchSearch(core, viewers, seed);
  await serviceListBreakdown(core, viewers.manager, {
    ...BASE,
    scope: 'all',
    overdue: true,
    sort: 'dueAt',
    order: 'asc',
  });
  await benchStats(core, viewers.manager);
  await benchCreate(core, viewers, seed);
}

/** The last whole year of China dates, today included: the period a year's statistics and report cover. */
export function lastYear(): { from: string; to: string } {
  const to = chinaDateOf(Date.now());
  const from = new Date(Date.parse(`${to}T00:00:00Z`) - 364 * 86_400_000).toISOString().slice(0, 10);
  return { from, to };
}

/** Every statistic of a year (against the year before), for complaints and for inquiries, as the manager. */
async function benchStats(core: Core, manager: Session): Promise<void> {
  const year = lastYear();
  const stats = async (kind: TicketKind) => {
    const t = performance.now();
    const r = await core.call('service.stats', { ...year, kind }, manager);
    if (!r.ok) throw new Error(`service.stats failed: ${r.error.code} ${r.error.message}`);
    return { ms: performance.now() - t, total: r.data.current.total };
  };
  progress(`service.stats_year_ms (${year.from} – ${year.to}, complaints and inquiries) …`);
  const cold = await stats('complaint');
  report('service.stats_year_cold_ms', cold.ms, 'ms');
  const medians: number[] = [];
  for (const kind of ['complaint', 'inquiry'] as const) {
    const runs: number[] = [];
    let total = 0;
    for (let i = 0; i < 7; i++) {
      const r = await stats(kind);
      runs.push(r.ms);
      total = r.total;
    }
    progress(`  ${kind}: ${total} tickets in the year; ${runs.map((ms) => Math.round(ms)).join(', ')} ms`);
    report(`service.stats_year_${kind}_ms`, median(runs), 'ms');
    medians.push(median(runs));
  }
  // The slower kind: every statistic of a year, whichever the page shows.
  report('service.stats_year_ms', Math.max(...medians), 'ms', SERVICE_FLOORS['service.stats_year_ms']);
}

/** Two-character words people type into the desk's search box, and longer pieces. */
async function benchSearch(core: Core, viewers: ServiceViewers, seed: number): Promise<void> {
  const rng = createRandom(seed).fork('bench-service-search');
  // Callers' names as a person would type them: the contacts of recent tickets.
  const recent = await core.call('service.list', { ...BASE, scope: 'all', pageSize: 200 }, viewers.manager);
  if (!recent.ok) throw new Error(`service.list failed: ${recent.error.code}`);
  const names = [
    ...new Set(recent.data.rows.map((r) => r.contactName).filter((n) => n !== null && [...n].length >= 2)),
  ] as string[];
  const twoChars = [
    '退货',
    '发票',
    '延误',
    '质量',
    '换货',
    '破损',
    '扣款',
    '异响',
    '漏水',
    '保修',
    '物流',
    '划痕',
    ...Array.from({ length: 4 }, () => [...rng.pick(names)].slice(0, 2).join('')),
  ];
  const longer = [
    '发票抬头',
    '物流延误',
    '重复扣款',
    '无人接听',
    '增值税专用发票',
    '空气净化器',
    '外箱破损',
    '保修期限',
    '退款迟迟',
    '电源适配器',
    ...Array.from({ length: 4 }, () => rng.pick(names)),
  ];
  const who: (keyof ServiceViewers)[] = ['manager', 'lead', 'clerk'];
  const scopes = { manager: 'all', lead: 'group', clerk: 'all' } as const;
  const inputs = (words: string[]) =>
    words.flatMap((search, i) => {
      const w = who[i % who.length]!;
      return [{ w, input: { ...BASE, scope: scopes[w], search } as ListInput }];
    });
  for (const [metric, words, floor] of [
    ['service.search2_p95_ms', twoChars, SERVICE_FLOORS['service.search2_p95_ms']],
    ['service.search3_p95_ms', longer, undefined],
  ] as const) {
    progress(`${metric} (${words.length} searches × ${ROUNDS} rounds) …`);
    const hits: number[] = [];
    const times = await sampleMs(inputs([...words]), async ({ w, input }) => {
      const r = await core.call('service.list', input, viewers[w]);
      if (!r.ok) throw new Error(`service.list failed: ${r.error.code}`);
      hits.push(r.data.total);
    });
    report(metric, p95(times), 'ms', floor);
    const sorted = hits.sort((a, b) => a - b);
    progress(
      `  hits: min ${sorted[0]}, median ${sorted[sorted.length >> 1]}, max ${sorted[sorted.length - 1]}`,
    );
  }
}

/** Intake: a desk clerk saving new tickets, complaints and inquiries, from known clients and unknown callers. */
async function benchCreate(core: Core, viewers: ServiceViewers, seed: number): Promise<void> {
  const rng = createRandom(seed).fork('bench-service-create');
  const clerk = viewers.clerk;
  const page = await core.call('service.list', { ...BASE, scope: 'all', pageSize: 200 }, viewers.manager);
  if (!page.ok) throw new Error(`service.list failed: ${page.error.code}`);
  const handlers = [...new Set(page.data.rows.map((r) => r.handlerId).filter((h) => h !== null))];
  const clients = page.data.rows.filter((r) => r.clientId !== null);
  const inputs = Array.from({ length: 60 }, (_, i): ChannelInput<'service.create'> => {
    const kind: TicketKind = i % 2 ? 'complaint' : 'inquiry';
    const client = rng.chance(0.8) ? rng.pick(clients) : null;
    return {
      kind,
      channel: rng.pick(['hotline', 'wechat', 'email', 'walk_in'] as const),
      callerPhone: `1${rng.pick(['38', '39', '58'])}${rng.digits(8)}`,
      clientId: client?.clientId ?? null,
      callerName: client ? null : '来电客户',
      receivedAt: new Date(Date.now() - rng.int(1, 30) * 60_000).toISOString(),
      content:
        kind === 'complaint'
          ? '客户来电反映到货的空气净化器外壳破损，要求换货。'
          : '客户来电询问发票开具流程。',
      category: rng.pick(['product_quality', 'delivery', 'billing']),
      severity: rng.pick(['normal', 'normal', 'major'] as const),
      handlerId: rng.pick(handlers),
    };
  });
  progress(`service.create_p95_ms (${inputs.length} tickets saved by the desk clerk) …`);
  const times: number[] = [];
  for (const [i, input] of inputs.entries()) {
    const t = performance.now();
    const r = await core.call('service.create', input, clerk);
    const ms = performance.now() - t;
    if (!r.ok) throw new Error(`service.create failed: ${r.error.code} ${r.error.message}`);
    if (i >= 5) times.push(ms); // the first few prepare the statements
  }
  report('service.create_p95_ms', p95(times), 'ms', SERVICE_FLOORS['service.create_p95_ms']);
  report('service.create_median_ms', median(times), 'ms');
}
