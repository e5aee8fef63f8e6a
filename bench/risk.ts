/**
 * Risk register benchmarks (issue 9): 10,000 risks added to the bench database through the register's own
 * service functions — identified, assessed, answered, given actions, reassessed, actions done, some closed —
 * week by week over three years (the clock pinned to each week, so the history the comparison map reads is
 * spread over time), each week one `mutate`: every rule checked, every step audited, one transaction.
 * Then, through core.call as the manager and as a group lead: the list (filters, sorts, searches of one to
 * three Chinese characters, scopes), the heat map (with and without an earlier day), and the register
 * report printed by headless Chromium. p95 over varied inputs after a warm-up; tests never assert timings.
 */
import type { UserCtx } from '../src/main/core/context';
import { createCore, type Core } from '../src/main/core/createCore';
import { silentLogger } from '../src/main/core/logger';
import { mutate } from '../src/main/core/mutation';
import type { Session } from '../src/main/core/session';
import { listStaff } from '../src/main/domains/org/staff';
import { addRiskAction, setRiskActionStatus } from '../src/main/domains/risk/actions';
import { createRisk } from '../src/main/domains/risk/service';
import { assessRisk, moveRisk, respondToRisk } from '../src/main/domains/risk/workflow';
import { createChromiumPrinter } from '../src/main/harness/chromiumPrinter';
import { chinaDateOf } from '../src/shared/calendar/workingTime';
import type { ChannelInput } from '../src/shared/contract/channels';
import type { RiskStrategy } from '../src/shared/risk/types';
import { DEMO_PASSWORD } from '../scripts/sample';
import { createRandom, type Random } from '../scripts/sample/random';
import { p95 } from './clients';
import { noPrinter } from './database';
import { median, progress, report } from './report';

export const RISK_FLOORS = {
  'risk.list_p95_ms': 20,
  'risk.heatmap_ms': 50,
  'risk.register_report_pdf_ms': 3000,
} as const;

const RISKS = Number(process.env.BENCH_RISKS ?? 10_000);
const WEEKS = 156;
const DAY = 86_400_000;
const PRINTS = Number(process.env.BENCH_REPORT_SAMPLES ?? 6);

/** What a department writes about its risks: category, a title of a few words, a cause. */
const TOPICS: Record<string, readonly [string, string][]> = {
  credit: [
    ['重点客户回款逾期', '客户资金周转紧张'],
    ['经销商信用恶化', '经销商经营亏损'],
    ['应收账款坏账风险', '授信审批不严'],
    ['预付款无法收回', '供应商经营异常'],
  ],
  market: [
    ['原材料价格上涨', '大宗商品价格波动'],
    ['主要竞争对手降价', '行业产能过剩'],
    ['重点市场需求下滑', '宏观经济下行'],
    ['汇率波动影响利润', '人民币汇率波动'],
  ],
  legal: [
    ['合同条款不完整', '合同模板未及时更新'],
    ['客户信息泄露', '数据访问权限过宽'],
    ['知识产权纠纷', '宣传材料使用未授权图片'],
    ['广告用语不合规', '新广告法要求'],
  ],
  operational: [
    ['报价错误', '新员工不熟悉报价系统'],
    ['发货延误', '物流供应商运力不足'],
    ['关键岗位人员流失', '薪酬竞争力不足'],
    ['系统故障导致订单丢失', '服务器老化'],
  ],
  other: [
    ['展会预算超支', '场地费用上涨'],
    ['突发公共卫生事件影响拜访', '外部环境变化'],
  ],
};
const CATEGORY_WEIGHTS: readonly (readonly [string, number])[] = [
  ['credit', 30],
  ['market', 25],
  ['operational', 25],
  ['legal', 15],
  ['other', 5],
];
const STRATEGIES: readonly (readonly [RiskStrategy, number])[] = [
  ['reduce', 50],
  ['transfer', 15],
  ['avoid', 10],
  ['accept', 25],
];
const ACTIONS = [
  '制定应对预案',
  '加强审批复核',
  '与客户签订补充协议',
  '开展专项培训',
  '更新操作规程',
  '增加担保措施',
];

/** A clock the writer pins to each week of the history; unpinned, it is the real time. */
class PinnedClock {
  private pinned: number | null = null;
  now(): Date {
    return new Date(this.pinned ?? Date.now());
  }
  pin(ms: number | null): void {
    this.pinned = ms;
  }
}

interface Tracked {
  id: string;
  version: number;
  week: number;
  identifiedOn: string;
  status: 'identified' | 'assessed' | 'responding' | 'closed';
  actions: { id: string; version: number }[];
}

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

/** Likelihood and impact, most risks in the middle of the grid and a few at the corners. */
const cell = (rnd: Random) => ({
  likelihood: rnd.weighted([
    [1, 10],
    [2, 25],
    [3, 35],
    [4, 20],
    [5, 10],
  ] as const),
  impact: rnd.weighted([
    [1, 8],
    [2, 22],
    [3, 35],
    [4, 25],
    [5, 10],
  ] as const),
});

/**
 * Writes the register: in each of 156 weeks (the clock pinned to its Wednesday), one mutation that
 * identifies the week's risks (most assessed at once), answers those identified four weeks before (with
 * one or two actions), reassesses some of those from twelve weeks before and marks most of their actions
 * done, and closes a third of those from thirty weeks before.
 */
function writeRisks(ctx: UserCtx, clock: PinnedClock, seed: number): { risks: number; actions: number } {
  const rnd = createRandom(seed).fork('risk');
  const staff = listStaff(ctx, { search: null, groupId: null, status: null }).filter(
    (s) => s.status === 'active' && s.groupId !== null,
  );
  const perWeek = Math.ceil(RISKS / WEEKS);
  const today = Date.now();
  const tracked: Tracked[] = [];
  const byWeek = new Map<number, Tracked[]>();
  let actions = 0;
  for (let week = 0; week < WEEKS && tracked.length < RISKS; week++) {
    const at = today - (WEEKS - week) * 7 * DAY;
    clock.pin(at);
    const day = chinaDateOf(at);
    mutate(ctx, (m) => {
      const made: Tracked[] = [];
      for (let i = 0; i < perWeek && tracked.length + made.length < RISKS; i++) {
        const category = rnd.weighted(CATEGORY_WEIGHTS);
        const [title, cause] = rnd.pick(TOPICS[category]!);
        const assessed = rnd.chance(0.85);
        const identifiedOn = addDays(day, -rnd.int(0, 6));
        const r = createRisk(m, {
          title: `${title}（${rnd.pick(staff).name}）`,
          category,
          description: null,
          cause,
          ownerId: rnd.pick(staff).id,
          clientId: null,
          identifiedOn,
          ...(assessed ? cell(rnd) : { likelihood: null, impact: null }),
        });
        made.push({
          id: r.id,
          version: r.version,
          week,
          identifiedOn,
          status: assessed ? 'assessed' : 'identified',
          actions: [],
        });
      }
      byWeek.set(week, made);
      tracked.push(...made);

      for (const t of byWeek.get(week - 4) ?? []) {
        if (t.status === 'identified') {
          const r = assessRisk(m, t, { ...cell(rnd), reason: null });
          t.version = r.version;
          t.status = 'assessed';
        }
        if (t.status !== 'assessed' || !rnd.chance(0.8)) continue;
        const strategy = rnd.weighted(STRATEGIES);
        const r = respondToRisk(m, t, {
          strategy,
          responsePlan: null,
          acceptanceReason: strategy === 'accept' ? '影响有限，应对成本高于损失' : null,
        });
        t.version = r.version;
        t.status = 'responding';
        if (strategy === 'accept') continue;
        for (let a = rnd.int(1, 2); a > 0; a--) {
          const action = addRiskAction(m, t.id, {
            title: rnd.pick(ACTIONS),
            ownerId: rnd.pick(staff).id,
            dueOn: addDays(day, rnd.int(14, 120)),
          });
          t.actions.push({ id: action.id, version: action.version });
          actions++;
        }
      }
      for (const t of byWeek.get(week - 12) ?? []) {
        if (t.status === 'closed' || t.status === 'identified') continue;
        if (rnd.chance(0.4)) {
          const r = assessRisk(m, t, { ...cell(rnd), reason: '季度复评：外部情况变化' });
          t.version = r.version;
        }
        for (const a of t.actions)
          if (rnd.chance(0.7)) {
            const done = setRiskActionStatus(m, a.id, a.version, { status: 'done', doneOn: day, note: null });
            a.version = done.version;
          }
      }
      for (const t of byWeek.get(week - 30) ?? []) {
        if (t.status === 'closed' || !rnd.chance(0.35)) continue;
        const r = moveRisk(m, t, { to: 'closed', note: '风险已消除' });
        t.version = r.version;
        t.status = 'closed';
      }
    });
  }
  clock.pin(null);
  return { risks: tracked.length, actions };
}

async function loginAs(core: Core, username: string): Promise<Session> {
  const session = core.sessions.create();
  const r = await core.call('auth.login', { username, password: DEMO_PASSWORD }, session);
  if (!r.ok) throw new Error(`login ${username} failed: ${r.error.code}`);
  return session;
}

async function timed(fn: () => Promise<{ ok: boolean; error?: { code: string } }>): Promise<number> {
  const t = performance.now();
  const r = await fn();
  const ms = performance.now() - t;
  if (!r.ok) throw new Error(`call failed: ${r.error?.code}`);
  return ms;
}

type ListInput = Partial<ChannelInput<'risk.list'>>;

/** The list as people use it: filters, sorts, short Chinese searches, scopes. */
const LIST_INPUTS: readonly ListInput[] = [
  {},
  { openOnly: true },
  { levels: ['critical', 'high'], openOnly: true },
  { categories: ['credit'] },
  { statuses: ['responding'], sortBy: 'nextReviewOn', sortDir: 'asc' },
  { reviewDue: true },
  { overdueActions: true },
  { strategies: ['accept'], sortBy: 'updatedAt' },
  { search: '逾' },
  { search: '客户' },
  { search: '原材料' },
  { search: '价', levels: ['medium'] },
  { sortBy: 'title', sortDir: 'asc' },
  { sortBy: 'identifiedOn', from: '2025-01-01' },
  { scope: 'mine' },
  { scope: 'group' },
  { page: 20 },
];

export async function benchRisk(dataDir: string, seed: number): Promise<void> {
  const clock = new PinnedClock();
  const core = await createCore({
    dataDir,
    printer: noPrinter,
    logger: silentLogger,
    autoBackup: false,
    clock,
  });
  try {
    const manager = await loginAs(core, 'manager');
    const lead = await loginAs(core, 'lead.sales');
    progress(`Writing ${RISKS} risks through the register's services, week by week over three years …`);
    const t = performance.now();
    const written = writeRisks(core.context(manager) as UserCtx, clock, seed);
    progress(
      `  ${written.risks} risks, ${written.actions} actions (${Math.round(performance.now() - t)} ms)`,
    );

    progress('risk.list_p95_ms (manager and sales lead) …');
    const list = (as: Session, input: ListInput) => () =>
      core.call('risk.list', { pageSize: 50, ...input }, as);
    for (const input of LIST_INPUTS) await list(manager, input)();
    const listMs: number[] = [];
    const byInput = new Map<string, number[]>();
    const who = (as: Session) => (as === manager ? 'manager' : 'lead');
    const note = (key: string, ms: number) => byInput.set(key, [...(byInput.get(key) ?? []), ms]);
    for (let round = 0; round < 5; round++)
      for (const as of [manager, lead])
        for (const input of LIST_INPUTS) {
          const ms = await timed(list(as, input));
          listMs.push(ms);
          note(`list ${who(as)} ${JSON.stringify(input)}`, ms);
        }
    // Which inputs cost what: the p95 alone does not say where to look.
    for (const [key, ms] of byInput) progress(`  ${median(ms).toFixed(1)} ms  ${key}`);
    report('risk.list_p95_ms', p95(listMs), 'ms', RISK_FLOORS['risk.list_p95_ms']);
    report('risk.list_median_ms', median(listMs), 'ms');

    progress('risk.heatmap_ms (with and without an earlier day) …');
    const today = chinaDateOf(Date.now());
    const heatInputs: ChannelInput<'risk.heatmap'>[] = [
      { compareTo: null },
      { compareTo: addDays(today, -90) },
      { compareTo: addDays(today, -365) },
      { categories: ['credit', 'market'], compareTo: addDays(today, -180) },
    ];
    const heat = (as: Session, input: ChannelInput<'risk.heatmap'>) => () =>
      core.call('risk.heatmap', input, as);
    for (const input of heatInputs) await heat(manager, input)();
    const heatMs: number[] = [];
    const plainMs: number[] = [];
    for (let round = 0; round < 5; round++)
      for (const as of [manager, lead])
        for (const input of heatInputs) {
          const ms = await timed(heat(as, input));
          heatMs.push(ms);
          note(`heat ${who(as)} ${JSON.stringify(input)}`, ms);
          if (!input.compareTo) plainMs.push(ms);
        }
    for (const [key, ms] of byInput)
      if (key.startsWith('heat ')) progress(`  ${median(ms).toFixed(1)} ms  ${key}`);
    report('risk.heatmap_ms', p95(heatMs), 'ms', RISK_FLOORS['risk.heatmap_ms']);
    report('risk.heatmap_now_median_ms', median(plainMs), 'ms');
  } finally {
    await core.close();
  }
  await benchRegisterReport(dataDir);
}

/** The register report over the 10,000 risks, generated and printed by headless Chromium (kept warm). */
async function benchRegisterReport(dataDir: string): Promise<void> {
  const core = await createCore({
    dataDir,
    printer: createChromiumPrinter(),
    logger: silentLogger,
    autoBackup: false,
  });
  try {
    const manager = await loginAs(core, 'manager');
    const today = chinaDateOf(Date.now());
    const input = (locale: 'zh-CN' | 'en-US'): ChannelInput<'reports.riskRegister'> => ({
      locale,
      from: `${today.slice(0, 4)}-01-01`,
      to: today,
      compareTo: addDays(today, -90),
    });
    const print = async (locale: 'zh-CN' | 'en-US') => {
      const t = performance.now();
      const r = await core.call('reports.riskRegister', input(locale), manager);
      const ms = performance.now() - t;
      if (!r.ok) throw new Error(`reports.riskRegister failed: ${r.error.code} ${r.error.message}`);
      return { ms, kb: r.data.bytes.length / 1024 };
    };
    progress('risk.register_report_pdf_ms (10,000 risks; the first print starts Chromium) …');
    let cold;
    try {
      cold = await print('zh-CN');
    } catch (err) {
      progress(
        `risk.register_report_pdf_ms skipped: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`,
      );
      return;
    }
    report('risk.register_report_pdf_cold_ms', cold.ms, 'ms');
    const times: number[] = [];
    for (let i = 0; i < PRINTS; i++) times.push((await print(i % 2 ? 'zh-CN' : 'en-US')).ms);
    progress(
      `  ${PRINTS} warm prints: ${times.map((ms) => Math.round(ms)).join(', ')} ms (${cold.kb.toFixed(0)} KB)`,
    );
    report('risk.register_report_pdf_ms', p95(times), 'ms', RISK_FLOORS['risk.register_report_pdf_ms']);
    report('risk.register_report_pdf_median_ms', median(times), 'ms');
  } finally {
    await core.close();
  }
}
