import type * as EChartsModule from 'echarts';
import type { EChartsOption } from 'echarts';
import { html, type Html } from './printBlocks';

type ECharts = typeof EChartsModule;
let loading: Promise<ECharts> | null = null;

/** ECharts, loaded the first time a report draws a chart: nothing at start-up pays for it. */
function loadECharts(): Promise<ECharts> {
  loading ??= import('echarts').then((m) => ((m as { default?: ECharts }).default ?? m) as ECharts);
  return loading;
}

/** The width charts are drawn at: A4's text width (210 mm less 2 × 14 mm margins) at 96 px to the inch. */
export const PRINT_CHART_WIDTH = 680;

/**
 * A chart for a printed report: the very option the screen draws, rendered by ECharts on the server as SVG
 * (vector, its text real text in the PDF), in a block that never splits across pages.
 */
export async function chartSvg(
  option: EChartsOption,
  size: { width?: number; height: number },
): Promise<Html> {
  const echarts = await loadECharts();
  const chart = echarts.init(null, null, {
    renderer: 'svg',
    ssr: true,
    width: size.width ?? PRINT_CHART_WIDTH,
    height: size.height,
  });
  try {
    chart.setOption(option);
    return html(`<div class="chart">${chart.renderToSVGString()}</div>`);
  } finally {
    chart.dispose();
  }
}
