import type { EChartsOption } from 'echarts';
import { LEVEL_COLORS } from './levelColors';
import { RISK_LEVELS, type RiskLevel } from './levels';

/**
 * Open risks per category as stacked horizontal bars, one segment per level in the level's colour (the
 * register report; pure — rows and words in, option out — and without animation, like every chart the
 * screens and reports share). Null when there is nothing to draw: the report says so in words instead.
 */

export interface CategoryLevelRow {
  /** The category's name in the reader's language. */
  name: string;
  counts: Record<RiskLevel, number>;
  /** Open risks not assessed yet (no level). */
  unassessed: number;
}

export interface CategoryChartLabels {
  level(level: RiskLevel): string;
  unassessed: string;
  number(n: number): string;
}

const CHART_FONT = "'Noto Sans SC', sans-serif";
const UNASSESSED_COLOR = '#bfbfbf';
const ROW = 30;
const FRAME = 64;

export function categoryLevelChart(
  rows: readonly CategoryLevelRow[],
  l: CategoryChartLabels,
): { option: EChartsOption; height: number } | null {
  const shown = rows.filter((r) => RISK_LEVELS.some((lv) => r.counts[lv] > 0) || r.unassessed > 0);
  if (shown.length === 0) return null;
  // Largest on top: ECharts draws a category axis from the bottom.
  const ordered = [...shown].reverse();
  const withUnassessed = shown.some((r) => r.unassessed > 0);
  const series = [
    ...RISK_LEVELS.map((level) => ({
      name: l.level(level),
      color: LEVEL_COLORS[level].fill,
      text: LEVEL_COLORS[level].text,
      data: ordered.map((r) => r.counts[level]),
    })),
    ...(withUnassessed
      ? [
          {
            name: l.unassessed,
            color: UNASSESSED_COLOR,
            text: '#1f1f1f',
            data: ordered.map((r) => r.unassessed),
          },
        ]
      : []),
  ];
  return {
    height: FRAME + ROW * shown.length,
    option: {
      animation: false,
      textStyle: { fontFamily: CHART_FONT, fontSize: 12, color: '#1f1f1f' },
      legend: {
        top: 0,
        data: series.map((s) => s.name),
        itemWidth: 14,
        itemHeight: 10,
        textStyle: { fontFamily: CHART_FONT, fontSize: 12 },
      },
      grid: {
        left: 8,
        right: 24,
        top: 30,
        bottom: 8,
        outerBoundsMode: 'same',
        outerBoundsContain: 'axisLabel',
      },
      xAxis: {
        type: 'value',
        minInterval: 1,
        axisLabel: { color: '#595959', fontSize: 12, formatter: (v: number) => l.number(v) },
      },
      yAxis: {
        type: 'category',
        data: ordered.map((r) => r.name),
        axisLabel: { color: '#595959', fontSize: 12 },
      },
      series: series.map((s) => ({
        type: 'bar',
        name: s.name,
        stack: 'risks',
        barMaxWidth: 20,
        itemStyle: { color: s.color },
        label: {
          show: true,
          color: s.text,
          fontSize: 11,
          formatter: (p: { value: unknown }) => (Number(p.value) > 0 ? l.number(Number(p.value)) : ''),
        },
        data: s.data,
      })),
    },
  };
}
