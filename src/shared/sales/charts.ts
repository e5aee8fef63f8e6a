import type { EChartsOption } from 'echarts';
import type { ForecastMonth, LostReasonRow } from './types';

/**
 * The pipeline's charts as ECharts options, pure (figures and words in, option out), so the Funnel & forecast
 * page and a printed sales report draw the same chart. No animation, the bundled font; nothing to show: null.
 */

const FONT = "'Noto Sans SC', sans-serif";
const AXIS_TEXT = { color: '#595959', fontSize: 12 };
const base = (): EChartsOption => ({
  animation: false,
  textStyle: { fontFamily: FONT, fontSize: 12, color: '#1f1f1f' },
});

/** Lost deals by reason: one horizontal bar per reason, the most frequent on top. */
export function lostReasonsChart(
  rows: readonly LostReasonRow[],
  words: { reason(key: string): string; count: string },
): EChartsOption | null {
  if (rows.length === 0) return null;
  const shown = [...rows].reverse();
  return {
    ...base(),
    color: ['#fa541c'],
    grid: { left: 8, right: 32, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', minInterval: 1, axisLabel: AXIS_TEXT },
    yAxis: { type: 'category', data: shown.map((r) => words.reason(r.reason)), axisLabel: AXIS_TEXT },
    series: [
      {
        type: 'bar',
        name: words.count,
        data: shown.map((r) => r.count),
        barMaxWidth: 22,
        label: { show: true, position: 'right' },
      },
    ],
  };
}

/** The weighted forecast by month: weighted open amount and won amount side by side, in yuan. */
export function forecastChart(
  months: readonly ForecastMonth[],
  words: { month(m: string): string; weighted: string; won: string; money(yuan: number): string },
): EChartsOption | null {
  if (months.every((m) => m.weightedFen === 0 && m.wonFen === 0)) return null;
  return {
    ...base(),
    color: ['#1677ff', '#52c41a'],
    legend: { top: 0, data: [words.weighted, words.won] },
    grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'category', data: months.map((m) => words.month(m.month)), axisLabel: AXIS_TEXT },
    yAxis: { type: 'value', axisLabel: { ...AXIS_TEXT, formatter: (v: number) => words.money(v) } },
    series: [
      { type: 'bar', name: words.weighted, data: months.map((m) => m.weightedFen / 100), barMaxWidth: 28 },
      { type: 'bar', name: words.won, data: months.map((m) => m.wonFen / 100), barMaxWidth: 28 },
    ],
  };
}
