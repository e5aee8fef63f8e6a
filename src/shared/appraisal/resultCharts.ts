import type { EChartsOption } from 'echarts';
import { GRADES, type Grade, type GradeDistribution } from './forms';
import type { GradeGuideline } from './settings';

/*
 * The appraisal's result charts, the same option on the screen and in the printed summary and history (pure —
 * figures and words in, option out — and without animation): the grade distribution as bars with the
 * guideline's ceilings, and a person's final scores over the cycles as a line.
 */

/** Each grade's colour, with a text colour readable on it; the grade's letter always says it too. */
export const GRADE_COLORS: Record<Grade, { fill: string; text: string }> = {
  S: { fill: '#237804', text: '#ffffff' },
  A: { fill: '#52c41a', text: '#1f1f1f' },
  B: { fill: '#1677ff', text: '#ffffff' },
  C: { fill: '#faad14', text: '#1f1f1f' },
  D: { fill: '#cf1322', text: '#ffffff' },
};

const CHART_FONT = "'Noto Sans SC', sans-serif";
const OVER_COLOR = '#cf1322';

export interface DistributionChartWords {
  grade(g: Grade): string;
  share: string;
  ceiling: string;
  percent(n: number): string;
  count(n: number): string;
}

/**
 * Each grade's share of the graded people as a bar (its count on it), the guideline's ceiling as a marker
 * where the guideline sets one (below 100 %); a bar above its ceiling is outlined red. Null with nobody graded.
 */
export function distributionChart(
  d: GradeDistribution,
  guideline: GradeGuideline,
  w: DistributionChartWords,
): { option: EChartsOption; height: number } | null {
  if (d.graded === 0) return null;
  const share = (g: Grade) => Math.round((d.counts[g] / d.graded) * 1000) / 10;
  const over = new Set(d.overGuideline.map((o) => o.grade));
  return {
    height: 240,
    option: {
      animation: false,
      textStyle: { fontFamily: CHART_FONT, fontSize: 12, color: '#1f1f1f' },
      legend: {
        top: 0,
        data: [w.share, w.ceiling],
        itemWidth: 14,
        itemHeight: 10,
        textStyle: { fontFamily: CHART_FONT, fontSize: 12 },
      },
      grid: {
        left: 8,
        right: 16,
        top: 32,
        bottom: 8,
        outerBoundsMode: 'same',
        outerBoundsContain: 'axisLabel',
      },
      xAxis: {
        type: 'category',
        data: GRADES.map((g) => w.grade(g)),
        axisLabel: { color: '#595959', fontSize: 12 },
      },
      yAxis: {
        type: 'value',
        min: 0,
        max: 100,
        axisLabel: { color: '#595959', fontSize: 12, formatter: (v: number) => w.percent(v) },
      },
      series: [
        {
          type: 'bar',
          name: w.share,
          barMaxWidth: 48,
          color: '#8c8c8c',
          data: GRADES.map((g) => ({
            value: share(g),
            itemStyle: {
              color: GRADE_COLORS[g].fill,
              borderColor: over.has(g) ? OVER_COLOR : GRADE_COLORS[g].fill,
              borderWidth: over.has(g) ? 3 : 0,
            },
            label: {
              show: true,
              position: 'top',
              color: over.has(g) ? OVER_COLOR : '#1f1f1f',
              fontWeight: over.has(g) ? 'bold' : 'normal',
              formatter: () => `${w.count(d.counts[g])} · ${w.percent(share(g))}`,
            },
          })),
        },
        {
          type: 'line',
          name: w.ceiling,
          color: OVER_COLOR,
          symbol: 'rect',
          symbolSize: [36, 3],
          lineStyle: { opacity: 0 },
          data: GRADES.map((g) => (guideline[g] < 100 ? guideline[g] : null)),
          label: {
            show: true,
            position: 'right',
            color: OVER_COLOR,
            fontSize: 11,
            formatter: (p: { value?: unknown }) =>
              typeof p.value === 'number' ? `≤ ${w.percent(p.value)}` : '',
          },
        },
      ],
    },
  };
}

export interface HistoryPoint {
  /** The cycle as the reader reads it (its name, or code). */
  label: string;
  finalScore: number | null;
}

/** A person's final scores over the cycles, oldest first, with the score on each point. Null without a score. */
export function historyChart(
  points: readonly HistoryPoint[],
  w: { finalScore: string; number(n: number): string },
): { option: EChartsOption; height: number } | null {
  if (!points.some((p) => p.finalScore !== null)) return null;
  return {
    height: 240,
    option: {
      animation: false,
      textStyle: { fontFamily: CHART_FONT, fontSize: 12, color: '#1f1f1f' },
      grid: {
        left: 8,
        right: 24,
        top: 24,
        bottom: 8,
        outerBoundsMode: 'same',
        outerBoundsContain: 'axisLabel',
      },
      xAxis: {
        type: 'category',
        data: points.map((p) => p.label),
        axisLabel: { color: '#595959', fontSize: 11, interval: 0, hideOverlap: true },
      },
      yAxis: { type: 'value', min: 0, max: 100, axisLabel: { color: '#595959', fontSize: 12 } },
      series: [
        {
          type: 'line',
          name: w.finalScore,
          color: '#1677ff',
          connectNulls: true,
          symbolSize: 8,
          data: points.map((p) => p.finalScore),
          label: {
            show: true,
            position: 'top',
            formatter: (p: { value?: unknown }) => (typeof p.value === 'number' ? w.number(p.value) : ''),
          },
        },
      ],
    },
  };
}
