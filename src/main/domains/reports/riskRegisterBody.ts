import type { TFunction } from 'i18next';
import type { Locale } from '../../../shared/contract/fields';
import { formatDate, formatMonth, formatNumber } from '../../../shared/i18n/format';
import type { KriWarning } from '../../../shared/kri/types';
import { categoryLevelChart } from '../../../shared/risk/categoryChart';
import { LEVEL_COLORS } from '../../../shared/risk/levelColors';
import { RISK_LEVELS, type RiskLevel } from '../../../shared/risk/levels';
import { riskLevel } from '../../../shared/risk/rules';
import type { LevelMatrix, ScaleStep } from '../../../shared/risk/settings';
import type { HeatCell, Risk, RiskAction } from '../../../shared/risk/types';
import { listEntryName, type ListEntry } from '../../../shared/settings/lists';
import { translator } from '../../i18n/translate';
import { chartSvg } from '../../printing/chartSvg';
import {
  chip,
  escapeHtml as e,
  figures,
  heading,
  html,
  join,
  keepTogether,
  muted,
  note,
  printTable,
  signatureLines,
  type Html,
  type PrintColumn,
} from '../../printing/printBlocks';
import { reportHtml } from '../../printing/reportDocument';
import { reportFrame } from '../../printing/reportFrame';
import type { CategoryLevels, LevelCounts, RiskRegisterData } from './riskRegisterShape';

export interface RiskRegisterHtmlInput {
  data: RiskRegisterData;
  settings: {
    departmentName: string;
    riskCategories: readonly ListEntry[];
    riskLikelihoodScale: readonly ScaleStep[];
    riskImpactScale: readonly ScaleStep[];
    riskLevelMatrix: LevelMatrix;
  };
  locale: Locale;
  printedAt: Date;
  fontsDir: string;
}

/** The report's own pieces of style: the heat map grids, the level chips, the total row. */
const STYLE = `<style>
.maps { display: flex; gap: 8mm; align-items: flex-start; break-inside: avoid; margin: 1mm 0 2mm; }
.map { flex: 1 1 0; min-width: 0; max-width: 92mm; }
.map h3 { margin-top: 0; }
table.heat { table-layout: fixed; border-collapse: separate; border-spacing: 0.8mm; width: 100%; font-size: 7.5pt; }
table.heat th, table.heat td { border: none; background: none; padding: 0; text-align: center; vertical-align: middle; }
table.heat td.cell { height: 11mm; border-radius: 1mm; font-size: 12pt; font-weight: 700; }
table.heat td.cell.empty { opacity: 0.4; }
table.heat th.axis-l { width: 17mm; text-align: right; padding-right: 1mm; font-weight: 400; line-height: 1.15; }
table.heat th.axis-i { font-weight: 400; line-height: 1.15; padding-top: 0.6mm; }
table.heat .n { font-weight: 700; display: block; }
table.heat .step { color: #666; font-size: 6.5pt; display: block; }
table.heat caption { caption-side: bottom; color: #555; font-size: 8pt; padding-top: 0.5mm; }
.axis-title { color: #555; font-size: 8pt; }
.legend { display: flex; gap: 3mm; flex-wrap: wrap; margin: 1mm 0 3mm; font-size: 8pt; }
tr.total td { font-weight: 700; background: #fafafa; }
.figures .figure { flex: 1 1 0; min-width: 24mm; padding: 2mm 3mm; }
.figures + .figures { margin-top: -2mm; }
.map-note { color: #666; font-size: 8.5pt; margin: 0 0 1mm; }
</style>`;

/** Everything the report formats with, in its language. */
function reportWords(input: RiskRegisterHtmlInput, t: TFunction) {
  const { locale, settings } = input;
  return {
    t,
    locale,
    label: (k: string, values?: Record<string, unknown>) => t(`riskReport:${k}`, values),
    col: (k: string) => t(`riskReport:columns.${k}`),
    date: (d: string) => formatDate(d, locale),
    count: (n: number) => formatNumber(n, locale),
    level: (l: RiskLevel) => t(`risk:level.${l}`),
    category: (key: string) => listEntryName(settings.riskCategories, key, locale),
    step: (s: ScaleStep | undefined) => (s ? (locale === 'zh-CN' ? s.nameZh : s.nameEn) : ''),
  };
}
type Words = ReturnType<typeof reportWords>;

function levelChip(level: RiskLevel, w: Words): Html {
  return chip(LEVEL_COLORS[level], w.level(level));
}

const cellText = (r: { likelihood: number | null; impact: number | null; score: number | null }) =>
  r.score === null ? '' : `${r.likelihood} × ${r.impact} = ${r.score}`;

function summary(d: RiskRegisterData, w: Words): Html {
  const f = d.figures;
  const open = RISK_LEVELS.reduce((n, l) => n + f.openByLevel[l], f.unassessed);
  const levels = [...RISK_LEVELS].reverse().map((l) => ({
    label: w.label('figures.level', { level: w.level(l) }),
    value: w.count(f.openByLevel[l]),
  }));
  return keepTogether(
    heading(2, w.label('sections.summary')),
    figures([
      { label: w.label('figures.open'), value: w.count(open) },
      ...levels,
      ...(f.unassessed > 0 ? [{ label: w.label('figures.unassessed'), value: w.count(f.unassessed) }] : []),
    ]),
    figures([
      { label: w.label('figures.identified'), value: w.count(f.identified) },
      { label: w.label('figures.closed'), value: w.count(f.closed) },
      { label: w.label('figures.reviewDue'), value: w.count(f.reviewDue) },
      { label: w.label('figures.openActions'), value: w.count(f.openActions) },
      { label: w.label('figures.overdueActions'), value: w.count(f.overdueActions) },
      { label: w.label('figures.kriBreaches'), value: w.count(f.kriBreaches) },
    ]),
  );
}

/**
 * One 5×5 grid as on the heat map page: likelihood 5 → 1 from top to bottom, impact 1 → 5 from left to
 * right, each cell in its level's colour by the matrix, with its count (an empty cell pale and blank).
 */
function heatGrid(title: string, cells: readonly HeatCell[], input: RiskRegisterHtmlInput, w: Words): Html {
  const { riskLevelMatrix: matrix, riskLikelihoodScale: ls, riskImpactScale: is } = input.settings;
  const n = (l: number, i: number) => cells.find((c) => c.likelihood === l && c.impact === i)?.count ?? 0;
  const rows = [5, 4, 3, 2, 1]
    .map((l) => {
      const tds = [1, 2, 3, 4, 5]
        .map((i) => {
          const c = LEVEL_COLORS[riskLevel(matrix, l, i)];
          const count = n(l, i);
          return `<td class="cell${count ? '' : ' empty'}" style="background:${c.fill};color:${c.text}">${count ? e(w.count(count)) : ''}</td>`;
        })
        .join('');
      return `<tr><th class="axis-l"><span class="n">${l}</span><span class="step">${e(w.step(ls[l - 1]))}</span></th>${tds}</tr>`;
    })
    .join('');
  const foot = [1, 2, 3, 4, 5]
    .map(
      (i) =>
        `<th class="axis-i"><span class="n">${i}</span><span class="step">${e(w.step(is[i - 1]))}</span></th>`,
    )
    .join('');
  const axes = `${w.t('risk:field.likelihood')} ↑\u3000${w.t('risk:field.impact')} →`;
  return html(
    `<div class="map">${heading(3, title).html}<table class="heat"><caption>${e(axes)}</caption><tbody>${rows}<tr><th></th>${foot}</tr></tbody></table></div>`,
  );
}

/** A note under the maps: unlike a note under a heading it does not hold on to what follows. */
const mapNote = (text: string): Html => html(`<div class="map-note">${e(text)}</div>`);

function legend(w: Words): Html {
  return html(`<div class="legend">${RISK_LEVELS.map((l) => levelChip(l, w).html).join('')}</div>`);
}

function heatSection(d: RiskRegisterData, input: RiskRegisterHtmlInput, w: Words): Html {
  const map = d.heatmap;
  const nowTitle = w.label('heatmap.now', { date: w.date(d.asOf) });
  const maps =
    map.earlier && d.compareTo
      ? [
          heatGrid(w.label('heatmap.earlier', { date: w.date(d.compareTo) }), map.earlier, input, w),
          heatGrid(nowTitle, map.current, input, w),
        ]
      : [heatGrid(nowTitle, map.current, input, w)];
  const moved =
    d.earlierByLevel && d.compareTo
      ? movedTable(d.earlierByLevel, d.figures.openByLevel, d.compareTo, d.asOf, w)
      : null;
  return join(
    keepTogether(
      heading(2, w.label('sections.heatmap')),
      map.current.length === 0 && !map.earlier?.length ? note(w.label('heatmap.empty')) : null,
      html(`<div class="maps">${maps.map((m) => m.html).join('')}</div>`),
      legend(w),
      map.unassessed > 0 ? mapNote(w.label('heatmap.unassessed', { count: map.unassessed })) : null,
      map.earlier ? mapNote(w.label('heatmap.unassessedEarlier')) : null,
    ),
    moved,
  );
}

/** Per level: how many at the end of the earlier day, how many now, the change. */
function movedTable(earlier: LevelCounts, now: LevelCounts, compareTo: string, asOf: string, w: Words): Html {
  const change = (a: number, b: number) =>
    b - a > 0 ? `+${w.count(b - a)}` : b - a < 0 ? `−${w.count(a - b)}` : '0';
  const total = (c: LevelCounts) => RISK_LEVELS.reduce((s, l) => s + c[l], 0);
  const rows: { label: Html | string; a: number; b: number; total?: boolean }[] = [
    ...[...RISK_LEVELS].reverse().map((l) => ({ label: levelChip(l, w), a: earlier[l], b: now[l] })),
    { label: w.col('total'), a: total(earlier), b: total(now), total: true },
  ];
  const table = printTable(
    [
      { label: w.col('level'), kind: 'short', cell: (r) => r.label },
      { label: w.date(compareTo), kind: 'num', cell: (r) => w.count(r.a) },
      { label: w.date(asOf), kind: 'num', cell: (r) => w.count(r.b) },
      { label: w.label('heatmap.change'), kind: 'num', cell: (r) => change(r.a, r.b) },
    ],
    rows,
    { compact: true },
  );
  return keepTogether(heading(3, w.label('heatmap.moved')), markTotal(table));
}

/** The last row of a table as its total row. */
const markTotal = (table: Html): Html => {
  const i = table.html.lastIndexOf('<tr>');
  return html(`${table.html.slice(0, i)}<tr class="total">${table.html.slice(i + 4)}`);
};

function topRisks(d: RiskRegisterData, w: Words): Html {
  const title = heading(2, w.label('sections.top'));
  if (d.top.length === 0) return keepTogether(title, note(w.label('noOpenRisks')));
  const none = () => muted(w.label('none'));
  const columns: PrintColumn<Risk>[] = [
    { label: w.col('rank'), kind: 'num', cell: (r) => w.count(d.top.indexOf(r) + 1) },
    { label: w.col('code'), kind: 'short', cell: (r) => r.code },
    { label: w.col('risk'), kind: 'text', cell: (r) => r.title },
    { label: w.col('category'), kind: 'short', cell: (r) => w.category(r.category) },
    { label: w.col('owner'), kind: 'short', cell: (r) => r.ownerName },
    { label: w.col('score'), kind: 'short', cell: (r) => cellText(r) },
    { label: w.col('level'), kind: 'short', cell: (r) => (r.level ? levelChip(r.level, w) : none()) },
    {
      label: w.col('strategy'),
      kind: 'short',
      cell: (r) => (r.strategy ? w.t(`risk:strategy.${r.strategy}`) : none()),
    },
    {
      label: w.col('acceptance'),
      kind: 'short',
      cell: (r) => (r.acceptance ? w.t(`risk:acceptance.${r.acceptance}`) : none()),
    },
  ];
  // Ten rows and their heading fit on a page: the list is read as one.
  return keepTogether(title, note(w.label('topNote', { count: d.top.length })), printTable(columns, d.top));
}

async function byCategory(d: RiskRegisterData, w: Words): Promise<Html> {
  const title = heading(2, w.label('sections.byCategory'));
  const rows = d.byCategory;
  const anyRisk = rows.some((r) => r.unassessed > 0 || RISK_LEVELS.some((l) => r.counts[l] > 0));
  if (!anyRisk)
    return keepTogether(title, note(w.label(d.categories.length ? 'noCategoryRisks' : 'noOpenRisks')));
  const chart = categoryLevelChart(
    rows.map((r) => ({ name: w.category(r.key), counts: r.counts, unassessed: r.unassessed })),
    { level: w.level, unassessed: w.col('unassessed'), number: w.count },
  );
  const total = (r: Pick<CategoryLevels, 'counts' | 'unassessed'>) =>
    RISK_LEVELS.reduce((s, l) => s + r.counts[l], r.unassessed);
  const sum: CategoryLevels = {
    key: '',
    counts: Object.fromEntries(
      RISK_LEVELS.map((l) => [l, rows.reduce((s, r) => s + r.counts[l], 0)]),
    ) as LevelCounts,
    unassessed: rows.reduce((s, r) => s + r.unassessed, 0),
  };
  const table = printTable<CategoryLevels>(
    [
      {
        label: w.col('category'),
        kind: 'text',
        cell: (r) => (r === sum ? w.col('total') : w.category(r.key)),
      },
      ...[...RISK_LEVELS].reverse().map((l): PrintColumn<CategoryLevels> => ({
        label: w.level(l),
        kind: 'num',
        cell: (r) => w.count(r.counts[l]),
      })),
      { label: w.col('unassessed'), kind: 'num', cell: (r) => w.count(r.unassessed) },
      { label: w.col('total'), kind: 'num', cell: (r) => w.count(total(r)) },
    ],
    [...rows, sum],
  );
  return keepTogether(
    title,
    chart ? await chartSvg(chart.option, { height: chart.height }) : null,
    markTotal(table),
  );
}

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

function overdueActions(d: RiskRegisterData, w: Words): Html {
  const title = heading(2, w.label('sections.overdue'));
  if (d.overdue.items.length === 0) return keepTogether(title, note(w.label('noOverdue')));
  const columns: PrintColumn<RiskAction>[] = [
    { label: w.col('code'), kind: 'short', cell: (a) => a.riskCode },
    { label: w.col('risk'), kind: 'text', cell: (a) => a.riskTitle },
    { label: w.col('action'), kind: 'text', cell: (a) => a.title },
    { label: w.col('owner'), kind: 'short', cell: (a) => a.ownerName },
    { label: w.col('due'), kind: 'short', cell: (a) => w.date(a.dueOn) },
    {
      label: w.col('daysOverdue'),
      kind: 'num',
      cell: (a) => w.label('days', { count: daysBetween(a.dueOn, d.asOf) }),
    },
  ];
  const more =
    d.overdue.total > d.overdue.items.length
      ? note(
          w.label('overdueMore', { shown: w.count(d.overdue.items.length), total: w.count(d.overdue.total) }),
        )
      : null;
  return join(title, more, printTable(columns, d.overdue.items));
}

function warningsTable(d: RiskRegisterData, w: Words): Html {
  const title = heading(2, w.label('sections.warnings'));
  if (d.warnings.length === 0) return keepTogether(title, note(w.label('noWarnings')));
  const value = (n: number, unit: string | null) => [w.count(n), unit].filter(Boolean).join(' ');
  const when = (k: KriWarning) => {
    if (!k.period) return w.date(k.periodOn);
    const q = /^(\d{4})-Q([1-4])$/.exec(k.period);
    return q ? w.t('kri:quarter', { year: q[1], quarter: q[2] }) : formatMonth(k.period, w.locale);
  };
  const stateColor = { warning: LEVEL_COLORS.medium, alarm: LEVEL_COLORS.critical };
  const columns: PrintColumn<KriWarning>[] = [
    { label: w.col('code'), kind: 'short', cell: (k) => k.code },
    { label: w.col('indicator'), kind: 'text', cell: (k) => k.name },
    { label: w.col('value'), kind: 'num', cell: (k) => value(k.value, k.unit) },
    { label: w.col('readingOf'), kind: 'short', cell: (k) => when(k) },
    {
      label: w.col('threshold'),
      kind: 'short',
      cell: (k) => `${k.direction === 'higher_worse' ? '≥' : '≤'} ${value(k.threshold, k.unit)}`,
    },
    {
      label: w.col('state'),
      kind: 'short',
      cell: (k) => chip(stateColor[k.state], w.t(`kri:state.${k.state}`)),
    },
    {
      label: w.col('linkedRisk'),
      kind: 'text',
      cell: (k) => (k.riskCode ? `${k.riskCode} ${k.riskTitle ?? ''}` : muted(w.label('none'))),
    },
  ];
  return join(title, printTable(columns, d.warnings));
}

/**
 * The body of the register report: the summary figures, the heat map (beside the earlier one when
 * compared, with how the levels moved), the top risks, open risks by category and level (chart and table),
 * the overdue actions, the early warnings, and the manager's signature line.
 */
export async function riskRegisterBody(input: RiskRegisterHtmlInput, t: TFunction): Promise<Html> {
  const d = input.data;
  const w = reportWords(input, t);
  return join(
    html(STYLE),
    d.categories.length
      ? note(
          w.label('categoriesOnly', {
            names: d.categories.map(w.category).join(w.label('listSeparator')),
          }),
        )
      : null,
    summary(d, w),
    heatSection(d, input, w),
    topRisks(d, w),
    await byCategory(d, w),
    overdueActions(d, w),
    warningsTable(d, w),
    signatureLines([w.label('signature.manager')], {
      signature: w.label('signature.sign'),
      date: w.label('signature.date'),
    }),
  );
}

/** The whole printable report and its file name. */
export async function riskRegisterHtml(
  input: RiskRegisterHtmlInput,
): Promise<{ html: string; fileName: string }> {
  const t = translator(input.locale);
  const d = input.data;
  const frame = reportFrame({
    locale: input.locale,
    departmentName: input.settings.departmentName,
    title: t('riskReport:title'),
    subtitle: `${t('riskReport:asOf', { date: formatDate(d.asOf, input.locale) })} · ${t(
      'riskReport:period',
      {
        from: formatDate(d.from, input.locale),
        to: formatDate(d.to, input.locale),
      },
    )}`,
    printedAt: input.printedAt,
  });
  const body = await riskRegisterBody(input, t);
  return {
    html: reportHtml(frame, body, input.fontsDir),
    fileName: `${t('riskReport:fileName')}-${d.asOf}.pdf`,
  };
}
