import type {
  ImportJobState,
  ImportJobStatus,
  ImportMode,
  ImportPreview,
  ImportResult,
  ImportRowFilter,
  ImportRowResult,
  ImportRowsPage,
  ImportSummary,
} from '../../../../shared/clients/fileTypes';
import { AppError } from '../../../../shared/contract/errors';
import type { FilePayload, Locale } from '../../../../shared/contract/fields';
import type { Clock } from '../../../core/clock';
import { newId } from '../../../core/ids';
import { sanitizeFileName } from '../../../files/fileName';
import {
  applyImportPlan,
  type ImportTransaction,
  ImportWriteError,
  isWrite,
  planImport,
  rolledBackOutcomes,
  summariseOutcomes,
} from './importCommit';
import { fileError, readImportSheet, type ReadOptions } from './importParse';
import type { ClientWriter, ImportLookups } from './importPorts';
import { importReportXlsx } from './importReport';
import { importTemplateXlsx } from './importTemplate';
import {
  isDuplicateRow,
  isValidRow,
  normalisedSummary,
  rowPreview,
  validateImport,
  type ValidatedRow,
} from './importValidate';

/** One upload between its preview and its commit: the checked rows stay in main, the page gets pages of them. */
export interface ImportJob {
  id: string;
  ownerUserId: string;
  fileName: string;
  sheetName: string;
  rows: ValidatedRow[];
  summary: ImportSummary;
  status: ImportJobStatus;
  total: number;
  done: number;
  mode: ImportMode | null;
  result: ImportResult | null;
  outcomes: ImportRowResult[] | null;
  lastUsed: number;
}

export interface ImportCommitIo {
  writer: ClientWriter;
  /** Opens the import's one transaction (all rows or none), which the rows' slices run in. */
  begin: () => ImportTransaction;
  onProgress?: (done: number, total: number) => void;
  /** Aborted when the app closes: the import rolls back. */
  signal?: AbortSignal;
  /** Waits for the event loop's next turn between slices (default: setImmediate). */
  yieldNow?: () => Promise<void>;
}

export interface ClientImportsOptions {
  clock: Clock;
  /** A job unused this long is forgotten (default an hour). */
  ttlMs?: number;
  /** Jobs kept at most; the least recently used goes first (default 20). */
  maxJobs?: number;
  read?: ReadOptions;
}

/** Rows sent with the preview: the first rows with problems or duplicate warnings. */
const PREVIEW_ROWS = 100;

const isProblemRow = (r: ValidatedRow): boolean => !isValidRow(r) || isDuplicateRow(r);

/** The rows each filter of `clients.import.rows` lists. */
const FILTERS: Record<ImportRowFilter, (r: ValidatedRow) => boolean> = {
  problems: isProblemRow,
  all: () => true,
  invalid: (r) => !isValidRow(r),
  duplicates: isDuplicateRow,
};

/**
 * The Excel import, job by job: preview (read, check, find duplicates — nothing written), pages of rows,
 * commit (all or nothing, in slices inside the caller's transaction, with progress), progress, the report. Jobs live
 * in memory, belong to the user who uploaded them, and expire.
 */
export function createClientImports(options: ClientImportsOptions) {
  const jobs = new Map<string, ImportJob>();
  const ttl = options.ttlMs ?? 60 * 60_000;
  const maxJobs = options.maxJobs ?? 20;
  const now = () => options.clock.now().getTime();

  function sweep(): void {
    const t = now();
    for (const [id, job] of jobs) if (t - job.lastUsed > ttl && job.status !== 'committing') jobs.delete(id);
    while (jobs.size > maxJobs) {
      const oldest = [...jobs.values()]
        .filter((j) => j.status !== 'committing')
        .sort((a, b) => a.lastUsed - b.lastUsed)[0];
      if (!oldest) break;
      jobs.delete(oldest.id);
    }
  }

  /** Someone else's job, or an expired one, does not exist for the caller. */
  function mustGet(jobId: string, userId: string | null): ImportJob {
    sweep();
    const job = jobs.get(jobId);
    if (!job || job.ownerUserId !== userId) throw new AppError('NOT_FOUND', 'import job not found');
    job.lastUsed = now();
    return job;
  }

  return {
    /** Reads and checks the upload and opens a job for it. Throws VALIDATION (file-level key) for a bad file. */
    async preview(
      input: { fileName: string; bytes: Uint8Array },
      userId: string | null,
      lookups: ImportLookups,
    ): Promise<ImportPreview> {
      if (!userId) throw new AppError('UNAUTHENTICATED', 'login required');
      const sheet = await readImportSheet(input.bytes, options.read);
      const rows = validateImport(sheet, lookups);
      const valid = rows.filter(isValidRow).length;
      const summary: ImportSummary = {
        total: rows.length,
        valid,
        invalid: rows.length - valid,
        duplicates: rows.filter(isDuplicateRow).length,
      };
      const job: ImportJob = {
        id: newId(),
        ownerUserId: userId,
        fileName: sanitizeFileName(input.fileName),
        sheetName: sheet.sheetName,
        rows,
        summary,
        status: 'previewed',
        total: 0,
        done: 0,
        mode: null,
        result: null,
        outcomes: null,
        lastUsed: now(),
      };
      jobs.set(job.id, job);
      sweep();
      const problems = rows.filter(isProblemRow);
      return {
        jobId: job.id,
        fileName: job.fileName,
        sheetName: sheet.sheetName,
        columns: sheet.columns,
        ignoredHeaders: sheet.ignoredHeaders,
        normalised: normalisedSummary(rows),
        ...summary,
        problems: problems.length,
        rows: problems.slice(0, PREVIEW_ROWS).map(rowPreview),
      };
    },

    rows(
      jobId: string,
      userId: string | null,
      filter: ImportRowFilter,
      page: number,
      pageSize: number,
    ): ImportRowsPage {
      const job = mustGet(jobId, userId);
      const chosen = job.rows.filter(FILTERS[filter]);
      const start = (page - 1) * pageSize;
      return {
        rows: chosen.slice(start, start + pageSize).map(rowPreview),
        total: chosen.length,
        page,
        pageSize,
      };
    },

    /**
     * Writes the job's rows under the mode, all in one transaction, in slices that leave the event loop
     * free in between (progress answers meanwhile). Rows with errors block the commit (VALIDATION, key
     * importHasErrors) unless skipInvalid; then they are reported as failed. A write that throws rolls
     * everything back: the job keeps the rolled-back report and the error is rethrown with the row number
     * in its params.
     */
    async commit(
      jobId: string,
      userId: string | null,
      choice: { mode: ImportMode; skipInvalid: boolean },
      io: ImportCommitIo,
    ): Promise<ImportResult> {
      const job = mustGet(jobId, userId);
      if (job.status === 'committing' || job.status === 'done')
        throw new AppError('INVALID_STATE', `import job is ${job.status}`);
      if (job.summary.invalid > 0 && !choice.skipInvalid)
        throw fileError('importHasErrors', { count: job.summary.invalid });
      const plan = planImport(job.rows, choice.mode);
      job.status = 'committing';
      job.mode = choice.mode;
      job.total = plan.filter(isWrite).length;
      job.done = 0;
      job.result = null;
      job.outcomes = null;
      const onProgress = (done: number, total: number) => {
        job.done = done;
        io.onProgress?.(done, total);
      };
      let tx: ImportTransaction | null = null;
      try {
        tx = io.begin();
        const outcomes = await applyImportPlan(plan, io.writer, tx, {
          jobId,
          onProgress,
          signal: io.signal,
          yieldNow: io.yieldNow,
        });
        tx.commit();
        job.outcomes = outcomes;
        job.result = summariseOutcomes(choice.mode, outcomes, true);
        job.status = 'done';
        return job.result;
      } catch (err) {
        tx?.rollback();
        job.status = 'failed';
        job.done = 0;
        if (!(err instanceof ImportWriteError)) throw err;
        const cause = err.cause;
        const shape =
          cause instanceof AppError
            ? cause.toShape()
            : { code: 'INTERNAL' as const, message: 'write failed' };
        job.outcomes = rolledBackOutcomes(plan, err);
        job.result = summariseOutcomes(choice.mode, job.outcomes, false, {
          ...shape,
          params: { ...shape.params, row: err.rowNumber },
        });
        if (cause instanceof AppError)
          throw new AppError(cause.code, `import rolled back at row ${err.rowNumber}: ${cause.message}`, {
            params: { ...cause.params, row: err.rowNumber },
            fields: cause.fields,
          });
        throw cause;
      } finally {
        job.lastUsed = now();
      }
    },

    progress(jobId: string, userId: string | null): ImportJobState {
      const job = mustGet(jobId, userId);
      return { jobId: job.id, status: job.status, total: job.total, done: job.done, result: job.result };
    },

    report(jobId: string, userId: string | null, locale: Locale): Promise<FilePayload> {
      const job = mustGet(jobId, userId);
      return importReportXlsx(
        {
          fileName: job.fileName,
          summary: job.summary,
          rows: job.rows,
          result:
            job.result && job.outcomes && job.mode
              ? { mode: job.mode, summary: job.result, outcomes: job.outcomes }
              : null,
        },
        locale,
      );
    },

    template(locale: Locale): Promise<FilePayload> {
      return importTemplateXlsx(locale);
    },

    /** For tests and diagnostics: the job as main holds it. */
    job(jobId: string, userId: string | null): ImportJob {
      return mustGet(jobId, userId);
    },
  };
}

export type ClientImports = ReturnType<typeof createClientImports>;
