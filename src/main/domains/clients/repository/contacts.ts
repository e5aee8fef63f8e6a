import type { ContactInput } from '../../../../shared/clients/channels';
import type { Contact } from '../../../../shared/clients/types';
import type { Stamp } from '../../../core/mutation';
import { stmt, type Db } from '../../../db/connection';

/** A contact as stored: the form's fields and the mobile's digits (duplicates and the import match on them). */
export type ContactWrite = ContactInput & { mobileNorm: string | null };

export type ContactRow = Contact & { deletedAt: string | null };

const CONTACT_SELECT = `
  SELECT id, client_id AS clientId, name, title, mobile, email, wechat, is_primary AS isPrimary, birthday, notes,
         version, deleted_at AS deletedAt
  FROM client_contacts`;

type DbContact = Omit<ContactRow, 'isPrimary'> & { isPrimary: number };
const toContact = (r: DbContact): ContactRow => ({ ...r, isPrimary: r.isPrimary === 1 });

export function listContacts(db: Db, clientId: string): Contact[] {
  return (
    stmt(
      db,
      `${CONTACT_SELECT} WHERE client_id = ? AND deleted_at IS NULL ORDER BY is_primary DESC, created_at, id`,
    ).all(clientId) as DbContact[]
  ).map((r) => {
    const { deletedAt: _d, ...c } = toContact(r);
    return c;
  });
}

export function getContact(db: Db, id: string): ContactRow | null {
  const r = stmt(db, `${CONTACT_SELECT} WHERE id = ?`).get(id) as DbContact | undefined;
  return r ? toContact(r) : null;
}

/** A contact write as named statement parameters (the columns an insert and an update both set). */
function contactParams(w: ContactWrite) {
  return {
    name: w.name,
    title: w.title,
    mobile: w.mobile,
    mobileNorm: w.mobileNorm,
    email: w.email,
    wechat: w.wechat,
    isPrimary: w.isPrimary ? 1 : 0,
    birthday: w.birthday,
    notes: w.notes,
  };
}

export function insertContact(db: Db, id: string, clientId: string, w: ContactWrite, s: Stamp): void {
  stmt(
    db,
    `INSERT INTO client_contacts (id, client_id, name, title, mobile, mobile_norm, email, wechat, is_primary, birthday,
       notes, created_at, updated_at, created_by, updated_by)
     VALUES (@id, @clientId, @name, @title, @mobile, @mobileNorm, @email, @wechat, @isPrimary, @birthday,
       @notes, @at, @at, @by, @by)`,
  ).run({ ...contactParams(w), id, clientId, at: s.at, by: s.by });
}

export function updateContact(db: Db, id: string, version: number, w: ContactWrite, s: Stamp): boolean {
  return (
    stmt(
      db,
      `UPDATE client_contacts SET name = @name, title = @title, mobile = @mobile, mobile_norm = @mobileNorm,
         email = @email, wechat = @wechat, is_primary = @isPrimary, birthday = @birthday, notes = @notes,
         updated_at = @at, updated_by = @by, version = version + 1
       WHERE id = @id AND version = @version AND deleted_at IS NULL`,
    ).run({ ...contactParams(w), id, version, at: s.at, by: s.by }).changes === 1
  );
}

/** A deleted contact stops being primary, so the one-primary index only ever sees live contacts. */
export function softDeleteContact(db: Db, id: string, version: number, s: Stamp): boolean {
  return (
    stmt(
      db,
      `UPDATE client_contacts SET is_primary = 0, deleted_at = ?, deleted_by = ?, updated_at = ?, updated_by = ?,
         version = version + 1 WHERE id = ? AND version = ? AND deleted_at IS NULL`,
    ).run(s.at, s.by, s.at, s.by, id, version).changes === 1
  );
}

/** Unsets the client's current primary contact (other than `exceptId`); returns the one unset, if any. */
export function clearPrimaryContact(
  db: Db,
  clientId: string,
  exceptId: string | null,
  s: Stamp,
): string | null {
  const row = stmt(
    db,
    `UPDATE client_contacts SET is_primary = 0, updated_at = ?, updated_by = ?, version = version + 1
     WHERE client_id = ? AND is_primary = 1 AND id IS NOT ? RETURNING id`,
  ).get(s.at, s.by, clientId, exceptId) as { id: string } | undefined;
  return row?.id ?? null;
}
