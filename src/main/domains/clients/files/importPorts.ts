/**
 * What the import needs from the clients service: read-only look-ups for the preview (duplicates, owners)
 * and a writer for the commit. The service implements both over its repository, inside its own scope
 * (who may see which file) and its own transaction, with its audit rows.
 */
import type { ClientCreateInput, ContactInput } from '../../../../shared/clients/channels';
import type { StaffStatus } from '../../../../shared/org/types';

/** A live (not deleted) client file that matches a row. */
export interface ImportMatch {
  clientId: string;
  code: string;
  name: string;
  ownerName: string | null;
  /** The file's owner now: a row naming someone else would reassign it. */
  ownerId: string | null;
  /** The file's region now: a row setting only the province (or city) must still fit the other one. */
  province: string | null;
  city: string | null;
  /** The version read now; an update names it, so a file changed since the preview is a CONFLICT. */
  version: number;
  /** Whether the importing user may see (and so update) this file. */
  visible: boolean;
}

export interface ImportLookups {
  /**
   * Whether the importing user may give an existing file another owner (permission 'clients.reassign').
   * Without it, update mode skips a row that would change its file's owner instead of the write failing.
   */
  mayReassign: boolean;
  /** Live files with this credit code (already upper-cased and trimmed). */
  findByCreditCode(creditCode: string): ImportMatch[];
  /** Live files whose normalised name (normaliseClientName, the clients.name_norm column) is this. */
  findByNameNorm(nameNorm: string): ImportMatch[];
  /** Live files with a contact whose mobile has these digits (normalisePhoneDigits, client_contacts.mobile_norm). */
  findByPhone(phoneDigits: string): ImportMatch[];
  /**
   * The staff member with this employee number, for the owner column; null when there is none.
   * `assignable: false` when the importing user may not give files to them (a row error, not a failed commit).
   */
  findStaffByEmployeeNo(
    employeeNo: string,
  ): { id: string; name: string; status: StaffStatus; assignable?: boolean } | null;
}

/** A row as a new client file: the contract's client fields after their zod rules, defaults applied. */
export type ImportClientInput = ClientCreateInput;

/** A row's contact: the contact fields the template has columns for. */
export type ImportContactInput = Pick<ContactInput, 'name' | 'title' | 'mobile' | 'email' | 'birthday'>;

/** Which import and row a write belongs to, for the audit trail and error messages. */
export interface ImportWriteContext {
  jobId: string;
  rowNumber: number;
}

/**
 * Writes one row. Called inside the one transaction the caller supplies for the whole import; any throw
 * rolls every row back. Each call writes its own audit row(s), like the matching channel would.
 */
export interface ClientWriter {
  /** A new file (code assigned, search text, status history, audit); the contact becomes its primary contact. */
  createClient(
    input: ImportClientInput,
    contact: ImportContactInput | null,
    ctx: ImportWriteContext,
  ): { id: string; code: string };
  /**
   * Applies the row's non-empty cells to an existing file the user may see. `patch` holds only those
   * fields; a changed status goes through the status history (the reason names the import). The contact,
   * if any, is added unless the file already has one with the same mobile (or, without mobile, the same
   * name); it becomes primary when the file has none. A stale `version` is a CONFLICT.
   */
  updateClient(
    target: { id: string; version: number },
    patch: Partial<ImportClientInput>,
    contact: ImportContactInput | null,
    ctx: ImportWriteContext,
  ): { id: string; code: string };
}
