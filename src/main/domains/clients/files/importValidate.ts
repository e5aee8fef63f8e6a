import { z } from 'zod';
import { clientFields } from '../../../../shared/clients/channels';
import {
  IMPORT_COLUMNS,
  type ImportColumn,
  type ImportNormalisedCell,
  type ImportNormalisedSummary,
  type ImportRowPreview,
} from '../../../../shared/clients/fileTypes';
import { checkRegion } from '../../../../shared/clients/regionRule';
import {
  isValidCreditCode,
  normaliseClientName,
  normaliseCreditCode,
  normalisePhoneDigits,
} from '../../../../shared/clients/rules';
import { CLIENT_STATUSES, type DuplicateMatch, type DuplicateReason } from '../../../../shared/clients/types';
import type { FieldError } from '../../../../shared/contract/errors';
import {
  optionalPastDate,
  optionalEmail,
  optionalPhone,
  optionalText,
  requiredText,
} from '../../../../shared/contract/fields';
import { LIMITS } from '../../../../shared/contract/limits';
import { zodIssuesToFields } from '../../../../shared/contract/validation';
import { calendarDateText } from './importCells';
import { IMPORT_ENUM_COLUMNS, matchEnumValue } from './importColumns';
import type { ImportSheet, SheetRow } from './importParse';
import type { ImportClientInput, ImportContactInput, ImportLookups, ImportMatch } from './importPorts';

/** A row is checked with the contract's own client rules (credit code check digit included). */
const clientRow = z.object({ ...clientFields, status: z.enum(CLIENT_STATUSES).default('potential') });

/** The primary contact, with the contract's building blocks for contacts (mobile and email rules). */
const contactRow = z.object({
  name: requiredText(LIMITS.name),
  title: optionalText(LIMITS.name),
  mobile: optionalPhone(),
  email: optionalEmail(),
  birthday: optionalPastDate(),
});

const CLIENT_TEXT_COLUMNS = ['name', 'industry', 'address', 'notes'] as const;
const CONTACT_COLUMNS = {
  contactName: 'name',
  contactTitle: 'title',
  contactMobile: 'mobile',
  contactEmail: 'email',
  contactBirthday: 'birthday',
} as const satisfies Partial<Record<ImportColumn, keyof ImportContactInput>>;
type ContactColumn = keyof typeof CONTACT_COLUMNS;
const CONTACT_COLUMN_OF = Object.fromEntries(
  Object.entries(CONTACT_COLUMNS).map(([column, field]) => [field, column]),
) as Record<keyof ImportContactInput, ContactColumn>;

/** Client fields a row can set, by the column that sets them. */
const PATCH_FIELDS: Partial<Record<ImportColumn, keyof ImportClientInput>> = {
  name: 'name',
  type: 'type',
  creditCode: 'creditCode',
  industry: 'industry',
  province: 'province',
  city: 'city',
  address: 'address',
  source: 'source',
  tier: 'tier',
  status: 'status',
  ownerEmployeeNo: 'ownerId',
  tags: 'tags',
  notes: 'notes',
};

/** Longest cell text sent back in a preview (the whole text is still checked and imported). */
const PREVIEW_TEXT_MAX = 200;
const TAG_SEPARATORS = /[,，;；、|\n]+/u;

export interface RowMatch extends ImportMatch {
  reasons: DuplicateReason[];
}

export interface ValidatedRow {
  rowNumber: number;
  /** The name as typed (for reports), even when the row is invalid. */
  name: string;
  values: Partial<Record<ImportColumn, string>>;
  errors: Partial<Record<ImportColumn, FieldError>>;
  /** Cells read as their official form (浙江 → 浙江省); the row stores the official form. */
  normalised: ImportNormalisedCell[];
  /** The whole row with defaults, when valid. */
  client: ImportClientInput | null;
  /** Only the fields whose cells were filled (update mode), when valid. */
  patch: Partial<ImportClientInput>;
  contact: ImportContactInput | null;
  matches: RowMatch[];
  inFile: { rowNumber: number; reasons: DuplicateReason[] }[];
  /** What the row is compared by (reason, normalised value). */
  keys: [DuplicateReason, string][];
  /**
   * In update mode the row would give its single matching file another owner, which the importing user may
   * not do: update mode skips it (the service would refuse the write and roll the whole import back).
   */
  ownerChangeRefused: boolean;
  /**
   * In update mode the row would set the province or the city of its single matching file so that the
   * file's city is not in its province (浙江 for a file in 江苏省 · 苏州市): update mode skips it, as the
   * service would refuse the write and roll the whole import back.
   */
  regionConflict: boolean;
}

export const isValidRow = (r: ValidatedRow): boolean => r.client !== null;
export const isDuplicateRow = (r: ValidatedRow): boolean => r.matches.length > 0 || r.inFile.length > 0;

function shorten(text: string): string {
  return text.length > PREVIEW_TEXT_MAX ? `${text.slice(0, PREVIEW_TEXT_MAX)}…` : text;
}

/** Tags split on commas (either width), semicolons, 、 or line breaks; blanks and repeats dropped. */
export function splitTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(TAG_SEPARATORS)
        .map((t) => t.trim())
        .filter(Boolean),
    ),
  ];
}

/** The credit code as stored: half-width, no spaces, upper case. */
const creditCodeText = (text: string) => normaliseCreditCode(text.normalize('NFKC').replace(/\s+/g, ''));

function validateRow(row: SheetRow, lookups: ImportLookups): ValidatedRow {
  const errors: Partial<Record<ImportColumn, FieldError>> = {};
  const text: Partial<Record<ImportColumn, string>> = {};
  const values: Partial<Record<ImportColumn, string>> = {};
  for (const [column, cell] of Object.entries(row.cells) as [
    ImportColumn,
    SheetRow['cells'][ImportColumn],
  ][]) {
    if (!cell) continue;
    if ('error' in cell) {
      errors[column] = { key: 'validation.cellError', params: { value: cell.error } };
      values[column] = cell.error;
      continue;
    }
    const trimmed = cell.text.trim();
    if (trimmed === '') continue;
    text[column] = trimmed;
    values[column] = shorten(trimmed);
  }

  const raw: Record<string, unknown> = {};
  for (const column of CLIENT_TEXT_COLUMNS) if (text[column] !== undefined) raw[column] = text[column];
  if (text.creditCode !== undefined) raw.creditCode = creditCodeText(text.creditCode);
  for (const column of IMPORT_ENUM_COLUMNS) {
    const t = text[column];
    if (t === undefined) continue;
    const value = matchEnumValue(column, t);
    if (value === null) errors[column] ??= { key: 'validation.invalidChoice' };
    else raw[column] = value;
  }
  if (text.tags !== undefined) raw.tags = splitTags(text.tags);
  // The region by the clients' own rule: province and city from the lists, short forms read as official.
  const region = checkRegion({ province: text.province ?? null, city: text.city ?? null });
  for (const [field, error] of Object.entries(region.errors)) errors[field as ImportColumn] ??= error;
  if (region.province !== null) raw.province = region.province;
  if (region.city !== null) raw.city = region.city;
  if (text.ownerEmployeeNo !== undefined) {
    const employeeNo = text.ownerEmployeeNo;
    const staff = lookups.findStaffByEmployeeNo(employeeNo);
    if (!staff) errors.ownerEmployeeNo ??= { key: 'validation.employeeNotFound', params: { employeeNo } };
    else if (staff.status === 'left') errors.ownerEmployeeNo ??= { key: 'validation.staffLeft' };
    else if (staff.assignable === false) errors.ownerEmployeeNo ??= { key: 'validation.invalidChoice' };
    else raw.ownerId = staff.id;
  }

  const parsed = clientRow.safeParse(raw);
  if (!parsed.success) {
    for (const [path, error] of Object.entries(zodIssuesToFields(parsed.error.issues, raw))) {
      const field = path.split('.')[0]!;
      const column: ImportColumn = field === 'ownerId' ? 'ownerEmployeeNo' : (field as ImportColumn);
      errors[column] ??= error;
    }
  }

  let contact: ImportContactInput | null = null;
  const contactColumns = Object.keys(CONTACT_COLUMNS) as ContactColumn[];
  if (contactColumns.some((c) => text[c] !== undefined || errors[c])) {
    const rawContact: Record<string, unknown> = {};
    for (const column of contactColumns) {
      const t = text[column];
      if (t === undefined) continue;
      rawContact[CONTACT_COLUMNS[column]] = column === 'contactBirthday' ? calendarDateText(t) : t;
    }
    const parsedContact = contactRow.safeParse(rawContact);
    if (parsedContact.success) contact = parsedContact.data;
    else
      for (const [path, error] of Object.entries(zodIssuesToFields(parsedContact.error.issues, rawContact))) {
        const column = CONTACT_COLUMN_OF[path.split('.')[0] as keyof ImportContactInput];
        if (column) errors[column] ??= error;
      }
  }

  const valid = Object.keys(errors).length === 0 && parsed.success;
  const client = valid && parsed.success ? parsed.data : null;
  const patch: Partial<ImportClientInput> = {};
  if (client) {
    for (const [column, field] of Object.entries(PATCH_FIELDS) as [ImportColumn, keyof ImportClientInput][]) {
      if (text[column] !== undefined) (patch as Record<string, unknown>)[field] = client[field];
    }
  }
  const ordered: Partial<Record<ImportColumn, FieldError>> = {};
  for (const column of IMPORT_COLUMNS) if (errors[column]) ordered[column] = errors[column];
  return {
    rowNumber: row.rowNumber,
    name: text.name ?? '',
    values,
    errors: ordered,
    normalised: region.normalised.map(({ field, from, to }) => ({ column: field, from, to })),
    client,
    patch,
    contact: valid ? contact : null,
    matches: [],
    inFile: [],
    keys: duplicateKeys(text, errors),
    ownerChangeRefused: false,
    regionConflict: false,
  };
}

const REASON_ORDER: DuplicateReason[] = ['creditCode', 'name', 'phone'];

/** The keys a row is compared by: its credit code, normalised name and mobile digits, when it has them. */
function duplicateKeys(
  text: Partial<Record<ImportColumn, string>>,
  errors: Partial<Record<ImportColumn, FieldError>>,
) {
  const keys: [DuplicateReason, string][] = [];
  if (text.creditCode !== undefined && !errors.creditCode) {
    const code = creditCodeText(text.creditCode);
    if (isValidCreditCode(code)) keys.push(['creditCode', code]);
  }
  if (text.name !== undefined) {
    const norm = normaliseClientName(text.name);
    if (norm) keys.push(['name', norm]);
  }
  if (text.contactMobile !== undefined && !errors.contactMobile) {
    const digits = normalisePhoneDigits(text.contactMobile);
    if (digits.length >= 6) keys.push(['phone', digits]);
  }
  return keys;
}

/**
 * Marks each row's duplicates: existing files with the same credit code, normalised name or phone (through
 * the look-ups), and earlier rows of the same file with any of them.
 */
function markDuplicates(rows: ValidatedRow[], lookups: ImportLookups): void {
  const firstRow = new Map<string, number>();
  for (const row of rows) {
    const inFile = new Map<number, Set<DuplicateReason>>();
    const matches = new Map<string, RowMatch>();
    for (const [reason, key] of row.keys) {
      const seenKey = `${reason}:${key}`;
      const earlier = firstRow.get(seenKey);
      if (earlier === undefined) firstRow.set(seenKey, row.rowNumber);
      else inFile.set(earlier, (inFile.get(earlier) ?? new Set()).add(reason));

      const found =
        reason === 'creditCode'
          ? lookups.findByCreditCode(key)
          : reason === 'name'
            ? lookups.findByNameNorm(key)
            : lookups.findByPhone(key);
      for (const m of found) {
        const match = matches.get(m.clientId) ?? { ...m, reasons: [] };
        if (!match.reasons.includes(reason)) match.reasons.push(reason);
        matches.set(m.clientId, match);
      }
    }
    const byOrder = (a: DuplicateReason, b: DuplicateReason) =>
      REASON_ORDER.indexOf(a) - REASON_ORDER.indexOf(b);
    row.inFile = [...inFile.entries()]
      .sort(([a], [b]) => a - b)
      .map(([rowNumber, reasons]) => ({ rowNumber, reasons: [...reasons].sort(byOrder) }));
    row.matches = [...matches.values()].map((m) => ({ ...m, reasons: m.reasons.sort(byOrder) }));
  }
}

/**
 * The existing file update mode would write the row to: a valid row, not repeating an earlier row, with
 * exactly one match the user may see. Null otherwise (the row is created, skipped or not written).
 */
export function updateTarget(row: ValidatedRow): RowMatch | null {
  if (!isValidRow(row) || row.inFile.length > 0 || row.matches.length !== 1) return null;
  const match = row.matches[0]!;
  return match.visible ? match : null;
}

/** Flags the rows whose update would change their file's owner when the user may not reassign files. */
function markOwnerChanges(rows: ValidatedRow[], lookups: ImportLookups): void {
  if (lookups.mayReassign) return;
  for (const row of rows) {
    const target = updateTarget(row);
    const ownerId = row.patch.ownerId;
    row.ownerChangeRefused = target !== null && ownerId !== undefined && ownerId !== target.ownerId;
  }
}

/** Flags the rows whose update would leave their file's city outside its province (the clients' rule). */
function markRegionConflicts(rows: ValidatedRow[]): void {
  for (const row of rows) {
    const target = updateTarget(row);
    if (!target || (row.patch.province === undefined && row.patch.city === undefined)) continue;
    const stored = { province: target.province, city: target.city };
    const next = { province: row.patch.province ?? stored.province, city: row.patch.city ?? stored.city };
    row.regionConflict = Object.keys(checkRegion(next, stored).errors).length > 0;
  }
}

/** Checks every row of the sheet and finds its duplicates; reads the database only through the look-ups. */
export function validateImport(sheet: ImportSheet, lookups: ImportLookups): ValidatedRow[] {
  const rows = sheet.rows.map((r) => validateRow(r, lookups));
  markDuplicates(rows, lookups);
  markOwnerChanges(rows, lookups);
  markRegionConflicts(rows);
  return rows;
}

const toDuplicateMatch = (m: RowMatch): DuplicateMatch => ({
  clientId: m.clientId,
  code: m.code,
  name: m.name,
  ownerName: m.ownerName,
  reasons: m.reasons,
  visible: m.visible,
});

/** Each reading of a cell as its official form across the rows (浙江 → 浙江省, 3 rows), most frequent first. */
export function normalisedSummary(rows: readonly ValidatedRow[]): ImportNormalisedSummary[] {
  const seen = new Map<string, ImportNormalisedSummary>();
  for (const row of rows)
    for (const cell of row.normalised) {
      const key = JSON.stringify([cell.column, cell.from, cell.to]);
      const entry = seen.get(key) ?? { ...cell, rows: 0 };
      entry.rows++;
      seen.set(key, entry);
    }
  return [...seen.values()].sort((a, b) => b.rows - a.rows);
}

/** The row as the preview shows it. */
export function rowPreview(row: ValidatedRow): ImportRowPreview {
  const preview: ImportRowPreview = { rowNumber: row.rowNumber, values: row.values, errors: row.errors };
  if (row.normalised.length) preview.normalised = row.normalised;
  if (isDuplicateRow(row))
    preview.duplicateOf = { clients: row.matches.map(toDuplicateMatch), rows: row.inFile };
  if (row.ownerChangeRefused)
    preview.updateNote = { reason: 'ownerChangeRefused', code: row.matches[0]!.code };
  else if (row.regionConflict) preview.updateNote = { reason: 'regionConflict', code: row.matches[0]!.code };
  return preview;
}
