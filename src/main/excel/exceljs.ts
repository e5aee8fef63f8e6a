import type ExcelJS from 'exceljs';

let loading: Promise<typeof ExcelJS> | null = null;

/**
 * exceljs, loaded the first time a workbook is written or read. Importing it costs about two seconds on a
 * busy machine; nothing at start-up (nor a test that builds a core) should pay that for a file it never makes.
 */
export function loadExcelJs(): Promise<typeof ExcelJS> {
  loading ??= import('exceljs').then(
    (m) => ((m as { default?: typeof ExcelJS }).default ?? m) as typeof ExcelJS,
  );
  return loading;
}
