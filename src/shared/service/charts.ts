import type { EChartsOption } from 'echarts';
import type { ServiceStats } from './stats';

/**
 * The statistics' charts as ECharts options: one builder per chart, pure (statistics and words in, option
 * out), so the statistics page draws exactly what the analysis report prints — the page with the SVG
 * renderer in the window, main with ECharts' server-side SVG rendering into the PDF.
 *
 * Options carry no animation (a printed chart is drawn once) and the bundled font of the screens and of
 * the print style, so Chinese reads the same in the window and on paper. A chart with nothing to show is
 * not built at all (null): the page and the report say "no data" in words instead of drawing empty axes.
 */

/** What the charts say, in the reader's language: names of keys, series and axes, and number formats. */
export interface StatsChartLabels {
  category(key: string): string;
  channel(key: string): string;
  /** YYYY-MM as a month name ("2026年10月", "Oct 2026"), or without its year ("10月", "Oct"). */
  month(month: string, withYear?: boolean): string;
  current: string;
  previous: string;
  count: string;
  cumulative: string;
  firstResponse: string;
  resolution: string;
  number(n: number): string;
  /** A percentage, given as 0–100. */
  percent(n: number): string;
  /** A count with its share: "3（42.9%）" / "3 (42.9%)". */
  countShare(count: number, sharePct: number): string;
}

export const STATS_CHART_KEYS = ['category', 'pareto', 'month', 'channel', 'sla'] as const;
export type StatsChartKey = (typeof STATS_CHART_KEYS)[number];

export interface StatsChart {
  key: StatsChartKey;
  option: EChartsOption;
  /** Height in CSS pixels that keeps every label readable at a page's width. */
  height: number;
}

export const CHART_FONT = "'Noto Sans SC', sans-serif";
const CURRENT = '#1677ff';
const PREVIOUS = '#bfc8d6';
const LINE = '#fa8c16';
const PALETTE = [CURRENT, '#52c41a', LINE, '#722ed1', '#13c2c2', '#eb2f96', '#faad14', '#2f54eb'];
const AXIS_TEXT = { color: '#595959', fontSize: 12 };

function base(): EChartsOption {
  return {
    animation: false,
    color: PALETTE,
    textStyle: { fontFamily: CHART_FONT, fontSize: 12, color: '#1f1f1f' },
  };
}

const legend = (names: string[]): EChartsOption['legend'] => ({
  top: 0,
  data: names,
  itemWidth: 14,
  itemHeight: 10,
  textStyle: { fontFamily: CHART_FONT, fontSize: 12 },
});

/**
 * The plot area: its margins hold the axis labels in full (labels are laid out inside the rectangle, never
 * cut at the chart's edge, however narrow the screen makes the chart).
 */
const grid = (m: { left: number; right: number; top: number; bottom: number }): EChartsOption['grid'] => ({
  ...m,
  outerBoundsMode: 'same',
  outerBoundsContain: 'axisLabel',
});

/** Pixels per row of a horizontal bar chart, and the room for legend and axis around the rows. */
const ROW = 30;
const FRAME = 70;

/** Complaints per category, this period against the previous one: horizontal bars, the largest on top. */
export function categoryChart(stats: ServiceStats, l: StatsChartLabels): StatsChart | null {
  const rows = stats.byCategory;
  if (rows.length === 0) return null;
  return {
    key: 'category',
    height: Math.max(200, FRAME + rows.length * ROW * 1.4),
    option: {
      ...base(),
      legend: legend([l.current, l.previous]),
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: grid({ left: 8, right: 48, top: 32, bottom: 8 }),
      xAxis: {
        type: 'value',
        minInterval: 1,
        axisLabel: { ...AXIS_TEXT, formatter: (v: number) => l.number(v) },
      },
      yAxis: {
        type: 'category',
        inverse: true,
        data: rows.map((r) => l.category(r.key)),
        axisLabel: { ...AXIS_TEXT, width: 140, overflow: 'truncate' },
        axisTick: { show: false },
      },
      series: [
        {
          name: l.current,
          type: 'bar',
          data: rows.map((r) => r.count),
          itemStyle: { color: CURRENT },
          barMaxWidth: 18,
          label: { show: true, position: 'right', formatter: (p) => l.number(Number(p.value)) },
        },
        {
          name: l.previous,
          type: 'bar',
          data: rows.map((r) => r.previous),
          itemStyle: { color: PREVIOUS },
          barMaxWidth: 18,
          label: {
            show: true,
            position: 'right',
            color: '#8c8c8c',
            formatter: (p) => l.number(Number(p.value)),
          },
        },
      ],
    },
  };
}

/** The Pareto of causes: bars of each category's count, most first, and the running share as a line. */
export function paretoChart(stats: ServiceStats, l: StatsChartLabels): StatsChart | null {
  const rows = stats.pareto;
  if (rows.length === 0) return null;
  return {
    key: 'pareto',
    height: 270,
    option: {
      ...base(),
      legend: legend([l.count, l.cumulative]),
      tooltip: { trigger: 'axis' },
      grid: grid({ left: 8, right: 8, top: 40, bottom: 8 }),
      xAxis: {
        type: 'category',
        data: rows.map((r) => l.category(r.key)),
        axisLabel: {
          ...AXIS_TEXT,
          interval: 0,
          width: Math.max(48, Math.floor(600 / rows.length)),
          overflow: 'break',
        },
        axisTick: { alignWithLabel: true },
      },
      yAxis: [
        { type: 'value', minInterval: 1, axisLabel: { ...AXIS_TEXT, formatter: (v: number) => l.number(v) } },
        {
          type: 'value',
          min: 0,
          max: 100,
          interval: 25,
          splitLine: { show: false },
          axisLabel: { ...AXIS_TEXT, formatter: (v: number) => l.percent(v) },
        },
      ],
      series: [
        {
          name: l.count,
          type: 'bar',
          data: rows.map((r) => r.count),
          itemStyle: { color: CURRENT },
          barMaxWidth: 48,
          label: { show: true, position: 'top', formatter: (p) => l.number(Number(p.value)) },
        },
        {
          name: l.cumulative,
          type: 'line',
          yAxisIndex: 1,
          data: rows.map((r) => r.cumulative),
          itemStyle: { color: LINE },
          lineStyle: { width: 2 },
          symbolSize: 7,
          label: {
            show: true,
            position: 'top',
            color: LINE,
            // On a white ground: the first points sit over the tallest bars.
            backgroundColor: '#fff',
            padding: [1, 3],
            formatter: (p) => l.percent(Number(p.value)),
          },
        },
      ],
    },
  };
}

/** Complaints received each month of the period: the trend. */
export function monthChart(stats: ServiceStats, l: StatsChartLabels): StatsChart | null {
  const months = stats.byMonth;
  if (stats.current.total === 0) return null;
  const data = months.map((m) => m.count);
  // Within one year the axis names months alone (the period says which year), so every month fits.
  const oneYear = months.every((m) => m.month.slice(0, 4) === months[0]!.month.slice(0, 4));
  const label = {
    show: months.length <= 13,
    position: 'top' as const,
    formatter: (p: { value: unknown }) => l.number(Number(p.value)),
  };
  return {
    key: 'month',
    height: 260,
    option: {
      ...base(),
      tooltip: { trigger: 'axis' },
      grid: grid({ left: 8, right: 16, top: 28, bottom: 8 }),
      xAxis: {
        type: 'category',
        data: months.map((m) => l.month(m.month, !oneYear)),
        axisLabel: { ...AXIS_TEXT, hideOverlap: true },
        axisTick: { alignWithLabel: true },
      },
      yAxis: {
        type: 'value',
        minInterval: 1,
        axisLabel: { ...AXIS_TEXT, formatter: (v: number) => l.number(v) },
      },
      // A few months read best as bars; a longer run as a line, the trend it is.
      series: [
        months.length <= 3
          ? { type: 'bar', name: l.count, data, itemStyle: { color: CURRENT }, barMaxWidth: 48, label }
          : {
              type: 'line',
              name: l.count,
              data,
              itemStyle: { color: CURRENT },
              areaStyle: { color: 'rgba(22, 119, 255, 0.12)' },
              symbolSize: 6,
              label,
            },
      ],
    },
  };
}

/** How complaints came in: a ring of the channels of the period. */
export function channelChart(stats: ServiceStats, l: StatsChartLabels): StatsChart | null {
  const rows = stats.byChannel.filter((r) => r.count > 0);
  if (rows.length === 0) return null;
  const total = rows.reduce((s, r) => s + r.count, 0);
  return {
    key: 'channel',
    height: 260,
    option: {
      ...base(),
      tooltip: { trigger: 'item' },
      series: [
        {
          type: 'pie',
          radius: ['38%', '66%'],
          center: ['50%', '52%'],
          data: rows.map((r) => ({ name: l.channel(r.key), value: r.count })),
          label: {
            formatter: (p) => `${p.name}  ${l.countShare(Number(p.value), (Number(p.value) / total) * 100)}`,
            fontSize: 12,
          },
          labelLine: { length: 10, length2: 12 },
        },
      ],
    },
  };
}

/** Deadlines met (first response, resolution), in percent, this period against the previous one. */
export function slaChart(stats: ServiceStats, l: StatsChartLabels): StatsChart | null {
  const figures = [
    {
      name: l.firstResponse,
      current: stats.current.responseSla.pct,
      previous: stats.previous.responseSla.pct,
    },
    {
      name: l.resolution,
      current: stats.current.resolutionSla.pct,
      previous: stats.previous.resolutionSla.pct,
    },
  ];
  if (figures.every((f) => f.current === null && f.previous === null)) return null;
  const series = (name: string, color: string, values: (number | null)[]) => ({
    name,
    type: 'bar' as const,
    data: values,
    itemStyle: { color },
    barMaxWidth: 20,
    label: {
      show: true,
      position: 'right' as const,
      color: color === PREVIOUS ? '#8c8c8c' : '#1f1f1f',
      formatter: (p: { value: unknown }) => (p.value == null ? '' : l.percent(Number(p.value))),
    },
  });
  return {
    key: 'sla',
    height: 200,
    option: {
      ...base(),
      legend: legend([l.current, l.previous]),
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: grid({ left: 8, right: 56, top: 32, bottom: 8 }),
      xAxis: {
        type: 'value',
        min: 0,
        max: 100,
        interval: 25,
        axisLabel: { ...AXIS_TEXT, formatter: (v: number) => l.percent(v) },
      },
      yAxis: {
        type: 'category',
        inverse: true,
        data: figures.map((f) => f.name),
        axisLabel: AXIS_TEXT,
        axisTick: { show: false },
      },
      series: [
        series(
          l.current,
          CURRENT,
          figures.map((f) => f.current),
        ),
        series(
          l.previous,
          PREVIOUS,
          figures.map((f) => f.previous),
        ),
      ],
    },
  };
}

/** Every chart that has something to show, in the order the page and the report present them. */
export function statsCharts(stats: ServiceStats, l: StatsChartLabels): StatsChart[] {
  return [categoryChart, paretoChart, monthChart, channelChart, slaChart]
    .map((build) => build(stats, l))
    .filter((c): c is StatsChart => c !== null);
}
