import type { TFunction } from 'i18next';
import type { FilePayload, Locale } from '../../../shared/contract/fields';
import type { ContractDetail, ContractLine } from '../../../shared/contracts/types';
import { formatDate, formatDateTime, formatMoneyFen, formatNumber } from '../../../shared/i18n/format';
import { listEntryName, type ListEntry } from '../../../shared/settings/lists';
import type { UserCtx } from '../../core/context';
import { translator } from '../../i18n/translate';
import {
  heading,
  join,
  keepTogether,
  keyValueTable,
  muted,
  printTable,
  signatureLines,
  subject,
  type Html,
} from '../../printing/printBlocks';
import { printReport, reportHtml } from '../../printing/reportDocument';
import { reportFrame } from '../../printing/reportFrame';
import { getSettings } from '../settings/service';
import { getContract } from './service';

export interface ReviewFormInput {
  detail: ContractDetail;
  handoffDepartments: readonly ListEntry[];
  locale: Locale;
  departmentName: string;
  printedAt: Date;
  fontsDir: string;
}

/**
 * The contract review form 合同评审表: the particulars (parties, amount, dates), the lines, the terms under
 * review, the checklist with each item's result and comment, the reviewers' opinions, and lines for the
 * drafter, each reviewer and the approver to sign.
 */
export function reviewFormBody(input: ReviewFormInput, t: TFunction): Html {
  const { detail, locale } = input;
  const c = detail.contract;
  const l = (k: string) => t(`contracts:print.${k}`);
  const f = (k: string) => t(`contracts:field.${k}`);
  const money = (fen: number | null) => (fen === null ? '' : formatMoneyFen(fen, locale));
  const none = muted(l('none'));
  const withParen = (a: string, b: string) => (locale === 'zh-CN' ? `${a}（${b}）` : `${a} (${b})`);
  const section = (k: string) => heading(2, l(`sections.${k}`));

  const particulars = keyValueTable(
    [
      [
        { label: f('code'), value: c.code },
        { label: f('status'), value: t(`contracts:status.${c.status}`) },
      ],
      [
        { label: l('partyA'), value: input.departmentName },
        { label: l('partyB'), value: withParen(c.clientName, c.clientCode) },
      ],
      [
        { label: f('amount'), value: money(c.amountFen) },
        { label: f('cost'), value: money(c.costFen) },
      ],
      [
        { label: f('owner'), value: c.ownerName },
        { label: f('draftedOn'), value: formatDate(c.draftedOn, locale) },
      ],
      [
        { label: f('source'), value: [c.opportunityCode, c.quoteCode].filter(Boolean).join(' / ') },
        { label: f('signedOn'), value: formatDate(c.signedOn, locale) },
      ],
    ],
    { labelWidth: '26mm' },
  );

  const lines =
    c.lines.length === 0
      ? none
      : printTable<ContractLine>(
          [
            { label: l('no'), kind: 'num', cell: (x) => String(c.lines.indexOf(x) + 1) },
            { label: f('lineDescription'), kind: 'text', cell: (x) => x.description },
            { label: f('lineUnit'), kind: 'short', cell: (x) => x.unit ?? '' },
            { label: f('lineQuantity'), kind: 'num', cell: (x) => formatNumber(x.quantity, locale) },
            { label: f('lineUnitPrice'), kind: 'num', cell: (x) => money(x.unitPriceFen) },
            { label: f('lineDiscount'), kind: 'num', cell: (x) => `${formatNumber(x.discount, locale)}%` },
            { label: f('lineAmount'), kind: 'num', cell: (x) => money(x.amountFen) },
          ],
          c.lines,
        );

  const terms = keyValueTable(
    (
      [
        ['subject', c.subject],
        ['deliveryTerms', c.deliveryTerms],
        ['paymentTerms', c.paymentTerms],
        ['liabilityTerms', c.liabilityTerms],
        ['disputeTerms', c.disputeTerms],
      ] as const
    ).map(([k, v]) => ({ wide: { label: f(k), value: v ?? none } })),
    { labelWidth: '26mm' },
  );

  const checklist = printTable(
    [
      { label: l('no'), kind: 'num', cell: (x) => String(c.checklist.indexOf(x) + 1) },
      { label: l('checkItem'), kind: 'short', cell: (x) => t(`contracts:checkItem.${x.item}`) },
      { label: l('checkResult'), kind: 'short', cell: (x) => t(`contracts:checkResult.${x.result}`) },
      { label: l('checkComment'), kind: 'text', cell: (x) => x.comment ?? '' },
      {
        label: l('checkedBy'),
        kind: 'short',
        cell: (x) =>
          x.checkedByName ? `${x.checkedByName} ${formatDate(x.checkedAt!.slice(0, 10), locale)}` : '',
      },
    ],
    c.checklist,
  );

  const opinions =
    c.reviews.length === 0
      ? none
      : printTable(
          [
            { label: l('reviewer'), kind: 'short', cell: (r) => r.name },
            { label: l('opinionAt'), kind: 'short', cell: (r) => formatDateTime(r.at, locale) },
            { label: l('opinion'), kind: 'short', cell: (r) => l(r.agree ? 'agree' : 'disagree') },
            { label: l('checkComment'), kind: 'text', cell: (r) => r.comment ?? '' },
          ],
          c.reviews,
        );

  const approval = c.approvedAt
    ? `${c.approvedByName ?? ''} ${formatDateTime(c.approvedAt, locale)}`
    : l('notApproved');

  const handoffs =
    detail.handoffs.length === 0
      ? null
      : join(
          section('handoffs'),
          printTable(
            [
              {
                label: l('department'),
                kind: 'short',
                cell: (h) => listEntryName(input.handoffDepartments, h.department, locale),
              },
              { label: l('assignee'), kind: 'short', cell: (h) => h.assigneeName ?? '' },
              {
                label: l('acknowledged'),
                kind: 'text',
                cell: (h) =>
                  h.acknowledgedAt
                    ? `${h.acknowledgedBy ?? ''} ${formatDateTime(h.acknowledgedAt, locale)}`
                    : '',
              },
            ],
            detail.handoffs,
          ),
        );

  const reviewers = c.reviews.length
    ? c.reviews.map((r) => withParen(l('signers.reviewer'), r.name))
    : [l('signers.reviewer')];
  return join(
    subject(c.title),
    keepTogether(section('particulars'), particulars),
    section('lines'),
    lines,
    keepTogether(section('terms'), terms),
    keepTogether(section('checklist'), checklist),
    keepTogether(section('opinions'), opinions),
    keepTogether(
      section('approval'),
      keyValueTable([{ wide: { label: l('approvedBy'), value: approval } }], { labelWidth: '26mm' }),
    ),
    handoffs,
    keepTogether(
      section('signatures'),
      signatureLines(
        [
          withParen(l('signers.drafter'), c.createdByName ?? c.ownerName),
          ...reviewers,
          c.approvedByName ? withParen(l('signers.approver'), c.approvedByName) : l('signers.approver'),
        ],
        { signature: l('signature'), date: l('signDate') },
      ),
    ),
  );
}

export function reviewFormHtml(input: ReviewFormInput): { html: string; fileName: string } {
  const t = translator(input.locale);
  const frame = reportFrame({
    locale: input.locale,
    departmentName: input.departmentName,
    title: t('contracts:print.title'),
    subtitle: input.detail.contract.code,
    printedAt: input.printedAt,
  });
  return {
    html: reportHtml(frame, reviewFormBody(input, t), input.fontsDir),
    fileName: `${t('contracts:print.fileName')}-${input.detail.contract.code}.pdf`,
  };
}

/** The review form of a contract the person may see, as PDF. */
export async function printReviewForm(ctx: UserCtx, id: string, locale: Locale): Promise<FilePayload> {
  const detail = getContract(ctx, id);
  const { settings } = getSettings(ctx);
  const file = reviewFormHtml({
    detail,
    handoffDepartments: settings.salesHandoffDepartments,
    locale,
    departmentName: settings.departmentName,
    printedAt: ctx.clock.now(),
    fontsDir: ctx.fontsDir,
  });
  const bytes = await printReport(ctx.printer, ctx.store.paths.tmpDir, file.html);
  return { fileName: file.fileName, mime: 'application/pdf', bytes };
}
