import type { TFunction } from 'i18next';
import type { AppraisalCycle } from '../../../shared/appraisal/cycles';
import {
  GRADES,
  type ConsolidatedRow,
  type ConsolidatedTable,
  type Grade,
} from '../../../shared/appraisal/forms';
import { GRADE_COLORS, distributionChart } from '../../../shared/appraisal/resultCharts';
import type { GradeGuideline } from '../../../shared/appraisal/settings';
import type { FilePayload, Locale } from '../../../shared/contract/fields';
import { formatDate, formatDateTime, formatNumber, formatPercent } from '../../../shared/i18n/format';
import type { UserCtx } from '../../core/context';
import { translator } from '../../i18n/translate';
import { chartSvg } from '../../printing/chartSvg';
import {
  chip,
  heading,
  html,
  join,
  keepTogether,
  keyValueTable,
  muted,
  note,
  printTable,
  type Html,
  type PrintColumn,
} from '../../printing/printBlocks';
import { printReport, reportHtml } from '../../printing/reportDocument';
import { reportFrame } from '../../printing/reportFrame';
import { appraisalBook, cycleRow, toCycle } from './cycleView';
import { consolidated } from './consolidation';

/*
 * The cycle result summary (六(三), issue 10 §7): the cycle's particulars, the grade distribution as a chart
 * and in figures against the guideline (with the warning when a grade is over its ceiling), and everyone's
 * self / supervisor / final score and grade, by group. The rows are the reader's consolidated table — the
 * manager's all, a lead's or deputy's their groups' — so the paper shows nothing the screen would not.
 */

const STYLE = `<style>
.warning { border: 1px solid #cf1322; color: #a8071a; background: #fff1f0; padding: 2mm 3mm; margin: 2mm 0; break-inside: avoid; }
</style>`;

export interface SummaryInput {
  cycle: AppraisalCycle;
  table: ConsolidatedTable;
  guideline: GradeGuideline;
  locale: Locale;
  departmentName: string;
  printedAt: Date;
  fontsDir: string;
}

function words(t: TFunction, locale: Locale) {
  const num = (n: number | null) => (n === null ? '—' : formatNumber(n, locale));
  return {
    l: (k: string, v?: Record<string, unknown>) => t(`appraisalReview:${k}`, v),
    num,
    grade: (g: Grade | null) => (g ? chip(GRADE_COLORS[g], g) : muted('—')),
  };
}

const cycleName = (c: AppraisalCycle, locale: Locale) =>
  locale === 'en-US' ? (c.nameEn ?? c.nameZh) : c.nameZh;

function particulars(input: SummaryInput, t: TFunction): Html {
  const { cycle: c, locale, table } = input;
  const { l } = words(t, locale);
  return keyValueTable([
    [
      { label: l('summary.code'), value: c.code },
      { label: l('summary.kind'), value: l(`kind.${c.kind}`) },
    ],
    [
      {
        label: l('summary.period'),
        value: `${formatDate(c.periodFrom, locale)} – ${formatDate(c.periodTo, locale)}`,
      },
      { label: l('summary.phase'), value: l(`phase.${c.phase}`) },
    ],
    [
      { label: l('summary.publishedAt'), value: c.publishedAt ? formatDateTime(c.publishedAt, locale) : '—' },
      { label: l('summary.appealUntil'), value: c.appealUntil ? formatDate(c.appealUntil, locale) : '—' },
    ],
    [
      { label: l('summary.people'), value: formatNumber(table.rows.length, locale) },
      { label: l('summary.graded'), value: formatNumber(table.distribution.graded, locale) },
    ],
  ]);
}

async function distribution(input: SummaryInput, t: TFunction): Promise<Html> {
  const { table, guideline, locale } = input;
  const { l } = words(t, locale);
  const d = table.distribution;
  const title = heading(2, l('summary.distribution'));
  if (d.graded === 0) return keepTogether(title, note(l('summary.noneGraded')));
  const chart = distributionChart(d, guideline, {
    grade: (g) => g,
    share: l('chart.share'),
    ceiling: l('chart.ceiling'),
    percent: (n) => formatPercent(n, locale),
    count: (n) => l('chart.people', { count: n }),
  });
  const warning = d.overGuideline.length
    ? html(
        `<div class="warning">${
          join(
            l('distribution.overGuideline'),
            ' ',
            d.overGuideline
              .map((o) =>
                l('distribution.overLine', {
                  grade: o.grade,
                  share: formatPercent(o.share, locale),
                  ceiling: formatPercent(o.ceiling, locale),
                }),
              )
              .join(l('distribution.separator')),
          ).html
        }</div>`,
      )
    : null;
  const counts = printTable<Grade>(
    [
      { label: l('columns.grade'), kind: 'short', cell: (g) => chip(GRADE_COLORS[g], g) },
      { label: l('columns.people'), kind: 'num', cell: (g) => formatNumber(d.counts[g], locale) },
      {
        label: l('columns.share'),
        kind: 'num',
        cell: (g) => formatPercent((d.counts[g] / d.graded) * 100, locale),
      },
      {
        label: l('columns.ceiling'),
        kind: 'num',
        cell: (g) => (guideline[g] < 100 ? `≤ ${formatPercent(guideline[g], locale)}` : '—'),
      },
    ],
    GRADES,
    { compact: true },
  );
  return keepTogether(
    title,
    chart ? await chartSvg(chart.option, { height: chart.height }) : null,
    warning,
    counts,
  );
}

function byGroup(input: SummaryInput, t: TFunction): Html {
  const { table, locale, cycle } = input;
  const w = words(t, locale);
  const groupOf = (r: ConsolidatedRow) =>
    (locale === 'en-US' ? (r.groupNameEn ?? r.groupName) : r.groupName) ?? w.l('summary.noGroup');
  const groups = new Map<string, ConsolidatedRow[]>();
  for (const r of table.rows) groups.set(groupOf(r), [...(groups.get(groupOf(r)) ?? []), r]);
  const columns: PrintColumn<ConsolidatedRow>[] = [
    { label: w.l('columns.employeeNo'), kind: 'short', cell: (r) => r.employeeNo },
    { label: w.l('columns.staff'), kind: 'short', cell: (r) => r.staffName },
    { label: w.l('columns.position'), kind: 'text', cell: (r) => r.position },
    { label: w.l('columns.self'), kind: 'num', cell: (r) => w.num(r.selfTotal) },
    { label: w.l('columns.supervisor'), kind: 'num', cell: (r) => w.num(r.evalTotal) },
    ...(cycle.kind === 'annual'
      ? [
          {
            label: w.l('columns.quarterMean'),
            kind: 'num' as const,
            cell: (r: ConsolidatedRow) => w.num(r.quarterMean),
          },
        ]
      : []),
    { label: w.l('columns.adjusted'), kind: 'num', cell: (r) => w.num(r.adjustedTotal) },
    { label: w.l('columns.final'), kind: 'num', cell: (r) => w.num(r.finalScore) },
    { label: w.l('columns.grade'), kind: 'short', cell: (r) => w.grade(r.grade) },
  ];
  const sections = [...groups].map(([name, rows]) =>
    join(
      heading(3, name, muted(w.l('summary.groupCount', { count: rows.length }))),
      printTable(columns, rows),
    ),
  );
  return join(
    heading(2, w.l('summary.results')),
    ...(sections.length ? sections : [note(w.l('summary.noRows'))]),
  );
}

export async function summaryHtml(input: SummaryInput): Promise<string> {
  const t = translator(input.locale);
  const frame = reportFrame({
    locale: input.locale,
    departmentName: input.departmentName,
    title: t('appraisalReview:summary.title'),
    subtitle: cycleName(input.cycle, input.locale),
    printedAt: input.printedAt,
  });
  const body = join(html(STYLE), particulars(input, t), await distribution(input, t), byGroup(input, t));
  return reportHtml(frame, body, input.fontsDir);
}

/** The summary of a cycle as PDF, scoped like the consolidated table (NOT_FOUND / FORBIDDEN the same way). */
export async function printSummary(ctx: UserCtx, cycleId: string, locale: Locale): Promise<FilePayload> {
  const table = consolidated(ctx, cycleId);
  const cycle = toCycle(cycleRow(ctx, cycleId));
  const { settings } = appraisalBook(ctx);
  const htmlText = await summaryHtml({
    cycle,
    table,
    guideline: settings.appraisalGuideline,
    locale,
    departmentName: settings.departmentName,
    printedAt: ctx.clock.now(),
    fontsDir: ctx.fontsDir,
  });
  const bytes = await printReport(ctx.printer, ctx.store.paths.tmpDir, htmlText);
  const fileName = `${translator(locale)('appraisalReview:summary.fileName')}-${cycle.code}.pdf`;
  return { fileName, mime: 'application/pdf', bytes };
}
