import ExcelJS from 'exceljs';
import type { TFunction } from 'i18next';
import type {
  ImportColumn,
  ImportMode,
  ImportResult,
  ImportRowResult,
  ImportSummary,
} from '../../../../shared/clients/fileTypes';
import { IMPORT_COLUMNS } from '../../../../shared/clients/fileTypes';
import type { DuplicateReason } from '../../../../shared/clients/types';
import type { FieldError } from '../../../../shared/contract/errors';
import type { FilePayload, Locale } from '../../../../shared/contract/fields';
import { translator } from '../../../i18n/translate';
import { columnLabel } from './labels';
import { isDuplicateRow, isValidRow, type ValidatedRow } from './importValidate';
import { styleHeaderRow, workbookFile } from './xlsx';

/** A field error in words: "validation.creditCode" → the validation namespace's text, with its parameters. */
export function fieldErrorText(t: TFunction, error: FieldError): string {
  const key = error.key.replace(/^validation\./, 'validation:').replace(/^errors\./, 'errors:');
  return t(key, { ...(error.params ?? {}), defaultValue: error.key });
}

function reasonsText(t: TFunction, reasons: DuplicateReason[]): string {
  return reasons
    .map((r) => t(`clientFiles:import.duplicateReasons.${r}`))
    .join(t('clientFiles:import.listSeparator'));
}

export function duplicatesText(t: TFunction, row: ValidatedRow): string {
  const sep = t('clientFiles:import.listSeparator');
  return [
    ...row.inFile.map((d) =>
      t('clientFiles:import.duplicateOfRow', { row: d.rowNumber, reasons: reasonsText(t, d.reasons) }),
    ),
    ...row.matches.map((m) =>
      t('clientFiles:import.duplicateOfClient', {
        code: m.code,
        name: m.name,
        reasons: reasonsText(t, m.reasons),
      }),
    ),
  ].join(sep);
}

/** The preview's warning that update mode will skip the row (its owner change needs a manager or deputy). */
function updateNoteText(t: TFunction, row: ValidatedRow): string {
  return row.ownerChangeRefused
    ? t('clientFiles:import.ownerChangeRefused', { code: row.matches[0]!.code })
    : '';
}

function problemsText(t: TFunction, row: ValidatedRow): string {
  return IMPORT_COLUMNS.filter((c) => row.errors[c])
    .map((c) =>
      t('clientFiles:import.labelled', { label: columnLabel(t, c), text: fieldErrorText(t, row.errors[c]!) }),
    )
    .join('\n');
}

function reasonText(t: TFunction, r: ImportRowResult): string {
  if (!r.reason) return '';
  const reason = t(`clientFiles:import.reasons.${r.reason}`);
  return r.error
    ? t('clientFiles:import.labelled', { label: reason, text: fieldErrorText(t, r.error) })
    : reason;
}

export interface ReportInput {
  fileName: string;
  summary: ImportSummary;
  rows: readonly ValidatedRow[];
  /** Present once a commit ran (done or rolled back). */
  result: { mode: ImportMode; summary: ImportResult; outcomes: readonly ImportRowResult[] } | null;
}

function summarySheet(wb: ExcelJS.Workbook, t: TFunction, input: ReportInput): void {
  const ws = wb.addWorksheet(t('clientFiles:import.report.summarySheet'));
  ws.columns = [{ width: 28 }, { width: 60 }];
  const label = (k: string) => t(`clientFiles:import.report.summary.${k}`);
  const rows: [string, string | number][] = [
    [label('file'), input.fileName],
    [label('total'), input.summary.total],
    [label('valid'), input.summary.valid],
    [label('invalid'), input.summary.invalid],
    [label('duplicates'), input.summary.duplicates],
  ];
  const r = input.result;
  if (r) {
    rows.push(
      [label('mode'), t(`clientFiles:import.modes.${r.mode}`)],
      [label('created'), r.summary.created],
      [label('updated'), r.summary.updated],
      [label('skipped'), r.summary.skipped],
      [label('failed'), r.summary.failed],
      [label('outcome'), label(r.summary.committed ? 'committed' : 'rolledBack')],
    );
  } else {
    rows.push([label('outcome'), label('notCommitted')]);
  }
  for (const row of rows) ws.addRow(row).getCell(1).font = { bold: true };
}

/**
 * The downloadable report: after a commit, every row with its outcome (created / updated / skipped /
 * failed), the client code and the reason; before one, the rows with problems or duplicate warnings.
 * Both with a summary sheet, in the chosen language.
 */
export async function importReportXlsx(input: ReportInput, locale: Locale): Promise<FilePayload> {
  const t = translator(locale);
  const col = (k: string) => t(`clientFiles:import.report.columns.${k}`);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'BizOps Desk';

  if (input.result) {
    const ws = wb.addWorksheet(t('clientFiles:import.report.sheet'));
    ws.columns = [
      { header: col('rowNumber'), key: 'rowNumber', width: 8 },
      { header: col('name'), key: 'name', width: 32 },
      { header: col('outcome'), key: 'outcome', width: 12 },
      { header: col('clientCode'), key: 'clientCode', width: 18 },
      { header: col('column'), key: 'column', width: 18 },
      { header: col('reason'), key: 'reason', width: 60 },
    ];
    styleHeaderRow(ws);
    for (const r of [...input.result.outcomes].sort((a, b) => a.rowNumber - b.rowNumber)) {
      ws.addRow({
        rowNumber: r.rowNumber,
        name: r.name || null,
        outcome: t(`clientFiles:import.outcomes.${r.outcome}`),
        clientCode: r.clientCode,
        column: r.column ? columnLabel(t, r.column as ImportColumn) : null,
        reason: reasonText(t, r) || null,
      });
    }
  } else {
    const ws = wb.addWorksheet(t('clientFiles:import.report.previewSheet'));
    ws.columns = [
      { header: col('rowNumber'), key: 'rowNumber', width: 8 },
      { header: col('name'), key: 'name', width: 32 },
      { header: col('problems'), key: 'problems', width: 60 },
      { header: col('duplicates'), key: 'duplicates', width: 60 },
    ];
    styleHeaderRow(ws);
    for (const row of input.rows) {
      if (isValidRow(row) && !isDuplicateRow(row)) continue;
      const added = ws.addRow({
        rowNumber: row.rowNumber,
        name: row.name || null,
        problems: problemsText(t, row) || null,
        duplicates: [duplicatesText(t, row), updateNoteText(t, row)].filter(Boolean).join('\n') || null,
      });
      added.alignment = { wrapText: true, vertical: 'top' };
    }
  }
  summarySheet(wb, t, input);
  const base = t(
    input.result ? 'clientFiles:import.report.fileName' : 'clientFiles:import.report.previewFileName',
  );
  return workbookFile(wb, `${base}.xlsx`);
}
