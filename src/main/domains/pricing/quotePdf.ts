import type { TFunction } from 'i18next';
import { regionLabel } from '../../../shared/clients/regionLabel';
import { AppError } from '../../../shared/contract/errors';
import type { FilePayload, Locale } from '../../../shared/contract/fields';
import { formatDate, formatMoneyFen, formatNumber, formatPercent } from '../../../shared/i18n/format';
import type { Quote, QuoteLine } from '../../../shared/pricing/types';
import type { UserCtx } from '../../core/context';
import { translator } from '../../i18n/translate';
import {
  escapeHtml,
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
  type Html,
} from '../../printing/printBlocks';
import { printReport, reportHtml } from '../../printing/reportDocument';
import { reportFrame } from '../../printing/reportFrame';
import { getClient } from '../clients/service';
import { getSettings } from '../settings/service';
import { getQuote } from './quotes';

export interface QuotePrintInput {
  quote: Quote;
  /** The client's address, when the reader may open the client file. */
  clientAddress: string | null;
  locale: Locale;
  departmentName: string;
  printedAt: Date;
  fontsDir: string;
}

/** The total under the lines, right-aligned and set apart. */
const QUOTE_STYLE = `<style>
.quote-total { text-align: right; font-size: 11pt; font-weight: 600; margin: 2mm 0 4mm; }
.quote-total .nowrap { margin-left: 3mm; }
.quote-stamp { margin-top: 8mm; }
</style>`;

/**
 * The quote 报价单 as the client receives it: who quotes (the department, in the frame's header), to whom, its
 * number, date and validity, the lines with quantity, unit, unit price, discount and amount, the total, the
 * terms, and lines to sign and stamp. Floor prices and the approval never appear on it: they are internal.
 */
export function quoteBody(input: QuotePrintInput, t: TFunction): Html {
  const { quote: q, locale } = input;
  const l = (k: string) => t(`pricing:print.${k}`);
  const f = (k: string) => t(`pricing:field.${k}`);
  const money = (fen: number) => formatMoneyFen(fen, locale);

  const particulars = keyValueTable(
    [
      [
        { label: l('to'), value: q.clientName },
        { label: l('quoteNo'), value: q.code },
      ],
      [
        { label: l('address'), value: input.clientAddress ?? muted('—') },
        { label: f('quotedOn'), value: formatDate(q.quotedOn, locale) },
      ],
      [
        { label: l('preparedBy'), value: q.ownerName },
        { label: f('validUntil'), value: formatDate(q.validUntil, locale) },
      ],
    ],
    { labelWidth: '24mm' },
  );

  const lines = printTable<QuoteLine>(
    [
      { label: l('no'), kind: 'num', cell: (x) => String(q.lines.indexOf(x) + 1) },
      {
        label: l('item'),
        kind: 'text',
        cell: (x) => (x.productCode ? `${x.productCode} ${x.description}` : x.description),
      },
      { label: f('quantity'), kind: 'num', cell: (x) => formatNumber(x.quantity, locale) },
      { label: f('unit'), kind: 'short', cell: (x) => x.unit },
      { label: f('unitPrice'), kind: 'num', cell: (x) => money(x.unitPriceFen) },
      {
        label: l('discount'),
        kind: 'num',
        cell: (x) => (x.discountPct ? formatPercent(x.discountPct, locale) : '—'),
      },
      { label: f('amount'), kind: 'num', cell: (x) => money(x.amountFen) },
    ],
    q.lines,
  );

  const total = html(
    `<div class="quote-total">${escapeHtml(l('total'))}<span class="nowrap">${escapeHtml(money(q.totalFen))}</span></div>`,
  );

  return join(
    html(QUOTE_STYLE),
    subject(q.clientName),
    keepTogether(heading(2, l('sections.particulars')), particulars),
    heading(2, l('sections.lines')),
    lines,
    total,
    keepTogether(
      heading(2, l('sections.terms')),
      note(t('pricing:print.validity', { date: formatDate(q.validUntil, locale) })),
      q.terms ? note(q.terms) : null,
    ),
    keepTogether(
      heading(2, l('sections.signatures')),
      signatureLines([l('signers.supplier'), l('signers.client')], {
        signature: l('signature'),
        date: l('signDate'),
      }),
      html(`<div class="note quote-stamp">${escapeHtml(l('stamp'))}</div>`),
    ),
  );
}

export function quoteHtml(input: QuotePrintInput): { html: string; fileName: string } {
  const t = translator(input.locale);
  const frame = reportFrame({
    locale: input.locale,
    departmentName: input.departmentName,
    title: t('pricing:print.title'),
    subtitle: input.quote.code,
    printedAt: input.printedAt,
  });
  return {
    html: reportHtml(frame, quoteBody(input, t), input.fontsDir),
    fileName: `${t('pricing:print.fileName')}-${input.quote.code}.pdf`,
  };
}

function addressOf(ctx: UserCtx, clientId: string, locale: Locale): string | null {
  try {
    const c = getClient(ctx, clientId).client;
    const region = [regionLabel(c.province, locale), regionLabel(c.city, locale)].filter(Boolean).join(' ');
    return [region, c.address].filter(Boolean).join(' ') || null;
  } catch (e) {
    // A quote of the reader's group may be for a client file they do not see: the quote's own names suffice.
    if (e instanceof AppError && e.code === 'NOT_FOUND') return null;
    throw e;
  }
}

/** A quote the reader may see, as PDF in the chosen language. */
export async function printQuote(ctx: UserCtx, id: string, locale: Locale): Promise<FilePayload> {
  const quote = getQuote(ctx, id);
  const { settings } = getSettings(ctx);
  const file = quoteHtml({
    quote,
    clientAddress: addressOf(ctx, quote.clientId, locale),
    locale,
    departmentName: settings.departmentName,
    printedAt: ctx.clock.now(),
    fontsDir: ctx.fontsDir,
  });
  const bytes = await printReport(ctx.printer, ctx.store.paths.tmpDir, file.html);
  return { fileName: file.fileName, mime: 'application/pdf', bytes };
}
