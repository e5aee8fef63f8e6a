import { chinaDateOf } from '../../../shared/calendar/workingTime';
import type { FilePayload, Locale } from '../../../shared/contract/fields';
import type { QuoteFilter } from '../../../shared/pricing/channels';
import type { Quote, QuoteLine } from '../../../shared/pricing/types';
import type { UserCtx } from '../../core/context';
import { excelSheet, exportXlsx, type ExcelColumn } from '../../excel/exportXlsx';
import { translator } from '../../i18n/translate';
import { quoteListWhere } from './listQuery';
import { quoteRows } from './repository/quotes';
import { toQuote } from './views';
import { floorVisible } from './visibility';

/*
 * The quote list as .xlsx in the reader's language: the same scope, filters and order as the screen; a sheet
 * of quotes and one of their lines. The floor column is there only for the floor price audience (main strips
 * the figures for everyone else anyway).
 */

/** The most quotes one export writes. */
export const QUOTE_EXPORT_MAX_ROWS = 50_000;

type LineRow = QuoteLine & { quote: Quote };

export async function exportQuotes(
  ctx: UserCtx,
  input: QuoteFilter & { locale: Locale },
): Promise<FilePayload> {
  const { locale, ...filter } = input;
  const t = translator(locale);
  const zh = locale === 'zh-CN';
  const visible = floorVisible(ctx);
  const quotes = quoteRows(ctx.db, quoteListWhere(ctx.user, filter), filter, QUOTE_EXPORT_MAX_ROWS).map((r) =>
    toQuote(r, visible),
  );
  const f = (k: string) => t(`pricing:field.${k}`);
  const col = <R>(
    field: string,
    width: number,
    kind: ExcelColumn<R>['kind'],
    value: ExcelColumn<R>['value'],
    wrap = false,
  ): ExcelColumn<R> => ({ header: f(field), width, kind, value, wrap });
  const quoteColumns: ExcelColumn<Quote>[] = [
    col('code', 14, 'text', (q) => q.code),
    col('client', 28, 'text', (q) => q.clientName, true),
    col('opportunity', 22, 'text', (q) =>
      q.opportunityCode ? `${q.opportunityCode} ${q.opportunityTitle}` : null,
    ),
    col('owner', 12, 'text', (q) => q.ownerName),
    col('group', 14, 'text', (q) => (zh ? q.groupName : (q.groupNameEn ?? q.groupName))),
    col('quotedOn', 12, 'date', (q) => q.quotedOn),
    col('validUntil', 12, 'date', (q) => q.validUntil),
    col('total', 16, 'money', (q) => q.totalFen),
    col('status', 12, 'text', (q) => t(`pricing:status.${q.status}`)),
    col('belowFloor', 10, 'text', (q) => (q.belowFloor ? t('pricing:common.yes') : t('pricing:common.no'))),
    col('floorReason', 30, 'text', (q) => q.floorReason, true),
    col('decisionComment', 30, 'text', (q) => q.decisionComment, true),
  ];
  const lines: LineRow[] = quotes.flatMap((q) => q.lines.map((l) => ({ ...l, quote: q })));
  const lineColumns: ExcelColumn<LineRow>[] = [
    col('code', 14, 'text', (l) => l.quote.code),
    col('productCode', 14, 'text', (l) => l.productCode),
    col('description', 30, 'text', (l) => l.description, true),
    col('quantity', 10, 'number', (l) => l.quantity),
    col('unit', 8, 'text', (l) => l.unit),
    col('unitPrice', 14, 'money', (l) => l.unitPriceFen),
    col('discount', 10, 'number', (l) => l.discountPct),
    col('amount', 14, 'money', (l) => l.amountFen),
    ...(visible ? [col<LineRow>('floorPrice', 14, 'money', (l) => l.floorPriceFen)] : []),
    col('belowFloor', 10, 'text', (l) => (l.belowFloor ? t('pricing:common.yes') : t('pricing:common.no'))),
  ];
  return exportXlsx(
    `${t('pricing:export.fileName')}-${chinaDateOf(ctx.clock.now().getTime())}.xlsx`,
    [
      excelSheet({ name: t('pricing:export.sheet'), columns: quoteColumns, rows: quotes }),
      excelSheet({ name: t('pricing:export.linesSheet'), columns: lineColumns, rows: lines }),
    ],
    { locale },
  );
}
