import type { ClientInput, ContactInput } from '../../../shared/clients/channels';
import { normalisePhoneDigits } from '../../../shared/clients/rules';
import { CLIENT_EDIT_FIELDS } from '../../../shared/clients/types';
import { roleMay } from '../../../shared/contract/permissions';
import type { UserCtx } from '../../core/context';
import { conflict } from '../../core/refusals';
import { findStaffRefByEmployeeNo } from '../org/staff';
import { createContact } from './contacts';
import type { ClientWriter, ImportContactInput, ImportLookups, ImportMatch } from './files/importPorts';
import { getClientRow } from './repository/clients';
import { listContacts } from './repository/contacts';
import {
  importMatchesByCreditCode,
  importMatchesByNameNorm,
  importMatchesByPhone,
  type ImportMatchRow,
} from './repository/matches';
import { assertVisible, createClient, setClientStatus, updateClient } from './service';
import { editFieldsOf, toClient } from './clientView';
import { canAssignTo, canSee } from './visibility';

/**
 * The import's look-ups over the clients tables, for one importing user: live files only, each marked
 * visible or not by the clients' visibility rules; an owner outside what the user may assign is reported
 * as such, so the preview shows a row error instead of the commit failing, and whether the user may
 * reassign existing files, so update mode skips an owner change the service would refuse.
 */
export function importLookups(ctx: UserCtx): ImportLookups {
  const { db, user } = ctx;
  const matches = (rows: ImportMatchRow[]): ImportMatch[] =>
    rows.map((r) => ({
      clientId: r.clientId,
      code: r.code,
      name: r.name,
      ownerName: r.ownerName,
      ownerId: r.ownerId,
      province: r.province,
      city: r.city,
      version: r.version,
      visible: canSee(user, r),
    }));
  return {
    mayReassign: roleMay(user.role, 'clients.reassign'),
    findByCreditCode: (creditCode) => matches(importMatchesByCreditCode(db, creditCode)),
    findByNameNorm: (nameNorm) => matches(importMatchesByNameNorm(db, nameNorm)),
    findByPhone: (phoneDigits) => matches(importMatchesByPhone(db, phoneDigits)),
    findStaffByEmployeeNo: (employeeNo) => {
      const s = findStaffRefByEmployeeNo(ctx, employeeNo);
      if (!s) return null;
      return { id: s.id, name: s.name, status: s.status, assignable: canAssignTo(user, s.id, s.groupId) };
    },
  };
}

/** An import row's contact as the contact form would write it. */
const contactInput = (contact: ImportContactInput, isPrimary: boolean): ContactInput => ({
  ...contact,
  wechat: null,
  notes: null,
  isPrimary,
});

/**
 * The import's writer: every row goes through the clients service's own createClient / updateClient /
 * setClientStatus / createContact, so the rules (scope, owner, credit code, codes, search text, status
 * history, audit rows) are the same as for the channels. Their mutations nest inside the import's one.
 */
export function importWriter(ctx: UserCtx, fileName: string): ClientWriter {
  function addContact(clientId: string, contact: ImportContactInput | null): void {
    if (!contact) return;
    const existing = listContacts(ctx.db, clientId);
    const digits = contact.mobile ? normalisePhoneDigits(contact.mobile) : null;
    const same = existing.some((c) =>
      digits
        ? c.mobile
          ? normalisePhoneDigits(c.mobile) === digits
          : false
        : !c.mobile && c.name === contact.name,
    );
    if (same) return;
    createContact(ctx, clientId, contactInput(contact, !existing.some((c) => c.isPrimary)));
  }

  return {
    createClient(input, contact) {
      const client = createClient(ctx, input, contact && contactInput(contact, true));
      return { id: client.id, code: client.code };
    },

    updateClient(target, patch, contact, row) {
      // A missing, deleted or invisible file fails as it would on a channel (NOT_FOUND), a stale version is a CONFLICT.
      assertVisible(ctx, target.id);
      const stored = getClientRow(ctx.db, target.id)!;
      if (stored.version !== target.version) throw conflict('client');
      const current = editFieldsOf(toClient(stored, ''));
      let version = target.version;
      const { status, ...fields } = patch;
      const next: ClientInput = { ...current, ...fields };
      const changed = CLIENT_EDIT_FIELDS.some((f) => JSON.stringify(next[f]) !== JSON.stringify(current[f]));
      if (changed) version = updateClient(ctx, target.id, version, next).version;
      if (status !== undefined && status !== stored.status)
        setClientStatus(ctx, target.id, version, status, `Excel import ${fileName}, row ${row.rowNumber}`);
      addContact(target.id, contact);
      return { id: target.id, code: stored.code };
    },
  };
}
