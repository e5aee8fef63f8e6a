import type { TFunction } from 'i18next';
import type { Client } from '../../../../shared/clients/types';
import type { FilePayload, Locale } from '../../../../shared/contract/fields';
import { excelSheet, exportXlsx, type ExcelColumn } from '../../../excel/exportXlsx';
import { translator } from '../../../i18n/translate';
import { CLIENT_ENUMS, enumLabel, type ClientEnum } from './labels';

export interface ClientExportOptions {
  /** For the file name's date. */
  now: Date;
  /** Sum of each client's transactions in fen, when the caller has it; adds a money column. */
  transactionTotalFen?: (clientId: string) => number | undefined;
  /** Called every `progressEvery` rows with the count so far. */
  onProgress?: (rows: number) => void;
  progressEvery?: number;
}

/** Each listed value's label looked up once, not once per row (i18next lookups dominate a 100k export). */
function labelsOf(t: TFunction, kind: ClientEnum): (value: string) => string {
  const labels = new Map((CLIENT_ENUMS[kind] as readonly string[]).map((v) => [v, enumLabel(t, kind, v)]));
  return (value) => labels.get(value) ?? value;
}

function columnsFor(t: TFunction, locale: Locale, options: ClientExportOptions): ExcelColumn<Client>[] {
  const yes = t('clientFiles:export.yes');
  const no = t('clientFiles:export.no');
  const type = labelsOf(t, 'type');
  const tier = labelsOf(t, 'tier');
  const status = labelsOf(t, 'status');
  const source = labelsOf(t, 'source');
  const group = (c: Client) => (locale === 'en-US' ? (c.groupNameEn ?? c.groupName) : c.groupName);
  const column = (
    key: string,
    width: number,
    kind: ExcelColumn<Client>['kind'],
    value: ExcelColumn<Client>['value'],
  ): ExcelColumn<Client> => ({ header: t(`clientFiles:export.columns.${key}`), width, kind, value });
  const columns = [
    column('code', 16, 'text', (c) => c.code),
    column('name', 34, 'text', (c) => c.name),
    column('type', 10, 'text', (c) => type(c.type)),
    column('creditCode', 22, 'text', (c) => c.creditCode),
    column('tier', 9, 'text', (c) => tier(c.tier)),
    column('status', 12, 'text', (c) => status(c.status)),
    column('statusChangedAt', 17, 'dateTime', (c) => c.statusChangedAt),
    column('owner', 12, 'text', (c) => c.ownerName),
    column('group', 14, 'text', group),
    column('industry', 14, 'text', (c) => c.industry),
    column('province', 10, 'text', (c) => c.province),
    column('city', 10, 'text', (c) => c.city),
    column('address', 30, 'text', (c) => c.address),
    column('source', 12, 'text', (c) => source(c.source)),
    column('tags', 20, 'text', (c) => c.tags.join(', ')),
    column('primaryContact', 12, 'text', (c) => c.primaryContactName),
    column('primaryContactMobile', 16, 'text', (c) => c.primaryContactMobile),
  ];
  const totals = options.transactionTotalFen;
  if (totals) columns.push(column('transactionsTotal', 16, 'money', (c) => totals(c.id)));
  columns.push(
    column('completeness', 10, 'number', (c) => c.completeness),
    column('stale', 10, 'text', (c) => (c.stale ? yes : no)),
    column('touchedAt', 17, 'dateTime', (c) => c.touchedAt),
    column('createdAt', 17, 'dateTime', (c) => c.createdAt),
    column('notes', 40, 'text', (c) => c.notes),
  );
  return columns;
}

/**
 * The client list as .xlsx with translated headers and values (type, tier, status, source), real Excel
 * dates in local time, money as yuan with a ¥ format, through the app's one export helper (frozen header,
 * formula-looking text neutralised, rows streamed; `rows` may be a database iterator).
 */
export async function exportClientsXlsx(
  rows: Iterable<Client> | AsyncIterable<Client>,
  locale: Locale,
  options: ClientExportOptions,
): Promise<FilePayload> {
  const t = translator(locale);
  const day = options.now.toISOString().slice(0, 10);
  return exportXlsx(
    `${t('clientFiles:export.fileName')}-${day}.xlsx`,
    [excelSheet({ name: t('clientFiles:export.sheet'), columns: columnsFor(t, locale, options), rows })],
    { locale, onProgress: options.onProgress, progressEvery: options.progressEvery },
  );
}
