import type { TFunction } from 'i18next';
import type { AppraisalHistory, FormSummary } from '../../../shared/appraisal/forms';
import { GRADE_COLORS, historyChart } from '../../../shared/appraisal/resultCharts';
import type { FilePayload, Locale } from '../../../shared/contract/fields';
import { formatDate, formatDateTime, formatNumber } from '../../../shared/i18n/format';
import type { UserCtx } from '../../core/context';
import { translator } from '../../i18n/translate';
import { chartSvg } from '../../printing/chartSvg';
import {
  chip,
  heading,
  join,
  keepTogether,
  keyValueTable,
  muted,
  note,
  printTable,
  type PrintColumn,
} from '../../printing/printBlocks';
import { printReport, reportHtml } from '../../printing/reportDocument';
import { reportFrame } from '../../printing/reportFrame';
import { appraisalBook } from './cycleView';
import { history } from './history';

/*
 * A person's appraisal history (issue 10 §7): who, their final scores over the cycles as a line, and each
 * cycle's result — exactly the rows history() gives the reader, so the paper shows nothing the screen would not.
 */

export interface HistoryInput {
  history: AppraisalHistory;
  locale: Locale;
  departmentName: string;
  printedAt: Date;
  fontsDir: string;
}

export const cycleLabel = (r: Pick<FormSummary, 'cycleNameZh' | 'cycleNameEn'>, locale: Locale): string =>
  locale === 'en-US' ? (r.cycleNameEn ?? r.cycleNameZh) : r.cycleNameZh;

async function body(input: HistoryInput, t: TFunction) {
  const { history: h, locale } = input;
  const l = (k: string, v?: Record<string, unknown>) => t(`appraisalReview:${k}`, v);
  const num = (n: number | null) => (n === null ? '—' : formatNumber(n, locale));
  const who = keyValueTable([
    [
      { label: l('columns.staff'), value: h.staffName },
      { label: l('columns.employeeNo'), value: h.employeeNo },
    ],
    [
      {
        label: l('columns.group'),
        value: (locale === 'en-US' ? (h.groupNameEn ?? h.groupName) : h.groupName) ?? '—',
      },
      { label: l('history.cycles'), value: formatNumber(h.rows.length, locale) },
    ],
  ]);
  if (h.rows.length === 0) return join(who, note(l('history.none')));
  const chart = historyChart(
    h.rows.map((r) => ({ label: cycleLabel(r, locale), finalScore: r.finalScore })),
    { finalScore: l('columns.final'), number: (n) => formatNumber(n, locale) },
  );
  const columns: PrintColumn<FormSummary>[] = [
    { label: l('columns.cycle'), kind: 'text', cell: (r) => `${cycleLabel(r, locale)} (${r.cycleCode})` },
    { label: l('columns.kind'), kind: 'short', cell: (r) => l(`kind.${r.cycleKind}`) },
    {
      label: l('columns.period'),
      kind: 'short',
      cell: (r) => `${formatDate(r.periodFrom, locale)} – ${formatDate(r.periodTo, locale)}`,
    },
    { label: l('columns.evaluator'), kind: 'short', cell: (r) => r.evaluatorName },
    { label: l('columns.final'), kind: 'num', cell: (r) => num(r.finalScore) },
    {
      label: l('columns.grade'),
      kind: 'short',
      cell: (r) => (r.grade ? chip(GRADE_COLORS[r.grade], r.grade) : muted('—')),
    },
    {
      label: l('columns.acknowledged'),
      kind: 'short',
      cell: (r) => (r.acknowledgedAt ? formatDateTime(r.acknowledgedAt, locale) : muted('—')),
    },
    {
      label: l('columns.appeal'),
      kind: 'short',
      cell: (r) => (r.appealStatus ? l(`appealStatus.${r.appealStatus}`) : muted('—')),
    },
  ];
  return join(
    who,
    keepTogether(
      heading(2, l('history.trend')),
      chart ? await chartSvg(chart.option, { height: chart.height }) : null,
    ),
    heading(2, l('history.results')),
    printTable(columns, h.rows),
  );
}

export async function historyHtml(input: HistoryInput): Promise<string> {
  const t = translator(input.locale);
  const frame = reportFrame({
    locale: input.locale,
    departmentName: input.departmentName,
    title: t('appraisalReview:history.title'),
    subtitle: `${input.history.staffName} (${input.history.employeeNo})`,
    printedAt: input.printedAt,
  });
  return reportHtml(frame, await body(input, t), input.fontsDir);
}

/** A person's history as PDF, for whoever may open it (the same rows, NOT_FOUND the same way). */
export async function printHistory(ctx: UserCtx, staffId: string, locale: Locale): Promise<FilePayload> {
  const h = history(ctx, staffId);
  const { settings } = appraisalBook(ctx);
  const htmlText = await historyHtml({
    history: h,
    locale,
    departmentName: settings.departmentName,
    printedAt: ctx.clock.now(),
    fontsDir: ctx.fontsDir,
  });
  const bytes = await printReport(ctx.printer, ctx.store.paths.tmpDir, htmlText);
  const fileName = `${translator(locale)('appraisalReview:history.fileName')}-${h.employeeNo}.pdf`;
  return { fileName, mime: 'application/pdf', bytes };
}
