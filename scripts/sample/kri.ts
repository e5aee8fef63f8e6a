/**
 * Early warning (风险预警, 五): the department's key risk indicators. Four are typed in every month (or
 * quarter) by their owners — readings over two years, the first year's from the old spreadsheet entered when
 * the indicator was set up — with breaches both ways: the overdue-receivables rate above its alarm (a
 * higher-is-worse figure) and the renewal rate of key clients below its warning (a lower-is-worse one).
 * Four are computed from the department's own data (complaints, clients lost, overdue follow-ups, missed
 * complaint deadlines); a few weeks ago the manager set their thresholds from the past year's figures, so
 * the ones running above their usual level show on Home as warnings.
 */
import type { Session } from '../../src/main/core/session';
import type { KriDirection, KriFrequency, KriSource } from '../../src/shared/kri/types';
import type { SampleContext, SampleDomain } from './context';
import { shortlyAfter, stepAt } from './moments';
import { SETUP_DAYS_AGO } from './org';

interface ManualKri {
  name: string;
  description: string;
  unit: string;
  direction: KriDirection;
  warning: number;
  alarm: number;
  frequency: KriFrequency;
  riskKey: string | null;
  owner: string;
  /** Readings, oldest first, ending with the last full period. */
  values: readonly number[];
}

/** Two years of month-end figures (24) or quarter-end figures (8), as the owners wrote them down. */
const MANUAL: readonly ManualKri[] = [
  {
    name: '应收账款逾期率',
    description: '逾期应收账款余额占应收账款总额的比例，月末统计。',
    unit: '%',
    direction: 'higher_worse',
    warning: 8,
    alarm: 12,
    frequency: 'monthly',
    riskKey: 'receivables',
    owner: 'lead.sales',
    values: [
      5.8, 6.1, 5.4, 6.6, 7.2, 6.9, 6.3, 5.9, 6.4, 7.1, 6.8, 7.5, 8.9, 11.4, 12.8, 10.2, 8.4, 7.1, 6.6, 6.9,
      7.4, 8.6, 10.9, 12.6,
    ],
  },
  {
    name: 'A类客户续约率',
    description: '当月合同到期的A类客户中完成续约的比例。',
    unit: '%',
    direction: 'lower_worse',
    warning: 88,
    alarm: 80,
    frequency: 'monthly',
    riskKey: 'retention',
    owner: 'lead.market',
    values: [
      93.5, 92.8, 94.1, 91.6, 92.2, 90.8, 89.4, 86.2, 79.5, 84.7, 89.9, 91.3, 92.6, 93.1, 91.8, 92.4, 90.5,
      91.2, 92.7, 90.1, 89.3, 88.6, 87.1, 86.4,
    ],
  },
  {
    name: '合同审核及时率',
    description: '销售合同在约定时限（两个工作日）内完成审核的比例。',
    unit: '%',
    direction: 'lower_worse',
    warning: 95,
    alarm: 90,
    frequency: 'monthly',
    riskKey: 'contract',
    owner: 'staff1',
    values: [
      97.2, 96.8, 98.1, 97.5, 96.2, 95.8, 93.5, 94.6, 96.9, 97.8, 98.2, 97.6, 98.4, 97.9, 96.5, 97.3, 98.6,
      98.1, 97.7, 98.3, 97.4, 98.8, 97.9, 98.2,
    ],
  },
  {
    name: '前五大客户销售占比',
    description: '季度销售额中前五大客户所占比例，衡量客户集中度。',
    unit: '%',
    direction: 'higher_worse',
    warning: 45,
    alarm: 55,
    frequency: 'quarterly',
    riskKey: null,
    owner: 'deputy1',
    values: [39.2, 40.5, 41.8, 43.1, 42.4, 44.0, 44.8, 46.3],
  },
];

interface ComputedKri {
  name: string;
  description: string;
  unit: string;
  frequency: KriFrequency;
  source: Exclude<KriSource, 'manual'>;
  riskKey: string;
  owner: string;
  /** The thresholds first set, before there was a year of figures to go by. */
  warning: number;
  alarm: number;
  /** The lowest warning worth raising, whatever the past year's figures. */
  floor: number;
}

const COMPUTED: readonly ComputedKri[] = [
  {
    name: '月度客户投诉量',
    description: '当月受理的客户投诉数量（系统自动统计）。',
    unit: '件',
    frequency: 'monthly',
    source: 'complaints_per_month',
    riskKey: 'complaints',
    owner: 'lead.service',
    warning: 25,
    alarm: 40,
    floor: 10,
  },
  {
    name: '季度流失客户数',
    description: '本季度状态变为“流失”的客户数量（系统自动统计）。',
    unit: '户',
    frequency: 'quarterly',
    source: 'clients_lost',
    riskKey: 'retention',
    owner: 'lead.market',
    warning: 5,
    alarm: 10,
    floor: 3,
  },
  {
    name: '逾期未跟进客户数',
    description: '期末时已超过计划跟进日期仍未跟进的客户跟进事项数量（系统自动统计）。',
    unit: '项',
    frequency: 'monthly',
    source: 'overdue_follow_ups',
    riskKey: 'followups',
    owner: 'lead.sales',
    warning: 20,
    alarm: 40,
    floor: 10,
  },
  {
    name: '投诉处理超时数',
    description: '当月到期的投诉响应或解决时限中超时完成或未完成的数量（系统自动统计）。',
    unit: '件',
    frequency: 'monthly',
    source: 'overdue_complaint_deadlines',
    riskKey: 'complaints',
    owner: 'lead.service',
    warning: 10,
    alarm: 20,
    floor: 5,
  },
];

/** When the indicators were set up: a month after the department started using the app. */
const SET_UP_AGO = SETUP_DAYS_AGO - 30;
/** When the manager went over the computed indicators' thresholds with a year of figures in hand. */
const RECALIBRATED_AGO = 20;

const pad = (n: number) => String(n).padStart(2, '0');
/** The last day of the month `back` months before the month of `today` (YYYY-MM-DD). */
function monthEnd(today: string, back: number): string {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - back, 0));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

export const kriSample: SampleDomain = {
  name: 'kri',
  async generate(ctx: SampleContext) {
    const org = ctx.ids.org;
    const risks = ctx.ids.risk;
    if (!org || !risks) throw new Error('the kri sample needs the org and risk samples first');
    const { rng, time } = ctx;
    const staffOf = (username: string) => org.accounts[username]!.staffId;
    let readings = 0;

    let at = stepAt(ctx, null, SET_UP_AGO)!;
    const manualIds: { id: string; kri: ManualKri; session: Session }[] = [];
    for (const k of MANUAL) {
      at = shortlyAfter(ctx, at, rng.int(5, 20)) ?? at;
      time.at(at);
      const kri = await ctx.call('kri.create', {
        name: k.name,
        description: k.description,
        unit: k.unit,
        direction: k.direction,
        warningThreshold: k.warning,
        alarmThreshold: k.alarm,
        riskId: k.riskKey ? (risks.byKey[k.riskKey] ?? null) : null,
        ownerId: staffOf(k.owner),
        frequency: k.frequency,
        source: 'manual',
        active: true,
      });
      manualIds.push({ id: kri.id, kri: k, session: await ctx.sessionFor(k.owner) });
    }

    // The readings: each period's figure entered in the first working days after it ended; those from
    // before the indicators were set up, from the spreadsheet on the day they were.
    const setUp = at;
    for (const { id, kri, session } of manualIds) {
      const step = kri.frequency === 'monthly' ? 1 : 3;
      // The last full period ended at the end of the month `lastBack` months ago (a quarter's end month).
      const month = Number(time.today.slice(5, 7));
      // A period that ended only days ago may not be written down yet: the last one is the one before.
      let lastBack = kri.frequency === 'monthly' ? 1 : ((month - 1) % 3) + 1;
      if (time.daysSince(monthEnd(time.today, lastBack)) < 4) lastBack += step;
      let last = setUp;
      for (let n = 0; n < kri.values.length; n++) {
        const periodOn = monthEnd(time.today, lastBack + step * (kri.values.length - 1 - n));
        const typedAgo = Math.max(0, time.daysSince(periodOn) - rng.int(1, 3));
        let when =
          typedAgo > SET_UP_AGO ? shortlyAfter(ctx, last, rng.int(1, 4)) : stepAt(ctx, last, typedAgo);
        // A period ending at a weekend is written down the next working day, never before it ended.
        while (when && time.dateOf(when) <= periodOn) when = shortlyAfter(ctx, when, 240);
        if (!when) continue;
        last = when;
        time.at(when);
        await ctx.call(
          'kri.addReading',
          {
            kriId: id,
            periodOn,
            value: kri.values[n]!,
            note: n === kri.values.length - 1 && kri.direction === 'higher_worse' ? '已报部门经理。' : null,
          },
          session,
        );
        readings++;
      }
    }

    // The computed ones, set up with rough thresholds, then set from the past year's figures: the warning a
    // fifth above the usual level (the median of the full periods, never below a floor worth a warning),
    // the alarm at the worst of them or twice the warning.
    time.at(shortlyAfter(ctx, setUp, rng.int(10, 30)) ?? setUp);
    const computed: { id: string; k: ComputedKri }[] = [];
    for (const k of COMPUTED) {
      const kri = await ctx.call('kri.create', {
        name: k.name,
        description: k.description,
        unit: k.unit,
        direction: 'higher_worse',
        warningThreshold: k.warning,
        alarmThreshold: k.alarm,
        riskId: risks.byKey[k.riskKey] ?? null,
        ownerId: staffOf(k.owner),
        frequency: k.frequency,
        source: k.source,
        active: true,
      });
      computed.push({ id: kri.id, k });
    }
    const review = stepAt(ctx, null, RECALIBRATED_AGO);
    if (review) {
      time.at(review);
      for (const { id, k } of computed) {
        const detail = await ctx.call('kri.get', { id });
        const full = detail.readings.filter((r) => !r.partial).slice(-12);
        if (full.length < 3) continue;
        const sorted = full.map((r) => r.value).sort((a, b) => a - b);
        const warning = Math.max(k.floor, Math.round(sorted[Math.floor(sorted.length / 2)]! * 1.2));
        const alarm = Math.max(warning * 2, Math.round(sorted[sorted.length - 1]!));
        await ctx.call('kri.update', {
          id,
          version: detail.kri.version,
          name: k.name,
          description: k.description,
          unit: k.unit,
          direction: 'higher_worse',
          warningThreshold: warning,
          alarmThreshold: alarm,
          riskId: detail.kri.riskId,
          ownerId: detail.kri.ownerId,
          frequency: k.frequency,
          source: k.source,
          active: true,
        });
      }
    }

    time.at(time.now);
    ctx.counts.kris = MANUAL.length + COMPUTED.length;
    ctx.counts['kris.readings'] = readings;
    const breaches = await ctx.call('kri.list', { states: ['warning', 'alarm'], page: 1, pageSize: 1 });
    ctx.counts['kris.inBreach'] = breaches.total;
  },
};
