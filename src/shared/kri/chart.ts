import type { EChartsOption } from 'echarts';
import type { KriReading, KriState } from './types';

/**
 * An indicator's readings against its thresholds, as one ECharts option: the readings as a line whose
 * points take the colour of their state, the warning and the alarm thresholds as dashed lines across. Pure
 * (readings and words in, option out), no animation, the bundled font — so a printed report (the register
 * report's warnings) can draw the same chart as the screen.
 */

export interface KriChartLabels {
  value: string;
  warning: string;
  alarm: string;
  /** A reading's place on the axis: its period (computed) or its date. */
  axis(r: KriReading): string;
  number(n: number): string;
}

export const KRI_CHART_FONT = "'Noto Sans SC', sans-serif";
/** The colours of the states, the same on every screen and chip of the indicators. */
export const KRI_STATE_COLORS: Record<KriState, string> = {
  normal: '#389e0d',
  warning: '#d48806',
  alarm: '#cf1322',
};
const LINE = '#1677ff';
const AXIS_TEXT = { color: '#595959', fontSize: 12 };

export function kriChart(
  readings: readonly KriReading[],
  thresholds: { warning: number; alarm: number },
  l: KriChartLabels,
): EChartsOption | null {
  if (readings.length === 0) return null;
  const flat = (value: number) => readings.map(() => value);
  const threshold = (name: string, value: number, color: string) => ({
    name,
    type: 'line' as const,
    data: flat(value),
    symbol: 'none',
    lineStyle: { type: 'dashed' as const, width: 1.5, color },
    itemStyle: { color },
    // Named at the right end of its line, so the chart reads without the legend.
    endLabel: { show: true, color, formatter: () => l.number(value) },
    silent: true,
    z: 1,
  });
  return {
    animation: false,
    textStyle: { fontFamily: KRI_CHART_FONT, fontSize: 12, color: '#1f1f1f' },
    legend: {
      top: 0,
      data: [l.value, l.warning, l.alarm],
      itemWidth: 18,
      itemHeight: 10,
      textStyle: { fontFamily: KRI_CHART_FONT, fontSize: 12 },
    },
    tooltip: { trigger: 'axis' },
    grid: {
      left: 8,
      right: 56,
      top: 36,
      bottom: 8,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    xAxis: {
      type: 'category',
      boundaryGap: false,
      data: readings.map((r) => l.axis(r)),
      axisLabel: { ...AXIS_TEXT, hideOverlap: true },
    },
    yAxis: {
      type: 'value',
      scale: true,
      axisLabel: { ...AXIS_TEXT, formatter: (v: number) => l.number(v) },
    },
    series: [
      {
        name: l.value,
        type: 'line',
        data: readings.map((r) => ({ value: r.value, itemStyle: { color: KRI_STATE_COLORS[r.state] } })),
        lineStyle: { width: 2, color: LINE },
        itemStyle: { color: LINE },
        symbolSize: 8,
        z: 2,
        label: {
          show: readings.length <= 12,
          position: 'top',
          formatter: (p) => l.number(Number(p.value)),
        },
      },
      threshold(l.warning, thresholds.warning, KRI_STATE_COLORS.warning),
      threshold(l.alarm, thresholds.alarm, KRI_STATE_COLORS.alarm),
    ],
  };
}
