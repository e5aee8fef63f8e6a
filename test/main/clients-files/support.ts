import ExcelJS from 'exceljs';
import type { Db } from '../../../src/main/db/connection';
import type { Actor } from '../../../src/main/core/context';
import type { ImportTransaction } from '../../../src/main/domains/clients/files/importCommit';
import { newId } from '../../../src/main/core/ids';
import type {
  ClientWriter,
  ImportClientInput,
  ImportContactInput,
  ImportLookups,
  ImportMatch,
} from '../../../src/main/domains/clients/files/importPorts';
import {
  isValidCreditCode,
  normaliseClientName,
  normalisePhoneDigits,
} from '../../../src/shared/clients/rules';
import { AppError } from '../../../src/shared/contract/errors';
import type { StaffStatus } from '../../../src/shared/org/types';
import { insertAudit } from '../../../src/main/core/auditTrail';

const CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** A valid unified social credit code for 17 leading characters (the check character found by trying each). */
export function creditCode(first17: string): string {
  for (const c of CODE_CHARS) if (isValidCreditCode(first17 + c)) return first17 + c;
  throw new Error(`no check character for ${first17}`);
}

/** The same code with a wrong check character. */
export function badCheckDigit(code: string): string {
  const last = code[17]!;
  const other = CODE_CHARS[(CODE_CHARS.indexOf(last) + 1) % CODE_CHARS.length]!;
  return code.slice(0, 17) + other;
}

/** Distinct valid codes: 91 + 6-digit area + the counter in 9 digits. */
export const nthCreditCode = (n: number): string => creditCode(`91330100${String(n).padStart(9, '0')}`);

/** An .xlsx with one sheet of a header row and data rows (cells as given: strings, numbers, dates, formulas …). */
export async function xlsxBytes(
  headers: (string | null)[],
  rows: ExcelJS.CellValue[][],
  options: { sheetName?: string; extraSheets?: string[]; titleRow?: string } = {},
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const name of options.extraSheets ?? []) wb.addWorksheet(name).addRow(['notes']);
  const ws = wb.addWorksheet(options.sheetName ?? '客户 Clients');
  if (options.titleRow) ws.addRow([options.titleRow]);
  ws.addRow(headers);
  for (const row of rows) ws.addRow(row);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.slice().buffer as ArrayBuffer);
  return wb;
}

/** A sheet's rows as arrays of cell values (1-based columns collapsed to 0-based). */
export function sheetRows(ws: ExcelJS.Worksheet): unknown[][] {
  const out: unknown[][] = [];
  ws.eachRow((row) => out.push((row.values as unknown[]).slice(1)));
  return out;
}

export interface FakeClient {
  clientId: string;
  code: string;
  name: string;
  creditCode: string | null;
  phones: string[];
  ownerName: string | null;
  version: number;
  visible: boolean;
  fields: Partial<ImportClientInput>;
  contacts: ImportContactInput[];
}

export interface FakeStaff {
  id: string;
  employeeNo: string;
  name: string;
  status: StaffStatus;
}

/**
 * An in-memory client store: the look-ups the import needs, and a writer whose transaction() restores the
 * store when the function throws (like SQLite's rollback).
 */
export class FakeClientStore implements ImportLookups {
  /** Whether the importing user may give files another owner (the manager and deputies may). */
  mayReassign = true;
  clients: FakeClient[] = [];
  staff: FakeStaff[] = [];
  writes = 0;
  lookupsMade = 0;
  private seq = 0;

  addClient(c: Partial<FakeClient> & { name: string }): FakeClient {
    const client: FakeClient = {
      clientId: newId(),
      code: `KH-2026-${String(++this.seq).padStart(5, '0')}`,
      creditCode: null,
      phones: [],
      ownerName: null,
      version: 1,
      visible: true,
      fields: {},
      contacts: [],
      ...c,
    };
    this.clients.push(client);
    return client;
  }

  addStaff(employeeNo: string, name: string, status: StaffStatus = 'active'): FakeStaff {
    const s = { id: newId(), employeeNo, name, status };
    this.staff.push(s);
    return s;
  }

  private match(c: FakeClient): ImportMatch {
    return {
      clientId: c.clientId,
      code: c.code,
      name: c.name,
      ownerName: c.ownerName,
      ownerId: c.fields.ownerId ?? null,
      province: c.fields.province ?? null,
      city: c.fields.city ?? null,
      version: c.version,
      visible: c.visible,
    };
  }

  findByCreditCode(code: string): ImportMatch[] {
    this.lookupsMade++;
    return this.clients.filter((c) => c.creditCode === code).map((c) => this.match(c));
  }
  findByNameNorm(norm: string): ImportMatch[] {
    this.lookupsMade++;
    return this.clients.filter((c) => normaliseClientName(c.name) === norm).map((c) => this.match(c));
  }
  findByPhone(digits: string): ImportMatch[] {
    this.lookupsMade++;
    return this.clients
      .filter((c) => c.phones.some((p) => normalisePhoneDigits(p) === digits))
      .map((c) => this.match(c));
  }
  findStaffByEmployeeNo(employeeNo: string) {
    const s = this.staff.find((x) => x.employeeNo.toLowerCase() === employeeNo.toLowerCase());
    return s ? { id: s.id, name: s.name, status: s.status } : null;
  }

  /** A writer over this store; `failAt` makes the write of that row throw `error`. */
  writer(failAt?: { rowNumber: number; error: unknown }): ClientWriter & { calls: string[] } {
    const calls: string[] = [];
    const fail = (row: number) => {
      if (failAt && failAt.rowNumber === row) throw failAt.error;
    };
    return {
      calls,
      createClient: (input, contact, ctx) => {
        fail(ctx.rowNumber);
        calls.push(`create:${ctx.rowNumber}`);
        this.writes++;
        const c = this.addClient({
          name: input.name,
          creditCode: input.creditCode,
          phones: contact?.mobile ? [contact.mobile] : [],
          fields: input,
          contacts: contact ? [contact] : [],
        });
        return { id: c.clientId, code: c.code };
      },
      updateClient: (target, patch, contact, ctx) => {
        fail(ctx.rowNumber);
        calls.push(`update:${ctx.rowNumber}`);
        this.writes++;
        const c = this.clients.find((x) => x.clientId === target.id)!;
        if (c.version !== target.version) throw new Error('stale version');
        // Like the clients service: only the manager and deputies may give a file another owner.
        if (!this.mayReassign && patch.ownerId !== undefined && patch.ownerId !== (c.fields.ownerId ?? null))
          throw new AppError('FORBIDDEN', 'owner change needs clients.reassign');
        Object.assign(c.fields, patch);
        if (patch.name) c.name = patch.name;
        if (contact) c.contacts.push(contact);
        c.version++;
        return { id: c.clientId, code: c.code };
      },
    };
  }

  /** The import's transaction over this store: rollback() restores what begin() found. */
  begin = (): ImportTransaction => {
    const snapshot = structuredClone({ clients: this.clients, writes: this.writes, seq: this.seq });
    return {
      run: (fn) => fn(),
      commit: () => undefined,
      rollback: () => {
        this.clients = snapshot.clients;
        this.writes = snapshot.writes;
        this.seq = snapshot.seq;
      },
    };
  };
}

/** An audit row as a service would write it, for the writer below. */
export function recordAudit(
  db: Db,
  actor: Actor,
  entry: { entity: string; entityId: string; action: string },
): void {
  insertAudit(db, {
    at: new Date().toISOString(),
    actorUserId: actor.userId,
    actorName: actor.name,
    ...entry,
    changes: [],
  });
}

/** The import's transaction on one SQLite connection (BEGIN … COMMIT / ROLLBACK), for writers onto `db`. */
export function sqliteTransaction(db: Db): ImportTransaction {
  db.exec('BEGIN IMMEDIATE');
  const end = (sql: string) => {
    if (db.inTransaction) db.exec(sql);
  };
  return { run: (fn) => fn(), commit: () => end('COMMIT'), rollback: () => end('ROLLBACK') };
}

/**
 * A writer straight onto the real tables (clients, contacts, status history, search text, audit), close
 * to what the clients service will do, for the all-or-nothing tests and the 10k timing on real SQLite.
 */
export function sqliteWriter(
  db: Db,
  actor: Actor,
  now: () => string,
  record: (db: Db, actor: Actor, entry: { entity: string; entityId: string; action: string }) => void,
  failAt?: { rowNumber: number; error: unknown },
): ClientWriter {
  let seq = (db.prepare('SELECT count(*) AS n FROM clients').get() as { n: number }).n;
  const insertContact = (clientId: string, contact: ImportContactInput, primary: boolean) => {
    const at = now();
    db.prepare(
      `INSERT INTO client_contacts (id, client_id, name, title, mobile, mobile_norm, email, is_primary, birthday, created_at, updated_at, created_by, updated_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      newId(),
      clientId,
      contact.name,
      contact.title,
      contact.mobile,
      contact.mobile ? normalisePhoneDigits(contact.mobile) : null,
      contact.email,
      primary ? 1 : 0,
      contact.birthday,
      at,
      at,
      actor.userId,
      actor.userId,
    );
  };
  return {
    createClient(input, contact, ctx) {
      if (failAt?.rowNumber === ctx.rowNumber) throw failAt.error;
      const id = newId();
      const code = `KH-2026-${String(++seq).padStart(5, '0')}`;
      const at = now();
      db.prepare(
        `INSERT INTO clients (id, code, type, name, name_norm, credit_code, industry, province, city, address, source, tier, status,
           status_changed_at, owner_id, tags, notes, touched_at, created_at, updated_at, created_by, updated_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        id,
        code,
        input.type,
        input.name,
        normaliseClientName(input.name),
        input.creditCode,
        input.industry,
        input.province,
        input.city,
        input.address,
        input.source,
        input.tier,
        input.status,
        at,
        input.ownerId,
        JSON.stringify(input.tags),
        input.notes,
        at,
        at,
        at,
        actor.userId,
        actor.userId,
      );
      db.prepare(
        'INSERT INTO client_status_changes (id, client_id, from_status, to_status, reason, changed_at, changed_by) VALUES (?, ?, NULL, ?, ?, ?, ?)',
      ).run(newId(), id, input.status, `import ${ctx.jobId}`, at, actor.userId);
      if (contact) insertContact(id, contact, true);
      db.prepare(
        'INSERT INTO client_search (client_rowid, text) SELECT rowid, ? FROM clients WHERE id = ?',
      ).run(
        [code, input.name, input.creditCode ?? '', contact?.name ?? '', contact?.mobile ?? ''].join(' '),
        id,
      );
      record(db, actor, { entity: 'client', entityId: id, action: 'create' });
      return { id, code };
    },
    updateClient(target, patch, contact, ctx) {
      if (failAt?.rowNumber === ctx.rowNumber) throw failAt.error;
      const sets: string[] = [];
      const values: unknown[] = [];
      const columns: Record<string, string> = {
        name: 'name',
        type: 'type',
        creditCode: 'credit_code',
        industry: 'industry',
        province: 'province',
        city: 'city',
        address: 'address',
        source: 'source',
        tier: 'tier',
        status: 'status',
        ownerId: 'owner_id',
        notes: 'notes',
      };
      for (const [field, value] of Object.entries(patch)) {
        if (field === 'tags') {
          sets.push('tags = ?');
          values.push(JSON.stringify(value));
        } else if (columns[field]) {
          sets.push(`${columns[field]} = ?`);
          values.push(value);
        }
      }
      if (patch.name) {
        sets.push('name_norm = ?');
        values.push(normaliseClientName(patch.name));
      }
      const at = now();
      const r = db
        .prepare(
          `UPDATE clients SET ${[...sets, 'updated_at = ?', 'touched_at = ?', 'version = version + 1'].join(', ')}
           WHERE id = ? AND version = ? AND deleted_at IS NULL`,
        )
        .run(...values, at, at, target.id, target.version);
      if (r.changes === 0) throw Object.assign(new Error('stale'), { code: 'CONFLICT' });
      if (contact) {
        const hasPrimary = db
          .prepare('SELECT 1 FROM client_contacts WHERE client_id = ? AND is_primary = 1')
          .get(target.id);
        insertContact(target.id, contact, !hasPrimary);
      }
      record(db, actor, { entity: 'client', entityId: target.id, action: 'update' });
      const { code } = db.prepare('SELECT code FROM clients WHERE id = ?').get(target.id) as { code: string };
      return { id: target.id, code };
    },
  };
}

/** Look-ups over the real tables (what the clients service will provide), all visible. */
export function sqliteLookups(db: Db, mayReassign = true): ImportLookups {
  const select = `SELECT c.id AS clientId, c.code, c.name, s.name AS ownerName, c.owner_id AS ownerId, c.province, c.city,
    c.version, 1 AS visible
    FROM clients c LEFT JOIN staff s ON s.id = c.owner_id`;
  const toMatch = (rows: unknown[]) =>
    (rows as (Omit<ImportMatch, 'visible'> & { visible: number })[]).map((r) => ({
      ...r,
      visible: r.visible === 1,
    }));
  const byCode = db.prepare(`${select} WHERE c.credit_code = ? AND c.deleted_at IS NULL`);
  const byName = db.prepare(`${select} WHERE c.name_norm = ? AND c.deleted_at IS NULL`);
  const byPhone = db.prepare(
    `${select} WHERE c.deleted_at IS NULL AND c.id IN (SELECT client_id FROM client_contacts WHERE mobile_norm = ?)`,
  );
  const staff = db.prepare('SELECT id, name, status FROM staff WHERE employee_no = ?');
  return {
    mayReassign,
    findByCreditCode: (code) => toMatch(byCode.all(code)),
    findByNameNorm: (norm) => toMatch(byName.all(norm)),
    findByPhone: (digits) => toMatch(byPhone.all(digits)),
    findStaffByEmployeeNo: (no) =>
      (staff.get(no) as { id: string; name: string; status: StaffStatus } | undefined) ?? null,
  };
}
