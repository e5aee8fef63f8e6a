import type ExcelJS from 'exceljs';
import { AppError, type MessageParams } from '../../../../shared/contract/errors';
import {
  IMPORT_MAX_BYTES,
  IMPORT_MAX_ROWS,
  REQUIRED_IMPORT_COLUMNS,
  type ImportColumn,
} from '../../../../shared/clients/fileTypes';
import { loadExcelJs } from '../../../excel/exceljs';
import { cellText, type CellText } from './importCells';
import { matchHeader, normaliseLabel } from './importColumns';
import { bilingual } from './labels';
import { megabytes } from '../../../files/sizes';

/** One data row: its Excel row number and the recognised columns' cells. */
export interface SheetRow {
  rowNumber: number;
  cells: Partial<Record<ImportColumn, CellText>>;
}

export interface ImportSheet {
  sheetName: string;
  /** Recognised columns in the file's order. */
  columns: ImportColumn[];
  ignoredHeaders: string[];
  rows: SheetRow[];
}

export interface ReadOptions {
  maxBytes?: number;
  maxRows?: number;
}

/** A problem with the file as a whole: VALIDATION on the field `file`, with a key under `validation.`. */
export function fileError(key: string, params?: MessageParams): AppError {
  return new AppError('VALIDATION', `import file: ${key}`, {
    fields: { file: params ? { key: `validation.${key}`, params } : { key: `validation.${key}` } },
  });
}

/** How many rows from the top may hold the header (a title row above it is allowed). */
const HEADER_SCAN_ROWS = 5;
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** The sheets the template names, tried first; the instruction sheet is never taken for data. */
const DATA_SHEET_NAMES = new Set(['客户clients', '客户', 'clients', 'client', 'clientsheet']);
const INSTRUCTION_SHEET_NAMES = new Set(['说明instructions', '说明', 'instructions', '导入说明', 'readme']);

function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && ZIP_MAGIC.every((b, i) => bytes[i] === b);
}

async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  if (!isZip(bytes)) throw fileError('importNotXlsx');
  const ExcelJS = await loadExcelJs();
  const wb = new ExcelJS.Workbook();
  try {
    // exceljs wants an ArrayBuffer-like of exactly the file's bytes.
    const exact =
      bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
    await wb.xlsx.load(exact.buffer as ArrayBuffer);
  } catch {
    // A damaged archive, or a zip that is not a workbook (a .docx renamed, a truncated download).
    throw fileError('importCorrupt');
  }
  if (wb.worksheets.length === 0) throw fileError('importCorrupt');
  return wb;
}

interface HeaderFound {
  rowNumber: number;
  byIndex: Map<number, ImportColumn>;
  ignored: string[];
}

/** Finds the header row in the first rows of a sheet: the first that names the required columns. */
function findHeader(ws: ExcelJS.Worksheet): { found: HeaderFound | null; partial: ImportColumn[] } {
  let partial: ImportColumn[] = [];
  const last = Math.min(ws.actualRowCount > 0 ? ws.rowCount : 0, HEADER_SCAN_ROWS);
  for (let r = 1; r <= last; r++) {
    const row = ws.getRow(r);
    const byIndex = new Map<number, ImportColumn>();
    const ignored: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      const value = cellText(cell.value);
      const text = 'text' in value ? value.text.trim() : '';
      if (text === '') return;
      const column = matchHeader(text);
      if (!column) {
        ignored.push(text);
        return;
      }
      if ([...byIndex.values()].includes(column))
        throw fileError('importDuplicateColumn', { column: bilingual(`clientFiles:columns.${column}`) });
      byIndex.set(col, column);
    });
    const columns = [...byIndex.values()];
    if (REQUIRED_IMPORT_COLUMNS.every((c) => columns.includes(c)))
      return { found: { rowNumber: r, byIndex, ignored }, partial };
    if (columns.length > partial.length) partial = columns;
  }
  return { found: null, partial };
}

function orderedSheets(wb: ExcelJS.Workbook): ExcelJS.Worksheet[] {
  const usable = wb.worksheets.filter(
    (ws) => ws.state !== 'veryHidden' && !INSTRUCTION_SHEET_NAMES.has(normaliseLabel(ws.name)),
  );
  const named = usable.filter((ws) => DATA_SHEET_NAMES.has(normaliseLabel(ws.name)));
  return [...named, ...usable.filter((ws) => !named.includes(ws))];
}

/**
 * Reads an uploaded .xlsx: picks the client sheet (the template's "客户 Clients", else the first sheet whose
 * header names the required columns), maps headers in Chinese, English or both in any order, and returns
 * the non-blank data rows as text cells. Every problem with the file as a whole is one VALIDATION error
 * with a file-level key; nothing is written anywhere.
 */
export async function readImportSheet(bytes: Uint8Array, options: ReadOptions = {}): Promise<ImportSheet> {
  const maxBytes = options.maxBytes ?? IMPORT_MAX_BYTES;
  const maxRows = options.maxRows ?? IMPORT_MAX_ROWS;
  if (bytes.byteLength === 0) throw fileError('importNotXlsx');
  if (bytes.byteLength > maxBytes) throw fileError('fileTooLarge', { maxMb: megabytes(maxBytes) });
  const wb = await loadWorkbook(bytes);

  let best: ImportColumn[] = [];
  for (const ws of orderedSheets(wb)) {
    const { found, partial } = findHeader(ws);
    if (partial.length > best.length) best = partial;
    if (!found) continue;
    return readRows(ws, found, maxRows);
  }
  if (best.length > 0) {
    const missing = REQUIRED_IMPORT_COLUMNS.filter((c) => !best.includes(c));
    throw fileError('importMissingColumns', {
      columns: missing.map((c) => bilingual(`clientFiles:columns.${c}`)).join(', '),
    });
  }
  throw fileError('importWrongSheet', { sheet: bilingual('clientFiles:template.sheet') });
}

function readRows(ws: ExcelJS.Worksheet, header: HeaderFound, maxRows: number): ImportSheet {
  const rows: SheetRow[] = [];
  const indexes = [...header.byIndex.entries()];
  const lastRow = ws.rowCount;
  for (let r = header.rowNumber + 1; r <= lastRow; r++) {
    const row = ws.findRow(r);
    if (!row || !row.hasValues) continue;
    // The row's values by column number (a sparse array): cheaper than a Cell object per lookup.
    const values = row.values as ExcelJS.CellValue[];
    const cells: Partial<Record<ImportColumn, CellText>> = {};
    let blank = true;
    for (const [index, column] of indexes) {
      const cell = cellText(values[index]);
      if ('error' in cell || cell.text.trim() !== '') blank = false;
      cells[column] = cell;
    }
    if (blank) continue;
    if (rows.length >= maxRows) throw fileError('importTooManyRows', { max: maxRows });
    rows.push({ rowNumber: r, cells });
  }
  if (rows.length === 0) throw fileError('importEmpty');
  return {
    sheetName: ws.name,
    columns: [...indexes].sort(([a], [b]) => a - b).map(([, column]) => column),
    ignoredHeaders: header.ignored,
    rows,
  };
}
