import { describe, expect, it } from 'vitest';
import { chartSvg } from '../../../src/main/printing/chartSvg';
import {
  categoryChart,
  channelChart,
  monthChart,
  paretoChart,
  slaChart,
  statsCharts,
  type StatsChartLabels,
} from '../../../src/shared/service/charts';
import type { PeriodFigures, ServiceStats } from '../../../src/shared/service/stats';

/** Plain words, so each test reads what the chart says without a translation in between. */
const labels: StatsChartLabels = {
  category: (k) => ({ product_quality: '产品质量', delivery: '交付配送', billing: '账单结算' })[k] ?? k,
  channel: (k) => `ch:${k}`,
  month: (m, withYear = true) => (withYear ? m : m.slice(5)),
  current: 'now',
  previous: 'before',
  count: 'count',
  cumulative: 'cumulative',
  firstResponse: 'response',
  resolution: 'resolution',
  number: (n) => String(n),
  percent: (n) => `${n}%`,
  countShare: (n, share) => `${n} [${share}%]`,
};

const figures = (over: Partial<PeriodFigures> = {}): PeriodFigures => ({
  total: 0,
  responseSla: { due: 0, met: 0, pct: null },
  resolutionSla: { due: 0, met: 0, pct: null },
  toResponse: { n: 0, meanHours: null, medianHours: null },
  toResolution: { n: 0, meanHours: null, medianHours: null },
  satisfaction: { n: 0, meanScore: null, satisfiedPct: null },
  reopened: 0,
  ...over,
});

const STATS: ServiceStats = {
  kind: 'complaint',
  period: { from: '2026-01-01', to: '2026-04-30' },
  previousPeriod: { from: '2025-09-02', to: '2025-12-31' },
  current: figures({
    total: 10,
    responseSla: { due: 10, met: 8, pct: 80 },
    resolutionSla: { due: 8, met: 6, pct: 75 },
  }),
  previous: figures({ total: 6, responseSla: { due: 6, met: 3, pct: 50 } }),
  byCategory: [
    { key: 'product_quality', count: 6, previous: 2 },
    { key: 'delivery', count: 3, previous: 3 },
    { key: 'billing', count: 1, previous: 1 },
  ],
  byChannel: [
    { key: 'hotline', count: 7, previous: 4 },
    { key: 'email', count: 3, previous: 1 },
    { key: 'wechat', count: 0, previous: 1 },
  ],
  byDepartment: [],
  byMonth: [
    { month: '2026-01', count: 4 },
    { month: '2026-02', count: 3 },
    { month: '2026-03', count: 2 },
    { month: '2026-04', count: 1 },
  ],
  pareto: [
    { key: 'product_quality', count: 6, share: 60, cumulative: 60 },
    { key: 'delivery', count: 3, share: 30, cumulative: 90 },
    { key: 'billing', count: 1, share: 10, cumulative: 100 },
  ],
};

// The options are plain objects; read them loosely, as ECharts does.
/* eslint-disable @typescript-eslint/no-explicit-any */
const opt = (c: { option: unknown } | null) => c!.option as any;

describe('chart options built from the statistics', () => {
  it('by category: this period and the previous one side by side, the largest on top', () => {
    const o = opt(categoryChart(STATS, labels));
    expect(o.yAxis.data).toEqual(['产品质量', '交付配送', '账单结算']);
    expect(o.yAxis.inverse).toBe(true);
    expect(o.series.map((s: any) => [s.name, s.type, s.data])).toEqual([
      ['now', 'bar', [6, 3, 1]],
      ['before', 'bar', [2, 3, 1]],
    ]);
    expect(o.animation).toBe(false);
    expect(o.textStyle.fontFamily).toContain('Noto Sans SC');
  });

  it('Pareto: bars of counts, most first, and the running share on a 0–100 % axis', () => {
    const o = opt(paretoChart(STATS, labels));
    expect(o.xAxis.data).toEqual(['产品质量', '交付配送', '账单结算']);
    expect(o.series[0]).toMatchObject({ type: 'bar', data: [6, 3, 1] });
    expect(o.series[1]).toMatchObject({ type: 'line', yAxisIndex: 1, data: [60, 90, 100] });
    expect(o.yAxis[1]).toMatchObject({ min: 0, max: 100 });
    expect(o.yAxis[1].axisLabel.formatter(75)).toBe('75%');
  });

  it('by month: a line for a run of months, named without the year inside one year; bars for a few', () => {
    const o = opt(monthChart(STATS, labels));
    expect(o.xAxis.data).toEqual(['01', '02', '03', '04']);
    expect(o.series[0]).toMatchObject({ type: 'line', data: [4, 3, 2, 1] });
    const short = opt(monthChart({ ...STATS, byMonth: STATS.byMonth.slice(0, 2) }, labels));
    expect(short.series[0].type).toBe('bar');
    const acrossYears = opt(
      monthChart({ ...STATS, byMonth: [{ month: '2025-12', count: 1 }, ...STATS.byMonth] }, labels),
    );
    expect(acrossYears.xAxis.data[0]).toBe('2025-12');
  });

  it("by channel: a ring of this period's channels, each with its count and share", () => {
    const o = opt(channelChart(STATS, labels));
    expect(o.series[0].type).toBe('pie');
    // WeChat had none this period: not a slice.
    expect(o.series[0].data).toEqual([
      { name: 'ch:hotline', value: 7 },
      { name: 'ch:email', value: 3 },
    ]);
    expect(o.series[0].label.formatter({ name: 'ch:hotline', value: 7 })).toBe('ch:hotline  7 [70%]');
  });

  it('deadlines met: first response and resolution in percent against the previous period', () => {
    const o = opt(slaChart(STATS, labels));
    expect(o.yAxis.data).toEqual(['response', 'resolution']);
    expect(o.series.map((s: any) => s.data)).toEqual([
      [80, 75],
      [50, null],
    ]);
    expect(o.xAxis).toMatchObject({ min: 0, max: 100 });
    // Nothing was due before: no label on a bar that is not there.
    expect(o.series[1].label.formatter({ value: null })).toBe('');
  });

  it('a chart with nothing to show is not built; the rest keep their order', () => {
    const empty: ServiceStats = {
      ...STATS,
      current: figures(),
      previous: figures(),
      byCategory: [],
      byChannel: [],
      byMonth: [{ month: '2026-01', count: 0 }],
      pareto: [],
    };
    expect(statsCharts(empty, labels)).toEqual([]);
    expect(statsCharts(STATS, labels).map((c) => c.key)).toEqual([
      'category',
      'pareto',
      'month',
      'channel',
      'sla',
    ]);
    const onlyPrevious = { ...empty, previous: figures({ responseSla: { due: 2, met: 1, pct: 50 } }) };
    expect(statsCharts(onlyPrevious, labels).map((c) => c.key)).toEqual(['sla']);
  });
});

describe('the same options drawn on the server for the PDF', () => {
  it('is an SVG of the given size whose labels are text in the bundled font, Chinese included', async () => {
    const c = categoryChart(STATS, labels)!;
    const svg = (await chartSvg(c.option, { height: c.height })).html;
    expect(svg).toMatch(/^<div class="chart"><svg [^>]*width="680" height="\d+"/);
    for (const text of ['产品质量', '交付配送', 'now', 'before']) expect(svg).toContain(`>${text}</text>`);
    expect(svg).toContain("font-family:'Noto Sans SC'");
  });
});
