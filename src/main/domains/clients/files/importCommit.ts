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

/**
 * The import's one transaction, held open across slices: `run` executes one slice of writes inside it
 * (synchronously), and between slices the event loop answers other calls. All rows or none: `commit` once
 * every slice has run, `rollback` on any failure.
 */
export interface ImportTransaction {
  run<T>(fn: () => T): T;
  commit(): void;
  rollback(): void;
}

/** How often (in written rows) the progress callback is told. */
const PROGRESS_EVERY = 100;
/** How long one slice of writes may hold the event loop, in ms. */
export const SLICE_MS = 20;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export interface ApplyOptions {
  jobId: string;
  onProgress?: (done: number, total: number) => void;
  /** Aborted when the app closes: the import stops between slices and the caller rolls back. */
  signal?: AbortSignal;
  /** Waits for the event loop's next turn between slices (tests may count the slices). */
  yieldNow?: () => Promise<void>;
  sliceMs?: number;
}

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

/** One row's outcome, written through the writer if the plan says so. */
function applyRow(p: PlannedRow, writer: ClientWriter, jobId: string): ImportRowResult {
  const { row, action } = p;
  if (action.kind !== 'create' && action.kind !== 'update') return unwritten(p);
  const ctx = { jobId, rowNumber: row.rowNumber };
  let written: { id: string; code: string };
  try {
    written =
      action.kind === 'create'
        ? writer.createClient(row.client!, row.contact, ctx)
        : writer.updateClient(action.target, row.patch, row.contact, ctx);
  } catch (err) {
    throw new ImportWriteError(row.rowNumber, err);
  }
  return {
    ...base(row),
    outcome: action.kind === 'create' ? 'created' : 'updated',
    clientId: written.id,
    clientCode: written.code,
    reason: null,
  };
}

/**
 * Applies the plan through the writer, in row order, inside the import's open transaction: a slice of rows
 * at a time (each at most about `sliceMs`), yielding to the event loop between slices so the window stays
 * responsive and progress can be read. Returns every row's outcome; the caller commits. A writer that
 * throws stops it with an ImportWriteError naming the row; an abort stops it between slices.
 */
export async function applyImportPlan(
  plan: readonly PlannedRow[],
  writer: ClientWriter,
  tx: ImportTransaction,
  options: ApplyOptions,
): Promise<ImportRowResult[]> {
  const total = plan.filter(isWrite).length;
  const sliceMs = options.sliceMs ?? SLICE_MS;
  const yieldNow = options.yieldNow ?? nextTurn;
  let done = 0;
  options.onProgress?.(0, total);
  const outcomes: ImportRowResult[] = [];
  const slice = () => {
    const until = performance.now() + sliceMs;
    do {
      const p = plan[outcomes.length]!;
      outcomes.push(applyRow(p, writer, options.jobId));
      if (isWrite(p) && (++done % PROGRESS_EVERY === 0 || done === total)) options.onProgress?.(done, total);
    } while (outcomes.length < plan.length && performance.now() < until);
  };
  while (outcomes.length < plan.length) {
    options.signal?.throwIfAborted();
    tx.run(slice);
    // After the last slice too: the caller's COMMIT starts on a fresh turn of the event loop.
    await yieldNow();
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
