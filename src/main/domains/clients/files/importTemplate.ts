import type ExcelJS from 'exceljs';
import {
  IMPORT_COLUMNS,
  REQUIRED_IMPORT_COLUMNS,
  type ImportColumn,
} from '../../../../shared/clients/fileTypes';
import type { FilePayload, Locale } from '../../../../shared/contract/fields';
import { translator } from '../../../i18n/translate';
import { IMPORT_ENUM_COLUMNS } from './importColumns';
import { bilingual, bilingualEnum, CLIENT_ENUMS, enumLabel } from './labels';
import { loadExcelJs } from '../../../excel/exceljs';
import { styleHeaderRow, workbookFile } from '../../../excel/workbook';

/** Rows of the client sheet that get the drop-down lists (the import itself reads any number). */
const VALIDATED_ROWS = 5_000;
const NOTES = ['note1', 'note2', 'note3', 'note4', 'note5', 'note6'] as const;
/** Columns Excel must keep as text: long digit strings would otherwise turn into 1.38E+10. */
const TEXT_COLUMNS: readonly ImportColumn[] = ['creditCode', 'ownerEmployeeNo', 'contactMobile'];
const WIDTHS: Partial<Record<ImportColumn, number>> = {
  name: 32,
  creditCode: 24,
  address: 32,
  notes: 32,
  contactEmail: 26,
  contactMobile: 18,
};

export const templateSheetName = (): string => bilingual('clientFiles:template.sheet');
export const instructionsSheetName = (): string => bilingual('clientFiles:template.instructionsSheet');
/** The header the template writes for a column: "客户名称 Name". */
export const templateHeader = (column: ImportColumn): string => bilingual(`clientFiles:columns.${column}`);

const colLetter = (index: number): string => {
  let n = index;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
};

/** The instruction sheet: notes, a table of the columns, and the allowed values the drop-downs use. */
function writeInstructions(ws: ExcelJS.Worksheet): Map<string, string> {
  const zh = translator('zh-CN');
  const en = translator('en-US');
  ws.columns = [{ width: 34 }, { width: 22 }, { width: 46 }, { width: 60 }];
  const title = ws.addRow([bilingual('clientFiles:template.title')]);
  title.font = { bold: true, size: 14 };
  ws.addRow([]);
  for (const note of NOTES) {
    const row = ws.addRow([zh(`clientFiles:template.${note}`), null, en(`clientFiles:template.${note}`)]);
    ws.mergeCells(row.number, 1, row.number, 2);
    ws.mergeCells(row.number, 3, row.number, 4);
    row.alignment = { wrapText: true, vertical: 'top' };
  }
  ws.addRow([]);
  ws.addRow([bilingual('clientFiles:template.columnsTitle')]).font = { bold: true, size: 12 };
  const head = ws.addRow([
    bilingual('clientFiles:template.columnHeader'),
    bilingual('clientFiles:template.requiredHeader'),
    zh('clientFiles:template.hintHeader'),
    en('clientFiles:template.hintHeader'),
  ]);
  head.font = { bold: true };
  for (const column of IMPORT_COLUMNS) {
    const required = REQUIRED_IMPORT_COLUMNS.includes(column);
    ws.addRow([
      templateHeader(column),
      bilingual(`clientFiles:template.${required ? 'required' : 'optional'}`),
      zh(`clientFiles:template.hints.${column}`),
      en(`clientFiles:template.hints.${column}`),
    ]).alignment = { wrapText: true, vertical: 'top' };
  }

  // Allowed values: one block per listed column; the drop-downs point at the first column of each block.
  const ranges = new Map<string, string>();
  ws.addRow([]);
  ws.addRow([bilingual('clientFiles:template.valuesTitle')]).font = { bold: true, size: 12 };
  for (const kind of IMPORT_ENUM_COLUMNS) {
    ws.addRow([]);
    const blockHead = ws.addRow([templateHeader(kind), 'zh-CN', 'en-US']);
    blockHead.font = { bold: true };
    const values = CLIENT_ENUMS[kind] as readonly string[];
    const first = blockHead.number + 1;
    for (const value of values)
      ws.addRow([bilingualEnum(kind, value), enumLabel(zh, kind, value), enumLabel(en, kind, value)]);
    const last = first + values.length - 1;
    ranges.set(kind, `'${ws.name.replace(/'/g, "''")}'!$A$${first}:$A$${last}`);
  }
  return ranges;
}

/**
 * The import template: the client sheet "客户 Clients" with bilingual headers (text columns kept as text,
 * drop-downs for type, source, tier and status), and the instruction sheet listing every column and the
 * allowed values in both languages. The headers are the same whatever the locale; only the file name follows it.
 */
export async function importTemplateXlsx(locale: Locale): Promise<FilePayload> {
  const t = translator(locale);
  const ExcelJS = await loadExcelJs();
  const wb = new ExcelJS.Workbook();
  wb.creator = 'BizOps Desk';
  const sheet = wb.addWorksheet(templateSheetName());
  const instructions = wb.addWorksheet(instructionsSheetName());
  const ranges = writeInstructions(instructions);

  sheet.columns = IMPORT_COLUMNS.map((column) => ({
    header: templateHeader(column),
    key: column,
    width: WIDTHS[column] ?? 16,
    style: TEXT_COLUMNS.includes(column)
      ? { numFmt: '@' }
      : column === 'contactBirthday'
        ? { numFmt: 'yyyy-mm-dd' }
        : {},
  }));
  styleHeaderRow(sheet);
  sheet.getRow(1).height = 30;
  for (const column of REQUIRED_IMPORT_COLUMNS)
    sheet.getCell(1, IMPORT_COLUMNS.indexOf(column) + 1).font = { bold: true, color: { argb: 'FFC00000' } };

  // exceljs keeps a sheet's validations in a map by address; a range address covers the whole column.
  const validations = (
    sheet as unknown as { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } }
  ).dataValidations;
  for (const kind of IMPORT_ENUM_COLUMNS) {
    const letter = colLetter(IMPORT_COLUMNS.indexOf(kind) + 1);
    validations.add(`${letter}2:${letter}${VALIDATED_ROWS + 1}`, {
      type: 'list',
      allowBlank: true,
      formulae: [ranges.get(kind)!],
      showErrorMessage: false,
    });
  }
  return workbookFile(wb, `${t('clientFiles:template.fileName')}.xlsx`);
}
