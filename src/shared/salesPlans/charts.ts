import type { EChartsOption } from 'echarts';

/**
 * The plan-vs-actual chart as an ECharts option, pure (figures and words in, option out) like every chart of
 * the app (docs/architecture.md "Charts"): for the group and each person, the revenue target beside what was
 * achieved, in yuan, with the achievement's percentage beside its bar; a person with neither a target nor
 * revenue is left out (the table lists everyone). No animation, the bundled font; null when
 * there is nothing to draw (the page says so in words).
 */

export interface PlanChartRow {
  name: string;
  /** null: no plan for this row. */
  targetFen: number | null;
  actualFen: number;
}

export interface PlanChartLabels {
  target: string;
  actual: string;
  /** An amount in fen as the axis and labels show it (yuan, in the reader's language). */
  money(fen: number): string;
  /** An axis tick in fen, short (whole yuan, no currency): the bars' labels and the tooltip carry the detail. */
  axis(fen: number): string;
  percent(pct: number): string;
}

export const PLAN_CHART_FONT = "'Noto Sans SC', sans-serif";
const TARGET = '#bfc8d6';
const ACTUAL = '#1677ff';
const ROW = 44;
const FRAME = 60;

export function planVsActualChart(
  rows: readonly PlanChartRow[],
  labels: PlanChartLabels,
): { option: EChartsOption; height: number } | null {
  const shown = rows.filter((r) => (r.targetFen ?? 0) > 0 || r.actualFen > 0);
  if (shown.length === 0) return null;
  // Horizontal bars, the first row (the group) on top.
  const ordered = [...shown].reverse();
  const pctOf = (r: PlanChartRow) => (r.targetFen ? (r.actualFen / r.targetFen) * 100 : null);
  return {
    height: FRAME + ROW * shown.length,
    option: {
      animation: false,
      color: [TARGET, ACTUAL],
      textStyle: { fontFamily: PLAN_CHART_FONT, fontSize: 12, color: '#1f1f1f' },
      legend: {
        top: 0,
        data: [labels.target, labels.actual],
        itemWidth: 14,
        itemHeight: 10,
        textStyle: { fontFamily: PLAN_CHART_FONT, fontSize: 12 },
      },
      grid: {
        left: 8,
        right: 72,
        top: 30,
        bottom: 8,
        outerBoundsMode: 'same',
        outerBoundsContain: 'axisLabel',
      },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        valueFormatter: (v) => (typeof v === 'number' ? labels.money(v * 100) : ''),
      },
      xAxis: {
        type: 'value',
        axisLabel: { color: '#595959', fontSize: 11, formatter: (v: number) => labels.axis(v * 100) },
        splitLine: { lineStyle: { color: '#f0f0f0' } },
      },
      yAxis: {
        type: 'category',
        data: ordered.map((r) => r.name),
        axisLabel: { color: '#595959', fontSize: 12 },
        axisTick: { show: false },
      },
      series: [
        {
          name: labels.target,
          type: 'bar',
          barGap: '10%',
          barMaxWidth: 14,
          data: ordered.map((r) => (r.targetFen === null ? null : r.targetFen / 100)),
        },
        {
          name: labels.actual,
          type: 'bar',
          barMaxWidth: 14,
          data: ordered.map((r) => {
            const pct = pctOf(r);
            return {
              value: r.actualFen / 100,
              label: {
                show: pct !== null,
                position: 'right',
                color: pct !== null && pct >= 100 ? '#389e0d' : '#595959',
                formatter: () => (pct === null ? '' : labels.percent(pct)),
              },
            };
          }),
        },
      ],
    },
  };
}
