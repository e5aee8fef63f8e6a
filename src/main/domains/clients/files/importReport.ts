import type { TFunction } from 'i18next';
import type {
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
import { excelSheet, exportXlsx, type ExcelSheet } from '../../../excel/exportXlsx';

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
  const reason = row.ownerChangeRefused ? 'ownerChangeRefused' : row.regionConflict ? 'regionConflict' : null;
  return reason ? t(`clientFiles:import.${reason}`, { code: row.matches[0]!.code }) : '';
}

function problemsText(t: TFunction, row: ValidatedRow): string {
  return IMPORT_COLUMNS.filter((c) => row.errors[c])
    .map((c) =>
      t('clientFiles:import.labelled', { label: columnLabel(t, c), text: fieldErrorText(t, row.errors[c]!) }),
    )
    .join('\n');
}

/** The reason, then each of the row's problems on a line of its own. */
function reasonText(t: TFunction, r: ImportRowResult): string {
  if (!r.reason) return '';
  const errors = (r.errors ?? []).map((e) =>
    e.column
      ? t('clientFiles:import.labelled', {
          label: columnLabel(t, e.column),
          text: fieldErrorText(t, e.error),
        })
      : fieldErrorText(t, e.error),
  );
  return [t(`clientFiles:import.reasons.${r.reason}`), ...errors].join('\n');
}

function errorColumnsText(t: TFunction, r: ImportRowResult): string {
  const columns = (r.errors ?? []).flatMap((e) => (e.column ? [columnLabel(t, e.column)] : []));
  return columns.join(t('clientFiles:import.listSeparator'));
}

export interface ReportInput {
  fileName: string;
  summary: ImportSummary;
  rows: readonly ValidatedRow[];
  /** Present once a commit ran (done or rolled back). */
  result: { mode: ImportMode; summary: ImportResult; outcomes: readonly ImportRowResult[] } | null;
}

function summarySheet(t: TFunction, input: ReportInput): ExcelSheet<unknown> {
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
  return excelSheet({
    name: t('clientFiles:import.report.summarySheet'),
    layout: 'labels',
    columns: [
      { header: '', width: 28, kind: 'text', value: ([l]) => l },
      { header: '', width: 60, kind: 'text', value: ([, v]) => v },
    ],
    rows,
  });
}

/** After a commit: every row with its outcome, client code and reason, in row order. */
function outcomesSheet(t: TFunction, result: NonNullable<ReportInput['result']>): ExcelSheet<unknown> {
  const col = (k: string) => t(`clientFiles:import.report.columns.${k}`);
  return excelSheet<ImportRowResult>({
    name: t('clientFiles:import.report.sheet'),
    columns: [
      { header: col('rowNumber'), width: 8, kind: 'number', value: (r) => r.rowNumber },
      { header: col('name'), width: 32, kind: 'text', value: (r) => r.name },
      {
        header: col('outcome'),
        width: 12,
        kind: 'text',
        value: (r) => t(`clientFiles:import.outcomes.${r.outcome}`),
      },
      { header: col('clientCode'), width: 18, kind: 'text', value: (r) => r.clientCode },
      { header: col('column'), width: 18, kind: 'text', wrap: true, value: (r) => errorColumnsText(t, r) },
      { header: col('reason'), width: 60, kind: 'text', wrap: true, value: (r) => reasonText(t, r) },
    ],
    rows: [...result.outcomes].sort((a, b) => a.rowNumber - b.rowNumber),
  });
}

/** Before a commit: the rows with problems or duplicate warnings. */
function previewSheet(t: TFunction, rows: readonly ValidatedRow[]): ExcelSheet<unknown> {
  const col = (k: string) => t(`clientFiles:import.report.columns.${k}`);
  return excelSheet<ValidatedRow>({
    name: t('clientFiles:import.report.previewSheet'),
    columns: [
      { header: col('rowNumber'), width: 8, kind: 'number', value: (r) => r.rowNumber },
      { header: col('name'), width: 32, kind: 'text', value: (r) => r.name },
      { header: col('problems'), width: 60, kind: 'text', wrap: true, value: (r) => problemsText(t, r) },
      {
        header: col('duplicates'),
        width: 60,
        kind: 'text',
        wrap: true,
        value: (r) => [duplicatesText(t, r), updateNoteText(t, r)].filter(Boolean).join('\n'),
      },
    ],
    rows: rows.filter((row) => !isValidRow(row) || isDuplicateRow(row)),
  });
}

/**
 * The downloadable report: after a commit, every row with its outcome (created / updated / skipped /
 * failed), the client code and the reason; before one, the rows with problems or duplicate warnings.
 * Both with a summary sheet, in the chosen language, through the app's one export helper (the file's own
 * cells, such as a name typed as a formula, come out as text).
 */
export async function importReportXlsx(input: ReportInput, locale: Locale): Promise<FilePayload> {
  const t = translator(locale);
  const base = t(
    input.result ? 'clientFiles:import.report.fileName' : 'clientFiles:import.report.previewFileName',
  );
  const main = input.result ? outcomesSheet(t, input.result) : previewSheet(t, input.rows);
  return exportXlsx(`${base}.xlsx`, [main, summarySheet(t, input)], { locale });
}
