import type { EChartsOption } from 'echarts';
import { LEVEL_COLORS } from './levelColors';
import { RISK_LEVELS, type RiskLevel } from './levels';
import type { LevelMatrix } from './settings';
import type { RiskAssessment } from './types';

/**
 * A risk's score over time as an ECharts option: a step line (the score holds until the next assessment)
 * over bands of the levels, each point in its level's colour. Pure (assessments and words in, option out),
 * no animation, so the detail page and a printed report draw the same chart. Null when never assessed.
 */

export interface ScoreChartLabels {
  score: string;
  level(level: RiskLevel): string;
  /** An ISO moment as the reader's date. */
  date(iso: string): string;
  /** "L4 × I5 = 20" */
  cell(likelihood: number, impact: number, score: number): string;
}

const CHART_FONT = "'Noto Sans SC', sans-serif";
const DAY_MS = 24 * 3600 * 1000;

/**
 * Score ranges per level for the bands: each level from the lowest score of its cells up to the next
 * level's lowest. The matrix is by cell, not by score, so with a custom matrix a band is approximate — the
 * points themselves carry the level they had.
 */
export function levelBands(matrix: LevelMatrix): { level: RiskLevel; from: number; to: number }[] {
  const lowest = new Map<RiskLevel, number>();
  matrix.forEach((row, l) =>
    row.forEach((level, i) => {
      const score = (l + 1) * (i + 1);
      if (!lowest.has(level) || score < lowest.get(level)!) lowest.set(level, score);
    }),
  );
  const present = RISK_LEVELS.filter((l) => lowest.has(l)).sort((a, b) => lowest.get(a)! - lowest.get(b)!);
  return present.map((level, i) => ({
    level,
    from: i === 0 ? 0 : lowest.get(level)!,
    to: i + 1 < present.length ? lowest.get(present[i + 1]!)! : 25,
  }));
}

export function scoreHistoryOption(
  assessments: readonly RiskAssessment[],
  matrix: LevelMatrix,
  labels: ScoreChartLabels,
  /** The line runs on to this moment (now), holding the last score. */
  until?: string,
): EChartsOption | null {
  if (assessments.length === 0) return null;
  const sorted = [...assessments].sort((a, b) => a.assessedAt.localeCompare(b.assessedAt));
  const last = sorted[sorted.length - 1]!;
  const points = sorted.map((a) => ({
    value: [a.assessedAt, a.score],
    itemStyle: { color: LEVEL_COLORS[a.level].fill, borderColor: LEVEL_COLORS[a.level].text, borderWidth: 1 },
    assessment: a,
  }));
  const first = sorted[0]!;
  const end = until && until > last.assessedAt ? until : last.assessedAt;
  // A history of a few hours (assessed and reassessed the same day) still gets a readable axis of days.
  const span = Date.parse(end) - Date.parse(first.assessedAt);
  const pad = span < 2 * DAY_MS ? DAY_MS : 0;
  const tail =
    until && until > last.assessedAt
      ? [{ value: [until, last.score], symbol: 'none', itemStyle: { color: 'transparent' } }]
      : [];
  return {
    animation: false,
    textStyle: { fontFamily: CHART_FONT, fontSize: 12, color: '#1f1f1f' },
    grid: {
      left: 44,
      right: 72,
      top: 30,
      bottom: 32,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    tooltip: {
      trigger: 'item',
      formatter: (p) => {
        const a = (p as { data?: { assessment?: RiskAssessment } }).data?.assessment;
        if (!a) return '';
        const lines = [
          labels.date(a.assessedAt),
          `${labels.cell(a.likelihood, a.impact, a.score)} · ${labels.level(a.level)}`,
          a.assessedByName,
          ...(a.reason ? [a.reason] : []),
        ];
        return lines.map(escapeHtml).join('<br/>');
      },
    },
    xAxis: {
      type: 'time',
      min: Date.parse(first.assessedAt) - pad,
      max: Date.parse(end) + pad,
      minInterval: DAY_MS,
      axisLabel: { formatter: (v: number) => labels.date(new Date(v).toISOString()), hideOverlap: true },
      splitLine: { show: false },
    },
    yAxis: {
      type: 'value',
      name: labels.score,
      min: 0,
      max: 25,
      interval: 5,
      nameTextStyle: { fontFamily: CHART_FONT },
      splitLine: { lineStyle: { color: '#f0f0f0' } },
    },
    series: [
      {
        type: 'line',
        step: 'end',
        name: labels.score,
        symbolSize: 10,
        lineStyle: { color: '#595959', width: 2 },
        data: [...points, ...tail] as never,
        markArea: {
          silent: true,
          data: levelBands(matrix).map((b) => [
            {
              yAxis: b.from,
              itemStyle: { color: LEVEL_COLORS[b.level].fill, opacity: 0.22 },
              label: {
                show: true,
                position: 'right',
                color: LEVEL_COLORS[b.level].text === '#ffffff' ? '#a8071a' : LEVEL_COLORS[b.level].text,
                formatter: labels.level(b.level),
              },
            },
            { yAxis: b.to },
          ]) as never,
        },
      },
    ],
  };
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
