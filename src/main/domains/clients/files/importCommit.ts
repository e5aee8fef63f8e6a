import type {
  ImportCellError,
  ImportColumn,
  ImportMode,
  ImportReason,
  ImportResult,
  ImportRowResult,
} from '../../../../shared/clients/fileTypes';
import { IMPORT_COLUMNS } from '../../../../shared/clients/fileTypes';
import { AppError, type AppErrorShape } from '../../../../shared/contract/errors';
import type { ClientWriter } from './importPorts';
import { isValidRow, type ValidatedRow } from './importValidate';

export type PlannedAction =
  | { kind: 'create' }
  | { kind: 'update'; target: { id: string; version: number; code: string } }
  | { kind: 'skip'; reason: ImportReason }
  | { kind: 'invalid' };

export interface PlannedRow {
  row: ValidatedRow;
  action: PlannedAction;
}

/**
 * What each row will do under the chosen mode. Invalid rows are never written. Skip: rows that match an
 * existing file or an earlier row are skipped. Update: a row matching exactly one file the user may see
 * updates it; several different matches, a match outside the user's access, or an owner change the user
 * may not make (flagged by the preview) are skipped; a row matching an earlier row is skipped (the earlier
 * row wins). Create: every valid row becomes a new file.
 */
export function planImport(rows: readonly ValidatedRow[], mode: ImportMode): PlannedRow[] {
  return rows.map((row): PlannedRow => {
    if (!isValidRow(row)) return { row, action: { kind: 'invalid' } };
    if (mode === 'create') return { row, action: { kind: 'create' } };
    if (row.inFile.length > 0) return { row, action: { kind: 'skip', reason: 'duplicateInFile' } };
    if (row.matches.length === 0) return { row, action: { kind: 'create' } };
    if (mode === 'skip') return { row, action: { kind: 'skip', reason: 'duplicate' } };
    if (row.matches.length > 1) return { row, action: { kind: 'skip', reason: 'ambiguous' } };
    const match = row.matches[0]!;
    if (!match.visible) return { row, action: { kind: 'skip', reason: 'notVisible' } };
    if (row.ownerChangeRefused) return { row, action: { kind: 'skip', reason: 'ownerChangeRefused' } };
    if (row.regionConflict) return { row, action: { kind: 'skip', reason: 'regionConflict' } };
    return {
      row,
      action: { kind: 'update', target: { id: match.clientId, version: match.version, code: match.code } },
    };
  });
}

export const isWrite = (p: PlannedRow): boolean => p.action.kind === 'create' || p.action.kind === 'update';

/** A write failed at this row; the caller's transaction rolls everything back. */
export class ImportWriteError extends Error {
  constructor(
    readonly rowNumber: number,
    override readonly cause: unknown,
  ) {
    super(`import stopped at row ${rowNumber}`);
    this.name = 'ImportWriteError';
  }
}

/** How often (in written rows) the progress callback is told. */
const PROGRESS_EVERY = 100;

/** Every problem of an invalid row, in the template's column order. */
function cellErrors(row: ValidatedRow): ImportCellError[] {
  return IMPORT_COLUMNS.filter((c) => row.errors[c]).map((column) => ({
    column,
    error: row.errors[column]!,
  }));
}

function base(row: ValidatedRow): Pick<ImportRowResult, 'rowNumber' | 'name'> {
  return { rowNumber: row.rowNumber, name: row.name };
}

/** The outcome of a row that was not written (skipped or invalid). */
function unwritten(p: PlannedRow): ImportRowResult {
  if (p.action.kind === 'skip') {
    const match = p.row.matches.length === 1 ? p.row.matches[0]! : null;
    return {
      ...base(p.row),
      outcome: 'skipped',
      clientId: match?.clientId ?? null,
      clientCode: match?.code ?? null,
      reason: p.action.reason,
    };
  }
  return {
    ...base(p.row),
    outcome: 'failed',
    clientId: null,
    clientCode: null,
    reason: 'invalid',
    errors: cellErrors(p.row),
  };
}

/**
 * Applies the plan through the writer, in row order; call it inside the one transaction of the import.
 * Returns every row's outcome. A writer that throws stops it with an ImportWriteError naming the row.
 */
export function applyImportPlan(
  plan: readonly PlannedRow[],
  writer: ClientWriter,
  options: { jobId: string; onProgress?: (done: number, total: number) => void },
): ImportRowResult[] {
  const total = plan.filter(isWrite).length;
  let done = 0;
  options.onProgress?.(0, total);
  const outcomes: ImportRowResult[] = [];
  for (const p of plan) {
    const { row, action } = p;
    if (action.kind !== 'create' && action.kind !== 'update') {
      outcomes.push(unwritten(p));
      continue;
    }
    const ctx = { jobId: options.jobId, rowNumber: row.rowNumber };
    let written: { id: string; code: string };
    try {
      written =
        action.kind === 'create'
          ? writer.createClient(row.client!, row.contact, ctx)
          : writer.updateClient(action.target, row.patch, row.contact, ctx);
    } catch (err) {
      throw new ImportWriteError(row.rowNumber, err);
    }
    outcomes.push({
      ...base(row),
      outcome: action.kind === 'create' ? 'created' : 'updated',
      clientId: written.id,
      clientCode: written.code,
      reason: null,
    });
    done++;
    if (done % PROGRESS_EVERY === 0 || done === total) options.onProgress?.(done, total);
  }
  return outcomes;
}

/** Every row's outcome when the import was rolled back at `failedRow`: nothing is created or updated. */
export function rolledBackOutcomes(
  plan: readonly PlannedRow[],
  failure: ImportWriteError,
): ImportRowResult[] {
  const cause = failure.cause instanceof AppError ? failure.cause : null;
  const causeErrors: ImportCellError[] = Object.entries(cause?.fields ?? {}).map(([name, error]) =>
    (IMPORT_COLUMNS as readonly string[]).includes(name)
      ? { column: name as ImportColumn, error }
      : { error },
  );
  return plan.map((p) => {
    if (!isWrite(p)) return unwritten(p);
    const failed: ImportRowResult = {
      ...base(p.row),
      outcome: 'failed',
      clientId: null,
      clientCode: null,
      reason: p.row.rowNumber === failure.rowNumber ? 'writeFailed' : 'rolledBack',
    };
    if (p.row.rowNumber === failure.rowNumber && causeErrors.length) failed.errors = causeErrors;
    return failed;
  });
}

/** Counts and problem rows of a finished (or rolled back) import. */
export function summariseOutcomes(
  mode: ImportMode,
  outcomes: readonly ImportRowResult[],
  committed: boolean,
  error?: AppErrorShape,
): ImportResult {
  const count = (o: ImportRowResult['outcome']) => outcomes.filter((r) => r.outcome === o).length;
  const result: ImportResult = {
    committed,
    mode,
    created: count('created'),
    updated: count('updated'),
    skipped: count('skipped'),
    failed: count('failed'),
    problems: outcomes.filter((r) => r.outcome === 'skipped' || r.outcome === 'failed'),
  };
  if (error) result.error = error;
  return result;
}
