/** Client files on disk and in Excel: import, export, attachments (rulebook 四(一)). */
import type { AppErrorShape, FieldError } from '../contract/errors';
import type { DuplicateMatch, DuplicateReason } from './types';

/** The columns an import file may have, in the template's order. Headers are matched in Chinese, English or both. */
export const IMPORT_COLUMNS = [
  'name',
  'type',
  'creditCode',
  'industry',
  'province',
  'city',
  'address',
  'source',
  'tier',
  'status',
  'ownerEmployeeNo',
  'tags',
  'notes',
  'contactName',
  'contactTitle',
  'contactMobile',
  'contactEmail',
  'contactBirthday',
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

/** Columns a file must have; every other column is optional (empty cells take the defaults). */
export const REQUIRED_IMPORT_COLUMNS: readonly ImportColumn[] = ['name'];

/**
 * What to do with a row that matches an existing client file (same credit code, normalised name or phone):
 * skip it, update the matching file with the row's non-empty cells, or create a new file anyway.
 */
export const IMPORT_MODES = ['skip', 'update', 'create'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

/** Files larger than this are refused before they are read. */
export const IMPORT_MAX_BYTES = 30 * 1024 * 1024;
/** Data rows per import file. */
export const IMPORT_MAX_ROWS = 20_000;
/** Attachments larger than this are refused (the service may pass a different limit). */
export const DEFAULT_ATTACHMENT_MAX_MB = 20;

export interface ImportRowDuplicates {
  /** Existing client files that match. */
  clients: DuplicateMatch[];
  /** Earlier rows of the same file that match (their Excel row numbers). */
  rows: { rowNumber: number; reasons: DuplicateReason[] }[];
}

export interface ImportRowPreview {
  /** The row's number in the Excel sheet (the header is row 1 in the template). */
  rowNumber: number;
  /** The cells as text (long texts shortened for display), by column. */
  values: Partial<Record<ImportColumn, string>>;
  /** Problems by column; keys under `validation.` with their parameters. Empty when the row is valid. */
  errors: Partial<Record<ImportColumn, FieldError>>;
  /** Cells read as another (official) value, e.g. a region's short form: 浙江 → 浙江省. */
  normalised?: ImportNormalisedCell[];
  duplicateOf?: ImportRowDuplicates;
  /** Set when update mode will skip the row rather than apply it (see ImportUpdateNote). */
  updateNote?: ImportUpdateNote;
}

export interface ImportNormalisedCell {
  column: ImportColumn;
  from: string;
  to: string;
}

/** One kind of reading across the file (浙江 → 浙江省) and how many rows it applies to. */
export interface ImportNormalisedSummary extends ImportNormalisedCell {
  rows: number;
}

/**
 * Why update mode will leave a row's single matching file alone, known at preview time: the row names another
 * owner and the importing user may not reassign files (only the manager and deputies may).
 */
export interface ImportUpdateNote {
  reason: Extract<ImportReason, 'ownerChangeRefused' | 'regionConflict'>;
  /** The code of the file the row matches. */
  code: string;
}

/** Which rows a page of the preview lists; 'problems' are the invalid rows and the possible duplicates. */
export const IMPORT_ROW_FILTERS = ['problems', 'all', 'invalid', 'duplicates'] as const;
export type ImportRowFilter = (typeof IMPORT_ROW_FILTERS)[number];

export interface ImportSummary {
  /** Data rows read (blank rows are ignored). */
  total: number;
  valid: number;
  invalid: number;
  /** Rows that match an existing client file or an earlier row of the file. */
  duplicates: number;
}

export interface ImportPreview extends ImportSummary {
  jobId: string;
  fileName: string;
  sheetName: string;
  /** Recognised columns, in the file's order. */
  columns: ImportColumn[];
  /** Header texts that matched no column; their cells are ignored. */
  ignoredHeaders: string[];
  /** Cell values read as their official form (region short forms), most frequent first. */
  normalised: ImportNormalisedSummary[];
  /** Rows with an error or a duplicate warning: what the filter 'problems' lists (a row may be both). */
  problems: number;
  /** The first page of rows with a problem or a duplicate warning (then `clients.import.rows`, filter 'problems', pages on). */
  rows: ImportRowPreview[];
}

export interface ImportRowsPage {
  rows: ImportRowPreview[];
  total: number;
  page: number;
  pageSize: number;
}

export const IMPORT_OUTCOMES = ['created', 'updated', 'skipped', 'failed'] as const;
export type ImportOutcome = (typeof IMPORT_OUTCOMES)[number];

/**
 * Why a row was skipped or failed: a duplicate (skip mode), a duplicate of an earlier row, a match the user may
 * not see (update mode), several different matches (update mode), an owner change the user may not make
 * (update mode), invalid cells, or a write that failed (which rolled the whole import back). Translated under
 * `clientFiles:import.reasons.`.
 */
export const IMPORT_REASONS = [
  'duplicate',
  'duplicateInFile',
  'notVisible',
  'ambiguous',
  'ownerChangeRefused',
  'regionConflict',
  'invalid',
  'writeFailed',
  'rolledBack',
] as const;
export type ImportReason = (typeof IMPORT_REASONS)[number];

export interface ImportRowResult {
  rowNumber: number;
  name: string;
  outcome: ImportOutcome;
  clientId: string | null;
  clientCode: string | null;
  reason: ImportReason | null;
  /** For invalid rows and failed writes: every problem, each with its column (when it has one). */
  errors?: ImportCellError[];
}

export interface ImportCellError {
  column?: ImportColumn;
  error: FieldError;
}

export interface ImportResult {
  /** False when a write failed and everything was rolled back: nothing was imported. */
  committed: boolean;
  mode: ImportMode;
  created: number;
  updated: number;
  skipped: number;
  failed: number;
  /** The skipped and failed rows (all rows are in the downloadable report). */
  problems: ImportRowResult[];
  /** When the import was rolled back: the code of the error that stopped it. */
  error?: AppErrorShape;
}

export const IMPORT_JOB_STATUSES = ['previewed', 'committing', 'done', 'failed'] as const;
export type ImportJobStatus = (typeof IMPORT_JOB_STATUSES)[number];

/** What the progress channel reports about one import. */
export interface ImportJobState {
  jobId: string;
  status: ImportJobStatus;
  /** Rows the commit works through, and how many it has done. */
  total: number;
  done: number;
  result: ImportResult | null;
}
