import type ExcelJS from 'exceljs';
import type { FilePayload } from '../../shared/contract/fields';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The header every sheet of ours has: bold on a light fill. */
export const HEADER_STYLE: Pick<ExcelJS.Row, 'font' | 'fill'> = {
  font: { bold: true },
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF0F3F7' } },
};

/** The header row of a sheet built in memory (the import template): styled, and frozen while scrolling. */
export function styleHeaderRow(ws: ExcelJS.Worksheet, row = 1): void {
  const header = ws.getRow(row);
  header.font = HEADER_STYLE.font;
  header.fill = HEADER_STYLE.fill;
  header.alignment = { vertical: 'middle', wrapText: true };
  ws.views = [{ state: 'frozen', ySplit: row }];
}

export async function workbookFile(wb: ExcelJS.Workbook, fileName: string): Promise<FilePayload> {
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  return { fileName, mime: XLSX_MIME, bytes };
}
