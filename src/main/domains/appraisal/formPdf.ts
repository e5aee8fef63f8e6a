import type { TFunction } from 'i18next';
import { phaseReached } from '../../../shared/appraisal/cycles';
import { type AppraisalForm, type FormItem } from '../../../shared/appraisal/forms';
import { INDICATOR_CATEGORIES } from '../../../shared/appraisal/indicators';
import { evalScoreOf } from '../../../shared/appraisal/scoring';
import type { FilePayload, Locale } from '../../../shared/contract/fields';
import { formatDate, formatDateTime, formatNumber } from '../../../shared/i18n/format';
import { formatFigure } from '../../../shared/appraisal/figures';
import type { UserCtx } from '../../core/context';
import { fieldRefusal } from '../../core/refusals';
import { translator } from '../../i18n/translate';
import {
  heading,
  html,
  join,
  keepTogether,
  keyValueTable,
  muted,
  note,
  printTable,
  signatureLines,
  subject,
  type Content,
  type Html,
  type PrintColumn,
} from '../../printing/printBlocks';
import { printReport, reportHtml } from '../../printing/reportDocument';
import { reportFrame } from '../../printing/reportFrame';
import { getSettings } from '../settings/service';
import { formFor, readableForm } from './forms';

/*
 * The two forms of a person's appraisal on paper (六(三), issue 10 §7), A4 in the chosen language, for the
 * file: the self-assessment 自评表 and the evaluation 评价表 as filled in, with lines to sign and date. Each
 * prints the form as its reader may see it (formView): a reader other than the person gets the self-
 * assessment only once it is submitted, and the person gets the evaluation only once the cycle is published
 * — before that, printing it is refused (FORBIDDEN: the person knows the form exists, so saying so reveals
 * nothing, and the refusal says why).
 */

export type FormSheet = 'self' | 'evaluation';

export interface FormSheetInput {
  form: AppraisalForm;
  sheet: FormSheet;
  locale: Locale;
  departmentName: string;
  printedAt: Date;
  fontsDir: string;
}

const FORM_STYLE = `<style>
.summary { white-space: pre-wrap; border: 0.25mm solid #d0d5dd; border-radius: 1mm; padding: 2mm 3mm; min-height: 12mm; }
</style>`;

function sheetBody(input: FormSheetInput, t: TFunction): Html {
  const { form: f, locale, sheet } = input;
  const l = (k: string, p?: Record<string, unknown>) => t(`appraisal:formPrint.${k}`, p ?? {});
  const zh = locale === 'zh-CN';
  const named = (zhName: string, enName: string | null) => (zh ? zhName : enName || zhName);
  const num = (n: number | null): Content => (n === null ? muted('—') : formatNumber(n, locale));
  const figure = (n: number | null, unit: string | null): Content =>
    formatFigure(n, unit, locale) ?? muted('—');
  const text = (s: string | null): Html =>
    join(html('<div class="summary">'), s || muted(l('none')), html('</div>'));

  const header = keyValueTable(
    [
      [
        {
          label: l('cycle'),
          value: zh
            ? `${f.cycleNameZh}（${f.cycleCode}）`
            : `${f.cycleNameEn || f.cycleNameZh} (${f.cycleCode})`,
        },
        {
          label: l('period'),
          value: `${formatDate(f.periodFrom, locale)} – ${formatDate(f.periodTo, locale)}`,
        },
      ],
      [
        { label: l('person'), value: f.staffName },
        { label: l('employeeNo'), value: f.employeeNo },
      ],
      [
        { label: l('group'), value: f.groupName ? named(f.groupName, f.groupNameEn) : muted('—') },
        { label: l('position'), value: f.position ?? muted('—') },
      ],
      [
        { label: l('evaluator'), value: f.evaluatorName },
        { label: l('template'), value: named(f.templateNameZh, f.templateNameEn) },
      ],
    ],
    { labelWidth: '24mm' },
  );

  const quantitative = (i: FormItem) => i.scoring === 'quantitative';
  const columns: PrintColumn<FormItem>[] = [
    { label: l('indicator'), kind: 'short', cell: (i) => named(i.nameZh, i.nameEn) },
    { label: l('weight'), kind: 'num', cell: (i) => formatNumber(i.weight, locale) },
    {
      label: l('target'),
      kind: 'num',
      cell: (i) => (quantitative(i) ? figure(i.target, i.unit) : muted('—')),
    },
    {
      label: l('actual'),
      kind: 'num',
      cell: (i) => (quantitative(i) ? figure(i.actual, i.unit) : muted('—')),
    },
    { label: l('selfScore'), kind: 'num', cell: (i) => num(i.selfScore) },
  ];
  if (sheet === 'self') columns.push({ label: l('selfComment'), kind: 'text', cell: (i) => i.selfComment });
  else
    columns.push(
      { label: l('evalScore'), kind: 'num', cell: (i) => num(evalScoreOf(i)) },
      { label: l('evalComment'), kind: 'text', cell: (i) => i.evalComment },
    );

  const tables = INDICATOR_CATEGORIES.flatMap((c) => {
    const items = f.items.filter((i) => i.category === c);
    if (!items.length) return [];
    const weight = items.reduce((s, i) => s + i.weight, 0);
    return [
      heading(3, `${t(`appraisal:category.${c}`)} · ${l('categoryWeight', { weight })}`),
      printTable(columns, items),
    ];
  });

  const section = (k: string) => heading(2, l(`sections.${k}`));
  const totals =
    sheet === 'self'
      ? keyValueTable([
          [
            { label: l('selfTotal'), value: num(f.selfTotal) },
            {
              label: l('submittedAt'),
              value: f.selfSubmittedAt ? formatDateTime(f.selfSubmittedAt, locale) : muted(l('notSubmitted')),
            },
          ],
        ])
      : keyValueTable([
          [
            { label: l('selfTotal'), value: num(f.selfTotal) },
            { label: l('evalTotal'), value: num(f.evalTotal) },
          ],
          [
            { label: l('finalScore'), value: num(f.finalScore) },
            { label: l('grade'), value: f.grade ?? muted('—') },
          ],
          [
            {
              label: l('submittedAt'),
              value: f.evalSubmittedAt ? formatDateTime(f.evalSubmittedAt, locale) : muted(l('notSubmitted')),
            },
            { label: l('adjustReason'), value: f.adjustReason ?? muted('—') },
          ],
        ]);

  const summaries =
    sheet === 'self'
      ? [
          keepTogether(section('plan'), text(f.plan)),
          keepTogether(section('achievements'), text(f.achievements)),
          keepTogether(section('shortfalls'), text(f.shortfalls)),
          keepTogether(section('nextPlan'), text(f.nextPlan)),
        ]
      : [keepTogether(section('overallComment'), text(f.overallComment))];

  const signers =
    sheet === 'self'
      ? [l('signers.person'), l('signers.evaluator')]
      : [l('signers.person'), l('signers.evaluator'), l('signers.manager')];

  return join(
    html(FORM_STYLE),
    subject(`${f.staffName} · ${f.employeeNo}`),
    keepTogether(section('particulars'), header),
    section('indicators'),
    note(l(sheet === 'self' ? 'selfNote' : 'evaluationNote')),
    ...tables,
    keepTogether(section('totals'), totals),
    ...summaries,
    keepTogether(
      section('signatures'),
      signatureLines(signers, { signature: l('signature'), date: l('signDate') }),
    ),
  );
}

/** The form's HTML and file name (the printing tests render it without a database). */
export function formSheetHtml(input: FormSheetInput): { html: string; fileName: string } {
  const t = translator(input.locale);
  const title = t(`appraisal:formPrint.title.${input.sheet}`);
  const frame = reportFrame({
    locale: input.locale,
    departmentName: input.departmentName,
    title,
    subtitle: input.form.cycleCode,
    printedAt: input.printedAt,
  });
  return {
    html: reportHtml(frame, sheetBody(input, t), input.fontsDir),
    fileName: `${title}-${input.form.cycleCode}-${input.form.staffName}.pdf`,
  };
}

async function printSheet(ctx: UserCtx, id: string, locale: Locale, sheet: FormSheet): Promise<FilePayload> {
  const readable = readableForm(ctx, id);
  if (
    sheet === 'evaluation' &&
    readable.relation === 'self' &&
    !phaseReached(readable.cycle.phase, 'published')
  )
    throw fieldRefusal('FORBIDDEN', 'form', 'validation.appraisalEvaluationNotPublished');
  const { settings } = getSettings(ctx);
  const file = formSheetHtml({
    form: formFor(ctx, readable),
    sheet,
    locale,
    departmentName: settings.departmentName,
    printedAt: ctx.clock.now(),
    fontsDir: ctx.fontsDir,
  });
  const bytes = await printReport(ctx.printer, ctx.store.paths.tmpDir, file.html);
  return { fileName: file.fileName, mime: 'application/pdf', bytes };
}

/** The self-assessment form 自评表 as filled in, for a reader of the form. */
export const printSelf = (ctx: UserCtx, id: string, locale: Locale) => printSheet(ctx, id, locale, 'self');

/** The evaluation form 评价表 as filled in; the person gets it only once the cycle is published. */
export const printEvaluation = (ctx: UserCtx, id: string, locale: Locale) =>
  printSheet(ctx, id, locale, 'evaluation');
