import type { TFunction } from 'i18next';
import type { FilePayload, Locale } from '../../../shared/contract/fields';
import {
  formatDate,
  formatMoneyFen,
  formatMonth,
  formatNumber,
  formatPercent,
} from '../../../shared/i18n/format';
import { forecastChart, lostReasonsChart } from '../../../shared/sales/charts';
import type { FunnelStep } from '../../../shared/sales/types';
import { planVsActualChart } from '../../../shared/salesPlans/charts';
import { progressPct, type PeriodKind } from '../../../shared/salesPlans/rules';
import type { PlanActual, PlanGroupOption, SalesPlanBoard } from '../../../shared/salesPlans/types';
import { listEntryName } from '../../../shared/settings/lists';
import type { OrgSettings } from '../../../shared/settings/types';
import type { UserCtx } from '../../core/context';
import { translator } from '../../i18n/translate';
import { chartSvg } from '../../printing/chartSvg';
import {
  escapeHtml,
  figures,
  heading,
  html,
  join,
  keepTogether,
  muted,
  note,
  printTable,
  type Html,
} from '../../printing/printBlocks';
import { printReport, reportHtml } from '../../printing/reportDocument';
import { reportFrame } from '../../printing/reportFrame';
import { salesBook } from './opportunityView';
import { salesReportData, type SalesReportData } from './report';

/*
 * The sales report of a period (销售报告, issue 11 point 6), A4 in either language: the key figures, plan vs
 * actual by group and by person (revenue, profit, new clients, with the same revenue chart as the Sales plans
 * page), the funnel with conversion and days in stage, the weighted forecast by month and the lost reasons
 * (with the Funnel & forecast page's charts). report.ts gathers it from what the reader may see.
 */

export interface SalesReportInput {
  data: SalesReportData;
  reader: { role: string; displayName: string };
  settings: OrgSettings;
  locale: Locale;
  printedAt: Date;
  fontsDir: string;
}

const STYLE = `<style>
table.plan th.metric { text-align: center; }
table.plan tr.group td { font-weight: 700; background: #fafbfc; }
table.plan tr.total td { font-weight: 700; border-top: 0.5mm solid #8c8c8c; }
table.plan td.pct.met { color: #389e0d; }
.bar { display: inline-block; vertical-align: middle; margin-right: 2mm; }
.scope { color: #555; margin: -3mm 0 4mm; }
</style>`;

/** The period as words: "2026年10月" / "Oct 2026", "2026年第4季度" / "Q4 2026", "2026年" / "2026". */
export function periodName(t: TFunction, locale: Locale, kind: PeriodKind, from: string): string {
  const year = from.slice(0, 4);
  if (kind === 'month') return formatMonth(from.slice(0, 7), locale);
  if (kind === 'quarter')
    return t('salesPlans:periodName.quarter', {
      year,
      q: Math.floor((Number(from.slice(5, 7)) - 1) / 3) + 1,
    });
  return t('salesPlans:periodName.year', { year });
}

/** The most people a group's chart draws. */
const CHART_PEOPLE = 30;

const groupName = (g: { name: string; nameEn: string | null }, locale: Locale) =>
  locale === 'en-US' ? (g.nameEn ?? g.name) : g.name;

/** One row of a plan-vs-actual table: whose, the targets (null: no plan) and what was achieved. */
interface PlanRowFigures {
  name: string;
  kind: 'group' | 'person' | 'total';
  target: { revenueFen: number; profitFen: number; newClients: number } | null;
  actual: PlanActual;
}

function words(t: TFunction, locale: Locale) {
  return {
    r: (k: string, v?: Record<string, unknown>) => t(`sales:report.${k}`, v),
    p: (k: string, v?: Record<string, unknown>) => t(`salesPlans:${k}`, v),
    money: (fen: number) => formatMoneyFen(fen, locale),
    num: (n: number) => formatNumber(n, locale),
    pct: (n: number | null) => (n === null ? '—' : formatPercent(n, locale)),
  };
}

/**
 * Revenue, profit and new clients side by side, each as target, actual and achieved: a header of two rows
 * (the metric over its three columns), the group's row first and in bold, a total row when several groups.
 */
function planTable(rows: readonly PlanRowFigures[], t: TFunction, locale: Locale): Html {
  const w = words(t, locale);
  const metrics = [
    {
      key: 'revenue',
      target: (r: PlanRowFigures) => r.target?.revenueFen,
      actual: (r: PlanRowFigures) => r.actual.revenueFen,
      money: true,
    },
    {
      key: 'profit',
      target: (r: PlanRowFigures) => r.target?.profitFen,
      actual: (r: PlanRowFigures) => r.actual.profitFen,
      money: true,
    },
    {
      key: 'newClients',
      target: (r: PlanRowFigures) => r.target?.newClients,
      actual: (r: PlanRowFigures) => r.actual.newClients,
      money: false,
    },
  ] as const;
  const head1 = `<tr><th class="short" rowspan="2">${escapeHtml(w.r('plan.whose'))}</th>${metrics
    .map((m) => `<th class="metric" colspan="3">${escapeHtml(w.p(`metric.${m.key}`))}</th>`)
    .join('')}</tr>`;
  const head2 = `<tr>${metrics
    .map(
      () =>
        `<th class="num">${escapeHtml(w.r('plan.target'))}</th><th class="num">${escapeHtml(w.r('plan.actual'))}</th><th class="num">${escapeHtml(w.r('plan.achieved'))}</th>`,
    )
    .join('')}</tr>`;
  const body = rows
    .map((r) => {
      const cells = metrics
        .map((m) => {
          const target = m.target(r);
          const actual = m.actual(r);
          const show = (n: number) => (m.money ? w.money(n) : w.num(n));
          const pct = target === undefined ? null : progressPct(actual, target);
          return (
            `<td class="num">${target === undefined ? '—' : escapeHtml(show(target))}</td>` +
            `<td class="num">${escapeHtml(show(actual))}</td>` +
            `<td class="num pct${pct !== null && pct >= 100 ? ' met' : ''}">${escapeHtml(w.pct(pct))}</td>`
          );
        })
        .join('');
      return `<tr class="${r.kind}"><td class="short">${escapeHtml(r.name)}</td>${cells}</tr>`;
    })
    .join('');
  return html(`<table class="plan"><thead>${head1}${head2}</thead><tbody>${body}</tbody></table>`);
}

const targetOf = (
  p: { revenueTargetFen: number; profitTargetFen: number; newClientsTarget: number } | null,
) =>
  p ? { revenueFen: p.revenueTargetFen, profitFen: p.profitTargetFen, newClients: p.newClientsTarget } : null;

const groupRow = (b: SalesPlanBoard, name: string): PlanRowFigures => ({
  name,
  kind: 'group',
  target: targetOf(b.groupPlan),
  actual: b.groupActual,
});

function boardGroupName(b: SalesPlanBoard, groups: readonly PlanGroupOption[], t: TFunction, locale: Locale) {
  const g = groups.find((x) => x.id === b.groupId);
  return g ? groupName(g, locale) : t('sales:report.plan.noGroup');
}

const uncosted = (rows: readonly PlanActual[]) => rows.reduce((n, a) => n + a.uncostedContracts, 0);

function addActuals(list: readonly PlanActual[]): PlanActual {
  return list.reduce<PlanActual>(
    (s, a) => ({
      revenueFen: s.revenueFen + a.revenueFen,
      profitFen: s.profitFen + a.profitFen,
      uncostedContracts: s.uncostedContracts + a.uncostedContracts,
      contracts: s.contracts + a.contracts,
      newClients: s.newClients + a.newClients,
    }),
    { revenueFen: 0, profitFen: 0, uncostedContracts: 0, contracts: 0, newClients: 0 },
  );
}

/** The totals of the groups shown: what each group owes (its own plan) and what it achieved. */
function totalRow(boards: readonly SalesPlanBoard[], t: TFunction): PlanRowFigures {
  const planned = boards.filter((b) => b.groupPlan !== null);
  return {
    name: t('sales:report.plan.total'),
    kind: 'total',
    target: planned.length
      ? {
          revenueFen: planned.reduce((s, b) => s + b.groupPlan!.revenueTargetFen, 0),
          profitFen: planned.reduce((s, b) => s + b.groupPlan!.profitTargetFen, 0),
          newClients: planned.reduce((s, b) => s + b.groupPlan!.newClientsTarget, 0),
        }
      : null,
    actual: addActuals(boards.map((b) => b.groupActual)),
  };
}

function overview(input: SalesReportInput, t: TFunction): Html {
  const { data, locale } = input;
  const w = words(t, locale);
  const shown = data.boards.filter((b) => b.groupId !== null);
  const achieved = addActuals(shown.map((b) => b.groupActual));
  const f = data.funnel;
  const weighted = data.forecast.reduce((s, m) => s + m.weightedFen, 0);
  return figures([
    { label: w.r('figures.revenue'), value: w.money(achieved.revenueFen) },
    { label: w.r('figures.profit'), value: w.money(achieved.profitFen) },
    { label: w.r('figures.newClients'), value: w.num(achieved.newClients) },
    { label: w.r('figures.created'), value: w.num(f.created) },
    { label: w.r('figures.won'), value: w.num(f.won) },
    { label: w.r('figures.winRate'), value: w.pct(f.created ? (f.won / f.created) * 100 : null) },
    { label: w.r('figures.weighted'), value: w.money(weighted) },
  ]);
}

async function plans(input: SalesReportInput, t: TFunction): Promise<Html> {
  const { data, locale } = input;
  const w = words(t, locale);
  if (data.boards.length === 0) return join(heading(2, w.r('plan.title')), note(w.r('plan.none')));
  const grouped = data.boards.filter((b) => b.groupId !== null);
  const byGroup =
    grouped.length > 1
      ? join(
          heading(3, w.r('plan.byGroup')),
          planTable(
            [
              ...grouped.map((b) => groupRow(b, boardGroupName(b, data.groups, t, locale))),
              totalRow(grouped, t),
            ],
            t,
            locale,
          ),
        )
      : null;
  const sections: Html[] = [];
  for (const b of data.boards) {
    const name = boardGroupName(b, data.groups, t, locale);
    const rows: PlanRowFigures[] = [
      ...(b.groupId !== null ? [groupRow(b, name)] : []),
      ...b.people.map((p) => ({
        name: p.staffName,
        kind: 'person' as const,
        target: targetOf(p.plan),
        actual: p.actual,
      })),
    ];
    // A chart of a few dozen bars still reads; beyond that it shows those with the most revenue.
    const people = rows.filter((r) => r.kind === 'person');
    const charted =
      people.length > CHART_PEOPLE
        ? [
            ...rows.filter((r) => r.kind !== 'person'),
            ...[...people].sort((x, y) => y.actual.revenueFen - x.actual.revenueFen).slice(0, CHART_PEOPLE),
          ]
        : rows;
    const chart = planVsActualChart(
      charted.map((r) => ({
        name: r.name,
        targetFen: r.target?.revenueFen ?? null,
        actualFen: r.actual.revenueFen,
      })),
      {
        target: w.p('chart.target'),
        actual: w.p('chart.actual'),
        money: w.money,
        axis: (fen) => formatNumber(Math.round(fen / 100), locale),
        percent: (pct) => formatPercent(pct, locale),
      },
    );
    const missing = uncosted(
      rows.filter((r) => r.kind !== 'person' || b.groupId === null).map((r) => r.actual),
    );
    sections.push(
      join(
        keepTogether(
          heading(3, name, b.groupPlan ? null : muted(w.r('plan.noGroupPlan'))),
          chart ? await chartSvg(chart.option, { height: chart.height }) : null,
          charted !== rows ? note(w.r('plan.chartTop', { count: CHART_PEOPLE })) : null,
        ),
        planTable(rows, t, locale),
        missing > 0 ? note(w.p('progress.uncosted', { count: missing })) : null,
      ),
    );
  }
  return join(heading(2, w.r('plan.title')), note(w.r('plan.explain')), byGroup, ...sections);
}

/** A bar as long as the stage's share of the leads (the screen's progress bar), drawn in SVG. */
function bar(share: number): Html {
  const width = 90;
  const filled = Math.max(0, Math.min(width, Math.round(share * width)));
  return html(
    `<svg class="bar" width="${width}" height="8" viewBox="0 0 ${width} 8"><rect width="${width}" height="8" rx="2" fill="#f0f0f0"/>` +
      (filled ? `<rect width="${filled}" height="8" rx="2" fill="#1677ff"/>` : '') +
      `</svg>`,
  );
}

function funnelSection(input: SalesReportInput, t: TFunction): Html {
  const { data, locale } = input;
  const w = words(t, locale);
  const f = data.funnel;
  const top = f.steps[0]?.reached ?? 0;
  const title = heading(2, w.r('funnel.title'));
  if (f.created === 0) return keepTogether(title, note(t('sales:funnel.none')));
  const table = printTable<FunnelStep>(
    [
      { label: t('sales:funnel.stage'), kind: 'short', cell: (s) => t(`sales:stage.${s.stage}`) },
      {
        label: t('sales:funnel.reached'),
        kind: 'short',
        cell: (s) => join(bar(top ? s.reached / top : 0), w.num(s.reached)),
      },
      {
        label: t('sales:funnel.conversion'),
        kind: 'num',
        cell: (s) => (s.conversionToNext === null ? '—' : w.pct(s.conversionToNext)),
      },
      {
        label: t('sales:funnel.days'),
        kind: 'num',
        cell: (s) => (s.averageDays === null ? '—' : w.num(s.averageDays)),
      },
      { label: w.r('funnel.stays'), kind: 'num', cell: (s) => w.num(s.stays) },
    ],
    f.steps,
    { compact: true },
  );
  return keepTogether(
    title,
    note(
      w.r('funnel.summary', {
        created: w.num(f.created),
        won: w.num(f.won),
        lost: w.num(f.lost),
      }),
    ),
    note(t('sales:funnel.note')),
    table,
  );
}

async function forecastSection(input: SalesReportInput, t: TFunction): Promise<Html> {
  const { data, locale } = input;
  const w = words(t, locale);
  const chart = forecastChart(data.forecast, {
    month: (m) => formatMonth(m, locale, data.forecast.length > 12),
    weighted: t('sales:funnel.weighted'),
    won: t('sales:funnel.wonAmount'),
    money: (v) => formatNumber(v, locale),
  });
  const sum = (k: 'open' | 'amountFen' | 'weightedFen' | 'wonFen') =>
    data.forecast.reduce((s, m) => s + m[k], 0);
  const rows = [
    ...data.forecast.map((m) => ({ ...m, label: formatMonth(m.month, locale) })),
    ...(data.forecast.length > 1
      ? [
          {
            month: '',
            label: w.r('plan.total'),
            open: sum('open'),
            amountFen: sum('amountFen'),
            weightedFen: sum('weightedFen'),
            wonFen: sum('wonFen'),
          },
        ]
      : []),
  ];
  const table = printTable<(typeof rows)[number]>(
    [
      { label: t('sales:funnel.month'), kind: 'short', cell: (m) => m.label },
      { label: t('sales:funnel.open'), kind: 'num', cell: (m) => w.num(m.open) },
      { label: t('sales:funnel.amount'), kind: 'num', cell: (m) => w.money(m.amountFen) },
      { label: t('sales:funnel.weighted'), kind: 'num', cell: (m) => w.money(m.weightedFen) },
      { label: t('sales:funnel.wonAmount'), kind: 'num', cell: (m) => w.money(m.wonFen) },
    ],
    rows,
  );
  return join(
    keepTogether(
      heading(2, t('sales:funnel.forecast')),
      note(w.r('forecast.explain')),
      chart ? await chartSvg(chart, { height: 240 }) : null,
    ),
    table,
  );
}

async function lostSection(input: SalesReportInput, t: TFunction): Promise<Html> {
  const { data, locale, settings } = input;
  const w = words(t, locale);
  const title = heading(2, t('sales:funnel.lostReasons'));
  const rows = data.lostReasons;
  if (rows.length === 0) return keepTogether(title, note(t('sales:funnel.none')));
  const reason = (key: string) => listEntryName(settings.salesLostReasons, key, locale);
  const total = rows.reduce((s, r) => s + r.count, 0);
  const chart = lostReasonsChart(rows, { reason, count: t('sales:funnel.count') });
  const table = printTable<(typeof rows)[number]>(
    [
      { label: t('sales:funnel.reason'), kind: 'text', cell: (r) => reason(r.reason) },
      { label: t('sales:funnel.count'), kind: 'num', cell: (r) => w.num(r.count) },
      { label: w.r('lost.share'), kind: 'num', cell: (r) => w.pct((r.count / total) * 100) },
      { label: t('sales:funnel.amount'), kind: 'num', cell: (r) => w.money(r.amountFen) },
    ],
    rows,
    { compact: true },
  );
  return keepTogether(
    title,
    chart ? await chartSvg(chart, { height: Math.max(160, 36 * rows.length) }) : null,
    table,
  );
}

/** Whose figures the report holds, in the reader's words: everyone, the groups in charge, a group, oneself. */
function scopeLine(input: SalesReportInput, t: TFunction): Html {
  const { data, reader, locale } = input;
  const names = data.groups.map((g) => groupName(g, locale)).join(t('sales:report.scope.separator'));
  const text =
    reader.role === 'manager'
      ? t('sales:report.scope.manager')
      : reader.role === 'staff'
        ? t('sales:report.scope.staff', { name: reader.displayName })
        : t('sales:report.scope.groups', { groups: names || '—' });
  return html(`<div class="scope">${escapeHtml(text)}</div>`);
}

export async function salesReportHtml(input: SalesReportInput): Promise<string> {
  const t = translator(input.locale);
  const { data, locale } = input;
  const frame = reportFrame({
    locale,
    departmentName: input.settings.departmentName,
    title: t('sales:report.title'),
    subtitle: t('sales:report.period', {
      name: periodName(t, locale, data.periodKind, data.from),
      from: formatDate(data.from, locale),
      to: formatDate(data.to, locale),
    }),
    printedAt: input.printedAt,
  });
  const body = join(
    html(STYLE),
    scopeLine(input, t),
    overview(input, t),
    await plans(input, t),
    funnelSection(input, t),
    await forecastSection(input, t),
    await lostSection(input, t),
  );
  return reportHtml(frame, body, input.fontsDir);
}

/** The sales report of a period as PDF, of what the reader may see. */
export async function printSalesReport(
  ctx: UserCtx,
  q: { periodKind: PeriodKind; periodFrom: string; locale: Locale },
): Promise<FilePayload> {
  const data = salesReportData(ctx, q);
  const { settings } = salesBook(ctx);
  const htmlText = await salesReportHtml({
    data,
    reader: ctx.user,
    settings,
    locale: q.locale,
    printedAt: ctx.clock.now(),
    fontsDir: ctx.fontsDir,
  });
  const bytes = await printReport(ctx.printer, ctx.store.paths.tmpDir, htmlText);
  const t = translator(q.locale);
  const fileName = `${t('sales:report.fileName')}-${periodName(t, q.locale, q.periodKind, q.periodFrom)}.pdf`;
  return { fileName, mime: 'application/pdf', bytes };
}
