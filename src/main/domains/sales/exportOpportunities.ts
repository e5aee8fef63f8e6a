import type { FilePayload } from '../../../shared/contract/fields';
import type { SalesExportInput } from '../../../shared/sales/channels';
import type { Opportunity } from '../../../shared/sales/types';
import { listEntryName } from '../../../shared/settings/lists';
import type { UserCtx } from '../../core/context';
import { excelSheet, exportXlsx, type ExcelColumn } from '../../excel/exportXlsx';
import { translator } from '../../i18n/translate';
import { opportunityOrder, opportunityWhere } from './listQuery';
import { opportunitySearch } from './repository/search';
import { salesListScope } from './visibility';
import { salesBook, toOpportunity } from './opportunityView';
import { opportunityRows } from './repository/opportunities';

/** The most rows one export writes. */
export const OPPORTUNITY_EXPORT_MAX_ROWS = 100_000;

/** The opportunity list as .xlsx in the reader's language: the same filters and order, the screens' labels. */
export async function exportOpportunities(ctx: UserCtx, input: SalesExportInput): Promise<FilePayload> {
  const { locale, ...list } = input;
  const t = translator(locale);
  const book = salesBook(ctx);
  const rows = opportunityRows(
    ctx.db,
    opportunityWhere(
      salesListScope(ctx.db, ctx.user, list.scope),
      list,
      book.today,
      opportunitySearch(ctx.db, list.search),
    ),
    opportunityOrder(list.sortBy, list.sortDir),
    OPPORTUNITY_EXPORT_MAX_ROWS,
  ).map((r) => toOpportunity(book, r));
  const c = (
    field: string,
    width: number,
    kind: ExcelColumn<Opportunity>['kind'],
    value: ExcelColumn<Opportunity>['value'],
    wrap = false,
  ): ExcelColumn<Opportunity> => ({ header: t(`sales:field.${field}`), width, kind, value, wrap });
  const columns: ExcelColumn<Opportunity>[] = [
    c('code', 16, 'text', (o) => o.code),
    c('title', 30, 'text', (o) => o.title),
    c('client', 24, 'text', (o) => o.clientName),
    c('stage', 10, 'text', (o) => t(`sales:stage.${o.stage}`)),
    c('owner', 12, 'text', (o) => o.ownerName),
    c('expectedAmount', 14, 'money', (o) => o.expectedAmountFen),
    c('probability', 8, 'number', (o) => o.probability),
    c('weighted', 14, 'money', (o) => o.weightedFen),
    c('expectedCloseOn', 12, 'date', (o) => o.expectedCloseOn),
    c('nextStep', 30, 'text', (o) => o.nextStep, true),
    c('nextStepOn', 12, 'date', (o) => o.nextStepOn),
    c('sourceActivity', 24, 'text', (o) => o.sourceActivityTitle),
    c('screeningScore', 8, 'number', (o) => o.screeningScore),
    c('lostReason', 16, 'text', (o) => listEntryName(book.settings.salesLostReasons, o.lostReason, locale)),
    c('closedOn', 12, 'date', (o) => o.closedOn),
    c('createdAt', 18, 'dateTime', (o) => o.createdAt),
  ];
  return exportXlsx(
    `${t('sales:export.fileName')}-${book.today}.xlsx`,
    [excelSheet({ name: t('sales:export.sheet'), columns, rows })],
    { locale },
  );
}
