import type { EChartsOption } from 'echarts';
import type { CompetitorSighting } from './types';

/**
 * The prices seen of a competitor over time as one ECharts option: a line per product (sightings without a
 * product form one line of their own), on a time axis so uneven gaps between sightings show as such. Pure
 * (sightings and words in, option out), no animation, the bundled font. Null when no sighting has a price.
 */

export interface PriceChartLabels {
  /** The line of sightings that name no product. */
  noProduct: string;
  /** An amount in fen, as money in the reader's language. */
  money(fen: number): string;
  /** A calendar day, in the reader's language. */
  date(isoDate: string): string;
}

const FONT = "'Noto Sans SC', sans-serif";
const AXIS_TEXT = { color: '#595959', fontSize: 12 };
const PALETTE = ['#1677ff', '#fa8c16', '#52c41a', '#722ed1', '#13c2c2', '#eb2f96'];

export function priceChart(
  sightings: readonly CompetitorSighting[],
  l: PriceChartLabels,
): EChartsOption | null {
  const priced = sightings.filter((s) => s.priceFen !== null);
  if (priced.length === 0) return null;
  const lines = new Map<string, [string, number][]>();
  for (const s of [...priced].sort((a, b) => a.seenOn.localeCompare(b.seenOn))) {
    const name = s.product ?? l.noProduct;
    lines.set(name, [...(lines.get(name) ?? []), [s.seenOn, s.priceFen!]]);
  }
  return {
    animation: false,
    color: PALETTE,
    textStyle: { fontFamily: FONT, fontSize: 12, color: '#1f1f1f' },
    legend: { top: 0, type: 'scroll', textStyle: { fontFamily: FONT, fontSize: 12 } },
    tooltip: {
      trigger: 'item',
      formatter: (p) => {
        const { seriesName, value } = p as unknown as { seriesName: string; value: [string, number] };
        return `${seriesName}<br/>${l.date(value[0])}：${l.money(value[1])}`;
      },
    },
    grid: {
      left: 8,
      right: 24,
      top: 36,
      bottom: 8,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    xAxis: {
      type: 'time',
      axisLabel: {
        ...AXIS_TEXT,
        hideOverlap: true,
        formatter: (v: number) => l.date(new Date(v).toISOString().slice(0, 10)),
      },
    },
    yAxis: { type: 'value', scale: true, axisLabel: { ...AXIS_TEXT, formatter: (v: number) => l.money(v) } },
    series: [...lines].map(([name, data]) => ({
      name,
      type: 'line' as const,
      data,
      symbolSize: 8,
      lineStyle: { width: 2 },
    })),
  };
}
