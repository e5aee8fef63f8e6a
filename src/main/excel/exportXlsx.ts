import { PassThrough } from 'node:stream';
import type ExcelJS from 'exceljs';
import type { FilePayload, Locale } from '../../shared/contract/fields';
import { excelDate, excelLocalDateTime, NUM_FMT, neutraliseFormula } from './cells';
import { loadExcelJs } from './exceljs';
import { HEADER_STYLE, XLSX_MIME } from './workbook';

/**
 * What a column holds, and so the cell it becomes: `text` a string, neutralised (a number given stays a
 * number: a summary's value column holds both); `number` a number;
 * `money` integer fen, written as yuan with a ¥ format; `dateTime` an ISO timestamp, written as a real date
 * in local time; `date` a calendar day (YYYY-MM-DD), written as a real date.
 */
export type ExcelKind = 'text' | 'number' | 'money' | 'dateTime' | 'date';

export interface ExcelColumn<R> {
  header: string;
  width: number;
  kind: ExcelKind;
  value: (row: R) => string | number | null | undefined;
  /** Long or multi-line text: wrapped, top-aligned. */
  wrap?: boolean;
}

export interface ExcelSheet<R> {
  name: string;
  columns: readonly ExcelColumn<R>[];
  rows: Iterable<R> | AsyncIterable<R>;
  /**
   * `table` (default): a header row, frozen, with filters. `labels`: no header, the first column is the
   * labels of the values beside it (a summary).
   */
  layout?: 'table' | 'labels';
}

export interface ExportOptions {
  locale: Locale;
  /** Called every `progressEvery` rows (all sheets together) with the count so far. */
  onProgress?: (rows: number) => void;
  progressEvery?: number;
}

/** A sheet of any record type, for exportXlsx's list of sheets. */
export const excelSheet = <R>(sheet: ExcelSheet<R>): ExcelSheet<unknown> => sheet as ExcelSheet<unknown>;

/** Rows between two pauses, so the stream drains and the event loop breathes during a long export. */
const YIELD_EVERY = 2000;

type Cell = string | number | Date | null;

function converter(kind: ExcelKind): (v: string | number | null | undefined) => Cell {
  switch (kind) {
    case 'text':
      return (v) => (v == null || v === '' ? null : typeof v === 'number' ? v : neutraliseFormula(v));
    case 'number':
      return (v) => (typeof v === 'number' ? v : null);
    case 'money':
      return (v) => (typeof v === 'number' ? v / 100 : null);
    case 'dateTime':
      return (v) => excelLocalDateTime(typeof v === 'string' ? v : null);
    case 'date':
      return (v) => excelDate(typeof v === 'string' ? v : null);
  }
}

function styleOf(kind: ExcelKind, wrap: boolean, locale: Locale): Partial<ExcelJS.Style> {
  const alignment: Partial<ExcelJS.Alignment> | undefined = wrap
    ? { wrapText: true, vertical: 'top' }
    : undefined;
  const numFmt =
    kind === 'money'
      ? NUM_FMT.money
      : kind === 'dateTime'
        ? NUM_FMT.dateTime[locale]
        : kind === 'date'
          ? NUM_FMT.date[locale]
          : undefined;
  return { ...(numFmt ? { numFmt } : {}), ...(alignment ? { alignment } : {}) };
}

/**
 * The one way the app writes a spreadsheet for people (docs/architecture.md, "Excel"): each sheet a table with its
 * header row styled, frozen and filterable; dates and amounts as real date and number cells; every text
 * cell neutralised against formula injection. Rows stream through exceljs's streaming writer, so 100,000 of
 * them never sit in a workbook model; `rows` may be a database iterator.
 */
export async function exportXlsx(
  fileName: string,
  sheets: readonly ExcelSheet<unknown>[],
  options: ExportOptions,
): Promise<FilePayload> {
  const ExcelJS = await loadExcelJs();
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

  let count = 0;
  const every = options.progressEvery ?? YIELD_EVERY;
  for (const sheet of sheets) {
    const table = (sheet.layout ?? 'table') === 'table';
    const ws = wb.addWorksheet(sheet.name, table ? { views: [{ state: 'frozen', ySplit: 1 }] } : {});
    ws.columns = sheet.columns.map((c) => ({ width: c.width }));
    // One style object per column, shared by its cells: exceljs caches a style by object identity, so
    // 100,000 rows cost one style lookup per column instead of one per cell.
    const styles = sheet.columns.map((c) => styleOf(c.kind, c.wrap ?? false, options.locale));
    if (!table) styles[0] = { ...styles[0], font: HEADER_STYLE.font };
    const convert = sheet.columns.map((c) => converter(c.kind));
    if (table) {
      const header = ws.addRow(sheet.columns.map((c) => neutraliseFormula(c.header)));
      header.font = HEADER_STYLE.font;
      header.fill = HEADER_STYLE.fill;
      header.commit();
      ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
    }
    for await (const record of sheet.rows) {
      const row = ws.addRow(sheet.columns.map((c, i) => convert[i]!(c.value(record))));
      row.eachCell((cell, index) => {
        cell.style = styles[index - 1]!;
      });
      row.commit();
      count++;
      if (count % every === 0) options.onProgress?.(count);
      if (count % YIELD_EVERY === 0) await new Promise<void>((resolve) => setImmediate(resolve));
    }
    ws.commit();
  }
  await wb.commit();
  await finished;
  return { fileName, mime: XLSX_MIME, bytes: new Uint8Array(Buffer.concat(chunks)) };
}
