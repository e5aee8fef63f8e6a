import { normalisePhoneDigits } from '../../../shared/clients/rules';
import { CLIENT_EDIT_FIELDS } from '../../../shared/clients/types';
import type { SessionUser } from '../../../shared/auth/types';
import type { StaffStatus } from '../../../shared/org/types';
import { AppError } from '../../../shared/contract/errors';
import { roleMay } from '../../../shared/contract/permissions';
import { stmt, type Db } from '../../db/connection';
import type {
  ClientWriter,
  ImportClientInput,
  ImportContactInput,
  ImportLookups,
  ImportMatch,
} from './files/importPorts';
import * as repo from './repository';
import type { Caller, ClientInput, ClientsService } from './service';
import { canAssignTo, canSee } from './visibility';

interface MatchRow {
  clientId: string;
  code: string;
  name: string;
  ownerName: string | null;
  version: number;
  ownerId: string | null;
  groupId: string | null;
}

const MATCH_SELECT = `SELECT c.id AS clientId, c.code, c.name, o.name AS ownerName, c.version,
  c.owner_id AS ownerId, c.group_id AS groupId
  FROM clients c LEFT JOIN staff o ON o.id = c.owner_id`;

/**
 * The import's look-ups over the clients tables, for one importing user: live files only, each marked
 * visible or not by the clients' visibility rules; an owner outside what the user may assign is reported
 * as such, so the preview shows a row error instead of the commit failing, and whether the user may
 * reassign existing files, so update mode skips an owner change the service would refuse.
 */
export function importLookups(db: Db, user: SessionUser): ImportLookups {
  const matches = (rows: MatchRow[]): ImportMatch[] =>
    rows.map((r) => ({
      clientId: r.clientId,
      code: r.code,
      name: r.name,
      ownerName: r.ownerName,
      ownerId: r.ownerId,
      version: r.version,
      visible: canSee(user, r),
    }));
  return {
    mayReassign: roleMay(user.role, 'clients.reassign'),
    findByCreditCode: (creditCode) =>
      matches(
        stmt(db, `${MATCH_SELECT} WHERE c.credit_code = ? AND c.deleted_at IS NULL`).all(
          creditCode,
        ) as MatchRow[],
      ),
    findByNameNorm: (nameNorm) =>
      matches(
        stmt(db, `${MATCH_SELECT} WHERE c.name_norm = ? AND c.deleted_at IS NULL`).all(
          nameNorm,
        ) as MatchRow[],
      ),
    findByPhone: (phoneDigits) =>
      matches(
        stmt(
          db,
          `${MATCH_SELECT} WHERE c.deleted_at IS NULL AND c.id IN
            (SELECT client_id FROM client_contacts WHERE mobile_norm = ? AND deleted_at IS NULL)`,
        ).all(phoneDigits) as MatchRow[],
      ),
    findStaffByEmployeeNo: (employeeNo) => {
      const s = stmt(db, 'SELECT id, name, status, group_id AS groupId FROM staff WHERE employee_no = ?').get(
        employeeNo,
      ) as { id: string; name: string; status: StaffStatus; groupId: string | null } | undefined;
      if (!s) return null;
      return { id: s.id, name: s.name, status: s.status, assignable: canAssignTo(user, s.id, s.groupId) };
    },
  };
}

/** The form fields of a stored file, as a client write takes them. */
function inputOf(r: repo.ClientRow): ClientInput {
  return {
    type: r.type,
    name: r.name,
    creditCode: r.creditCode,
    industry: r.industry,
    province: r.province,
    city: r.city,
    address: r.address,
    source: r.source,
    tier: r.tier,
    ownerId: r.ownerId,
    tags: JSON.parse(r.tags) as string[],
    notes: r.notes,
  };
}

/**
 * The import's writer: every row goes through the clients service's own create / update / setStatus /
 * createContact, so the rules (scope, owner, credit code, codes, search text, status history, audit rows)
 * are the same as for the channels. The service's transactions nest inside the import's one. `db` answers
 * the connection the import's transaction runs on.
 */
export function importWriter(
  db: () => Db,
  clients: ClientsService,
  caller: Caller,
  fileName: string,
): ClientWriter {
  function addContact(clientId: string, contact: ImportContactInput | null): void {
    if (!contact) return;
    const existing = repo.listContacts(db(), clientId);
    const digits = contact.mobile ? normalisePhoneDigits(contact.mobile) : null;
    const same = existing.some((c) =>
      digits
        ? c.mobile
          ? normalisePhoneDigits(c.mobile) === digits
          : false
        : !c.mobile && c.name === contact.name,
    );
    if (same) return;
    clients.createContact(
      clientId,
      { ...contact, wechat: null, notes: null, isPrimary: !existing.some((c) => c.isPrimary) },
      caller,
    );
  }

  return {
    createClient(input: ImportClientInput, contact) {
      const client = clients.create(
        input,
        caller,
        contact && { ...contact, wechat: null, notes: null, isPrimary: true },
      );
      return { id: client.id, code: client.code };
    },

    updateClient(target, patch, contact, ctx) {
      // A missing, deleted or invisible file fails as it would on a channel (NOT_FOUND), a stale version is a CONFLICT.
      clients.assertVisible(target.id, caller);
      const row = repo.getClientRow(db(), target.id)!;
      if (row.version !== target.version) throw new AppError('CONFLICT', 'client changed since it was read');
      const current = inputOf(row);
      let version = target.version;
      const { status, ...fields } = patch;
      const next: ClientInput = { ...current, ...fields };
      const changed = CLIENT_EDIT_FIELDS.some((f) => JSON.stringify(next[f]) !== JSON.stringify(current[f]));
      if (changed) version = clients.update(target.id, version, next, caller).version;
      if (status !== undefined && status !== row.status)
        clients.setStatus(
          target.id,
          version,
          status,
          `Excel import ${fileName}, row ${ctx.rowNumber}`,
          caller,
        );
      addContact(target.id, contact);
      return { id: target.id, code: row.code };
    },
  };
}
