import type { TFunction } from 'i18next';
import type { Locale } from '../../../shared/contract/fields';
import { formatDate, formatNumber, formatPercent } from '../../../shared/i18n/format';
import type { ImprovementMeasure } from '../../../shared/improvement/types';
import { statsCharts, type StatsChart, type StatsChartKey } from '../../../shared/service/charts';
import type { ListEntry } from '../../../shared/service/settings';
import type { CountPair, DurationFigure, ServiceStats, SlaFigure } from '../../../shared/service/stats';
import { periodDays } from '../../../shared/service/statsPeriod';
import { statsLabels } from '../../../shared/service/statsLabels';
import { translator } from '../../i18n/translate';
import { chartSvg } from '../../printing/chartSvg';
import {
  figures,
  heading,
  join,
  keepTogether,
  muted,
  note,
  printTable,
  type Html,
  type PrintColumn,
} from '../../printing/printBlocks';
import { reportHtml } from '../../printing/reportDocument';
import { reportFrame } from '../../printing/reportFrame';

/** The share of complaints a Pareto reading looks for: the few causes that make most of them. */
const PARETO_FOCUS_PCT = 80;

export interface AnalysisReportInput {
  stats: ServiceStats;
  /** Improvement measures opened or completed in the period, each with its effect check. */
  measures: ImprovementMeasure[];
  lists: { serviceCategories: readonly ListEntry[]; serviceDepartments: readonly ListEntry[] };
  locale: Locale;
  departmentName: string;
  printedAt: Date;
  fontsDir: string;
}

/** Everything the report formats with, in its language: the statistics' own words (as on the page) and the report's. */
function reportWords(locale: Locale, t: TFunction, input: AnalysisReportInput) {
  const l = statsLabels(t, locale, input.lists);
  return {
    ...l,
    locale,
    t,
    l,
    label: (k: string, values?: Record<string, unknown>) => t(`serviceReports:report.${k}`, values),
    date: (d: string) => formatDate(d, locale),
    count: (n: number) => formatNumber(n, locale),
  };
}
type Words = ReturnType<typeof reportWords>;

const slaText = (w: Words, s: SlaFigure) =>
  s.pct === null
    ? w.none
    : w.t('serviceReports:metOfDue', { pct: w.pct(s.pct), met: w.count(s.met), due: w.count(s.due) });

interface SummaryRow {
  label: string;
  current: string;
  previous: string;
  change: string;
}

/** The period's figures beside the previous period's, each with its change. */
function summaryTable(s: ServiceStats, w: Words): Html {
  const c = s.current;
  const p = s.previous;
  const duration = (k: string, cur: DurationFigure, prev: DurationFigure): SummaryRow[] => [
    {
      label: w.label(`figures.${k}Mean`),
      current: w.hours(cur.meanHours),
      previous: w.hours(prev.meanHours),
      change: w.hoursChange(cur.meanHours, prev.meanHours),
    },
    {
      label: w.label(`figures.${k}Median`),
      current: w.hours(cur.medianHours),
      previous: w.hours(prev.medianHours),
      change: w.hoursChange(cur.medianHours, prev.medianHours),
    },
  ];
  const scored = (n: number, score: number | null) =>
    score === null ? w.none : w.t('serviceReports:scoreOf', { score: w.score(score), n: w.count(n) });
  const rows: SummaryRow[] = [
    {
      label: w.label('figures.total'),
      current: w.count(c.total),
      previous: w.count(p.total),
      change: w.countChange(c.total, p.total),
    },
    {
      label: w.label('figures.responseSla'),
      current: slaText(w, c.responseSla),
      previous: slaText(w, p.responseSla),
      change: w.pointsChange(c.responseSla.pct, p.responseSla.pct),
    },
    {
      label: w.label('figures.resolutionSla'),
      current: slaText(w, c.resolutionSla),
      previous: slaText(w, p.resolutionSla),
      change: w.pointsChange(c.resolutionSla.pct, p.resolutionSla.pct),
    },
    ...duration('toResponse', c.toResponse, p.toResponse),
    ...duration('toResolution', c.toResolution, p.toResolution),
    {
      label: w.label('figures.score'),
      current: scored(c.satisfaction.n, c.satisfaction.meanScore),
      previous: scored(p.satisfaction.n, p.satisfaction.meanScore),
      change: w.scoreChange(c.satisfaction.meanScore, p.satisfaction.meanScore),
    },
    {
      label: w.label('figures.satisfied'),
      current: w.pct(c.satisfaction.satisfiedPct),
      previous: w.pct(p.satisfaction.satisfiedPct),
      change: w.pointsChange(c.satisfaction.satisfiedPct, p.satisfaction.satisfiedPct),
    },
    {
      label: w.label('figures.reopened'),
      current: w.count(c.reopened),
      previous: w.count(p.reopened),
      change: w.countChange(c.reopened, p.reopened),
    },
  ];
  return printTable<SummaryRow>(
    [
      { label: w.label('columns.figure'), kind: 'short', cell: (r) => r.label },
      { label: w.label('columns.current'), kind: 'num', cell: (r) => r.current },
      { label: w.label('columns.previous'), kind: 'num', cell: (r) => r.previous },
      { label: w.label('columns.change'), kind: 'num', cell: (r) => r.change },
    ],
    rows,
  );
}

/** A "by …" table: the key's name, this period, the previous one, the change, and the share of the total. */
function pairTable(
  rows: CountPair[],
  name: (key: string) => string,
  nameLabel: string,
  total: number,
  w: Words,
): Html {
  const columns: PrintColumn<CountPair>[] = [
    { label: nameLabel, kind: 'text', cell: (r) => name(r.key) },
    { label: w.label('columns.current'), kind: 'num', cell: (r) => w.count(r.count) },
    {
      label: w.label('columns.share'),
      kind: 'num',
      cell: (r) => (total ? w.pct(Math.round((r.count / total) * 1000) / 10) : w.none),
    },
    { label: w.label('columns.previous'), kind: 'num', cell: (r) => w.count(r.previous) },
    { label: w.label('columns.change'), kind: 'num', cell: (r) => w.countChange(r.count, r.previous) },
  ];
  return printTable(columns, rows);
}

function paretoBlock(s: ServiceStats, w: Words): Html {
  const focus = s.pareto.findIndex((r) => r.cumulative >= PARETO_FOCUS_PCT);
  const reading =
    focus >= 0 && s.pareto.length > 1
      ? note(
          w.label('paretoReading', {
            count: focus + 1,
            pct: w.pct(s.pareto[focus]!.cumulative),
            names: s.pareto
              .slice(0, focus + 1)
              .map((r) => w.l.category(r.key))
              .join(w.t('serviceReports:listSeparator')),
          }),
        )
      : null;
  return join(
    reading,
    printTable(
      [
        { label: w.label('columns.rank'), kind: 'num', cell: (r) => w.count(s.pareto.indexOf(r) + 1) },
        { label: w.label('columns.category'), kind: 'text', cell: (r) => w.l.category(r.key) },
        { label: w.label('columns.count'), kind: 'num', cell: (r) => w.count(r.count) },
        { label: w.label('columns.share'), kind: 'num', cell: (r) => w.pct(r.share) },
        { label: w.label('columns.cumulative'), kind: 'num', cell: (r) => w.pct(r.cumulative) },
      ],
      s.pareto,
    ),
  );
}

/** Up to this many months the month table runs across the page, one column a month, under its chart. */
const MONTHS_ACROSS = 13;

function monthTable(s: ServiceStats, w: Words): Html {
  if (s.byMonth.length <= MONTHS_ACROSS) {
    const oneYear = s.byMonth.every((m) => m.month.slice(0, 4) === s.byMonth[0]!.month.slice(0, 4));
    return printTable<null>(
      [
        { label: w.label('columns.month'), kind: 'short', cell: () => w.label('columns.count') },
        ...s.byMonth.map((m): PrintColumn<null> => ({
          label: w.l.month(m.month, !oneYear),
          kind: 'num',
          cell: () => w.count(m.count),
        })),
      ],
      [null],
    );
  }
  return printTable(
    [
      { label: w.label('columns.month'), kind: 'short', cell: (m) => w.l.month(m.month) },
      { label: w.label('columns.count'), kind: 'num', cell: (m) => w.count(m.count) },
    ],
    s.byMonth,
    { compact: true },
  );
}

function measuresTable(measures: ImprovementMeasure[], w: Words): Html {
  if (measures.length === 0) return muted(w.label('noMeasures'));
  const field = (k: string) => w.t(`improvement:fields.${k}`);
  const effect = (m: ImprovementMeasure) => {
    if (!m.effect) return w.none;
    const verdict = w.t(`improvement:verdict.${m.effect.verdict}`);
    if (m.effect.verdict === 'pending' || m.effect.changePct === null) return verdict;
    const d = m.effect.changePct;
    return w.t('serviceReports:withShare', {
      value: verdict,
      share: `${d > 0 ? '+' : d < 0 ? '−' : ''}${formatPercent(Math.abs(d), w.locale)}`,
    });
  };
  return printTable<ImprovementMeasure>(
    [
      { label: field('code'), kind: 'short', cell: (m) => m.code },
      { label: field('title'), kind: 'text', cell: (m) => m.title },
      { label: field('causeCategory'), kind: 'short', cell: (m) => w.l.category(m.causeCategory) },
      { label: field('ownerId'), kind: 'short', cell: (m) => m.ownerName },
      { label: field('dueDate'), kind: 'short', cell: (m) => w.date(m.dueDate) },
      { label: field('status'), kind: 'short', cell: (m) => w.t(`improvement:status.${m.status}`) },
      { label: field('effect'), kind: 'short', cell: (m) => effect(m) },
    ],
    measures,
  );
}

/**
 * The body of the complaint analysis report (投诉分析报告) for a period: key figures, the period against the
 * previous one, then each view of the complaints with its chart (the statistics page's very charts, drawn
 * as SVG) and its table, and the improvement measures of the period.
 */
export async function analysisReportBody(input: AnalysisReportInput, t: TFunction): Promise<Html> {
  const { stats: s, locale } = input;
  const w = reportWords(locale, t, input);
  const charts = new Map<StatsChartKey, StatsChart>(statsCharts(s, w.l).map((c) => [c.key, c]));
  const chart = async (key: StatsChartKey) => {
    const c = charts.get(key);
    return c ? chartSvg(c.option, { height: c.height }) : null;
  };
  const section = (k: string) => heading(2, w.label(`sections.${k}`));
  const c = s.current;
  const nothing = c.total === 0;

  const keyFigures = figures([
    { label: w.label('figures.total'), value: w.count(c.total) },
    { label: w.label('figures.responseSla'), value: w.pct(c.responseSla.pct) },
    { label: w.label('figures.resolutionSla'), value: w.pct(c.resolutionSla.pct) },
    { label: w.label('figures.toResolutionMedian'), value: w.hours(c.toResolution.medianHours) },
    { label: w.label('figures.satisfied'), value: w.pct(c.satisfaction.satisfiedPct) },
  ]);
  const intro = join(
    note(
      w.label('comparedWith', {
        period: w.period(s.previousPeriod),
        days: w.count(periodDays(s.previousPeriod)),
      }),
    ),
    keyFigures,
  );
  const summary = keepTogether(section('summary'), summaryTable(s, w));
  if (nothing)
    return join(
      intro,
      summary,
      note(w.label('noComplaints')),
      section('measures'),
      measuresTable(input.measures, w),
    );

  // A heading never leaves its chart (the print style keeps it with what follows); a long table may go on
  // over the page after its chart, a short one stays with it.
  return join(
    intro,
    summary,
    section('byCategory'),
    await chart('category'),
    pairTable(s.byCategory, w.l.category, w.label('columns.category'), c.total, w),
    section('pareto'),
    await chart('pareto'),
    paretoBlock(s, w),
    keepTogether(section('byMonth'), await chart('month'), monthTable(s, w)),
    section('byChannel'),
    await chart('channel'),
    pairTable(s.byChannel, w.l.channel, w.label('columns.channel'), c.total, w),
    keepTogether(
      section('byDepartment'),
      pairTable(s.byDepartment, w.l.department, w.label('columns.department'), c.total, w),
    ),
    keepTogether(section('sla'), await chart('sla')),
    section('measures'),
    measuresTable(input.measures, w),
  );
}

/** The whole printable report and its file name. */
export async function analysisReportHtml(
  input: AnalysisReportInput,
): Promise<{ html: string; fileName: string }> {
  const t = translator(input.locale);
  const { period } = input.stats;
  const frame = reportFrame({
    locale: input.locale,
    departmentName: input.departmentName,
    title: t('serviceReports:report.title'),
    subtitle: t('serviceReports:periodRange', {
      from: formatDate(period.from, input.locale),
      to: formatDate(period.to, input.locale),
    }),
    printedAt: input.printedAt,
  });
  const body = await analysisReportBody(input, t);
  return {
    html: reportHtml(frame, body, input.fontsDir),
    fileName: `${t('serviceReports:report.fileName')}-${period.from}_${period.to}.pdf`,
  };
}
