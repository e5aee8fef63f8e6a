import type { ContactInput } from '../../../shared/clients/channels';
import { normalisePhoneDigits } from '../../../shared/clients/rules';
import type { Contact } from '../../../shared/clients/types';
import { diffRecords } from '../../core/auditDiff';
import type { UserCtx } from '../../core/context';
import { newId } from '../../core/ids';
import { mutate, type Mutation } from '../../core/mutation';
import { childForWrite, liveClient, refreshSearch, touched } from './access';
import * as contacts from './repository/contacts';
import { withoutDeleted } from './repository/rows';

/*
 * Contacts kept inside a client file (rulebook 四(一)). A contact is what a file is found by, so every change to
 * one writes the file's search text again; and a file has at most one primary contact.
 */

const auditView = ({ id: _i, version: _v, ...rest }: Contact) => rest;

const contactWrite = (input: ContactInput): contacts.ContactWrite => ({
  ...input,
  mobileNorm: input.mobile ? normalisePhoneDigits(input.mobile) : null,
});

const readLive = (m: Mutation, id: string): Contact => withoutDeleted(contacts.getContact(m.db, id)!);

/** What changing a contact also does to its file: touched, and found by the new name and mobile. */
function fileChanged(m: Mutation, clientId: string): void {
  touched(m, clientId);
  refreshSearch(m, clientId);
}

/** One primary contact per file: making one primary unsets the other, with its own trail row. */
function unsetPrimary(m: Mutation, clientId: string, exceptId: string | null): void {
  const unset = contacts.clearPrimaryContact(m.db, clientId, exceptId, m.stamp);
  if (unset)
    m.audit({
      entity: 'contact',
      entityId: unset,
      action: 'update',
      changes: [{ field: 'isPrimary', before: true, after: false }],
    });
}

/** A new file's first contact, written with the file (createClient): no touch, no search text yet. */
export function insertFirstContact(m: Mutation, clientId: string, input: ContactInput): string {
  const id = newId();
  contacts.insertContact(m.db, id, clientId, contactWrite({ ...input, isPrimary: true }), m.stamp);
  return id;
}

/** The trail row of a contact created with its file. */
export function recordContactCreated(m: Mutation, id: string): void {
  m.audit({
    entity: 'contact',
    entityId: id,
    action: 'create',
    changes: diffRecords(null, auditView(readLive(m, id))),
  });
}

export function createContact(ctx: UserCtx, clientId: string, input: ContactInput): Contact {
  return mutate(ctx, (m) => {
    liveClient(m, clientId);
    const id = newId();
    if (input.isPrimary) unsetPrimary(m, clientId, null);
    contacts.insertContact(m.db, id, clientId, contactWrite(input), m.stamp);
    fileChanged(m, clientId);
    const created = readLive(m, id);
    m.audit({
      entity: 'contact',
      entityId: id,
      action: 'create',
      changes: diffRecords(null, auditView(created)),
    });
    return created;
  });
}

export function updateContact(ctx: UserCtx, id: string, version: number, input: ContactInput): Contact {
  return mutate(ctx, (m) => {
    const before = childForWrite(m, 'contact', contacts.getContact(m.db, id), version);
    if (input.isPrimary && !before.isPrimary) unsetPrimary(m, before.clientId, id);
    m.versioned('contact', contacts.updateContact(m.db, id, version, contactWrite(input), m.stamp));
    fileChanged(m, before.clientId);
    const after = readLive(m, id);
    m.audit({
      entity: 'contact',
      entityId: id,
      action: 'update',
      changes: diffRecords(auditView(withoutDeleted(before)), auditView(after)),
    });
    return after;
  });
}

export function deleteContact(ctx: UserCtx, id: string, version: number): null {
  return mutate(ctx, (m) => {
    const before = childForWrite(m, 'contact', contacts.getContact(m.db, id), version);
    m.versioned('contact', contacts.softDeleteContact(m.db, id, version, m.stamp));
    fileChanged(m, before.clientId);
    m.audit({
      entity: 'contact',
      entityId: id,
      action: 'delete',
      changes: [{ field: 'deletedAt', before: null, after: m.stamp.at }],
    });
    return null;
  });
}
