import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { TFunction } from 'i18next';
import type { Client } from '../../../../shared/clients/types';
import type { FilePayload, Locale } from '../../../../shared/contract/fields';
import { translator } from '../../../i18n/translate';
import { CLIENT_ENUMS, enumLabel, type ClientEnum } from './labels';
import { XLSX_MIME } from './xlsx';

export interface ClientExportOptions {
  /** For the file name's date. */
  now: Date;
  /** Sum of each client's transactions in fen, when the caller has it; adds a money column. */
  transactionTotalFen?: (clientId: string) => number | undefined;
  /** Called every `progressEvery` rows with the count so far. */
  onProgress?: (rows: number) => void;
  progressEvery?: number;
}

const DATE_TIME_FORMAT: Record<Locale, string> = { 'zh-CN': 'yyyy-mm-dd hh:mm', 'en-US': 'mm/dd/yyyy hh:mm' };
const MONEY_FORMAT = '"¥"#,##0.00;-"¥"#,##0.00';
/** Rows between two pauses, so the stream drains and the event loop breathes during a long export. */
const YIELD_EVERY = 2000;

/**
 * An ISO timestamp as an Excel date showing the machine's wall-clock time (Excel dates have no time zone;
 * the screens show local time too).
 */
function excelLocalDate(iso: string | null): Date | null {
  if (!iso) return null;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return null;
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000);
}

interface Column {
  key: string;
  width: number;
  numFmt?: string;
  value: (c: Client) => string | number | Date | null;
}

/** Each listed value's label looked up once, not once per row (i18next lookups dominate a 100k export). */
function labelsOf(t: TFunction, kind: ClientEnum): (value: string) => string {
  const labels = new Map((CLIENT_ENUMS[kind] as readonly string[]).map((v) => [v, enumLabel(t, kind, v)]));
  return (value) => labels.get(value) ?? value;
}

function columnsFor(t: TFunction, locale: Locale, options: ClientExportOptions): Column[] {
  const yes = t('clientFiles:export.yes');
  const no = t('clientFiles:export.no');
  const type = labelsOf(t, 'type');
  const tier = labelsOf(t, 'tier');
  const status = labelsOf(t, 'status');
  const source = labelsOf(t, 'source');
  const dateFmt = DATE_TIME_FORMAT[locale];
  const group = (c: Client) => (locale === 'en-US' ? (c.groupNameEn ?? c.groupName) : c.groupName);
  const columns: Column[] = [
    { key: 'code', width: 16, value: (c) => c.code },
    { key: 'name', width: 34, value: (c) => c.name },
    { key: 'type', width: 10, value: (c) => type(c.type) },
    { key: 'creditCode', width: 22, value: (c) => c.creditCode },
    { key: 'tier', width: 9, value: (c) => tier(c.tier) },
    { key: 'status', width: 12, value: (c) => status(c.status) },
    { key: 'statusChangedAt', width: 17, numFmt: dateFmt, value: (c) => excelLocalDate(c.statusChangedAt) },
    { key: 'owner', width: 12, value: (c) => c.ownerName },
    { key: 'group', width: 14, value: group },
    { key: 'industry', width: 14, value: (c) => c.industry },
    { key: 'province', width: 10, value: (c) => c.province },
    { key: 'city', width: 10, value: (c) => c.city },
    { key: 'address', width: 30, value: (c) => c.address },
    { key: 'source', width: 12, value: (c) => source(c.source) },
    { key: 'tags', width: 20, value: (c) => c.tags.join(', ') },
    { key: 'primaryContact', width: 12, value: (c) => c.primaryContactName },
    { key: 'primaryContactMobile', width: 16, value: (c) => c.primaryContactMobile },
  ];
  const totals = options.transactionTotalFen;
  if (totals)
    columns.push({
      key: 'transactionsTotal',
      width: 16,
      numFmt: MONEY_FORMAT,
      value: (c) => {
        const fen = totals(c.id);
        return fen === undefined ? null : fen / 100;
      },
    });
  columns.push(
    { key: 'completeness', width: 10, value: (c) => c.completeness },
    { key: 'stale', width: 10, value: (c) => (c.stale ? yes : no) },
    { key: 'touchedAt', width: 17, numFmt: dateFmt, value: (c) => excelLocalDate(c.touchedAt) },
    { key: 'createdAt', width: 17, numFmt: dateFmt, value: (c) => excelLocalDate(c.createdAt) },
    { key: 'notes', width: 40, value: (c) => c.notes },
  );
  return columns;
}

/**
 * The client list as .xlsx with translated headers and values (type, tier, status, source), real Excel
 * dates in local time, money as yuan with a ¥ format. Rows stream through exceljs's streaming writer into
 * memory, so 100,000 rows never sit in a workbook model; `rows` may be a database iterator.
 */
export async function exportClientsXlsx(
  rows: Iterable<Client> | AsyncIterable<Client>,
  locale: Locale,
  options: ClientExportOptions,
): Promise<FilePayload> {
  const t = translator(locale);
  const chunks: Buffer[] = [];
  const sink = new PassThrough();
  sink.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    sink.on('end', resolve);
    sink.on('error', reject);
  });

  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: sink,
    useStyles: true,
    useSharedStrings: false,
  });
  wb.creator = 'BizOps Desk';
  const ws = wb.addWorksheet(t('clientFiles:export.sheet'), { views: [{ state: 'frozen', ySplit: 1 }] });
  const columns = columnsFor(t, locale, options);
  ws.columns = columns.map((c) => ({
    header: t(`clientFiles:export.columns.${c.key}`),
    key: c.key,
    width: c.width,
  }));
  // One style object per column, shared by its cells: exceljs caches a style by object identity, so 100,000
  // rows cost one style lookup per column instead of one per cell.
  const styles: Partial<ExcelJS.Style>[] = columns.map((c) => (c.numFmt ? { numFmt: c.numFmt } : {}));
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF0F3F7' } };
  header.commit();
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };

  let count = 0;
  const every = options.progressEvery ?? YIELD_EVERY;
  for await (const client of rows) {
    const row = ws.addRow(columns.map((c) => c.value(client)));
    row.eachCell((cell, index) => {
      cell.style = styles[index - 1]!;
    });
    row.commit();
    count++;
    if (count % every === 0) options.onProgress?.(count);
    if (count % YIELD_EVERY === 0) await new Promise<void>((resolve) => setImmediate(resolve));
  }
  ws.commit();
  await wb.commit();
  await finished;
  const day = options.now.toISOString().slice(0, 10);
  return {
    fileName: `${t('clientFiles:export.fileName')}-${day}.xlsx`,
    mime: XLSX_MIME,
    bytes: new Uint8Array(Buffer.concat(chunks)),
  };
}
