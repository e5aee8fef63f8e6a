import type { Db } from '../../db/connection';
import * as repo from './repository';
import type { ClientFill, ClientRow, Stamp } from './repository';

/** At most this many tags on a file (the contract's limit); a merge keeps the kept file's first. */
const MAX_TAGS = 20;

export interface MovedCounts {
  contacts: number;
  communications: number;
  transactions: number;
  attachments: number;
  statusChanges: number;
}

function fillOf(r: ClientRow): ClientFill {
  return {
    creditCode: r.creditCode,
    industry: r.industry,
    province: r.province,
    city: r.city,
    address: r.address,
    ownerId: r.ownerId,
    groupId: r.groupId,
    tags: JSON.parse(r.tags) as string[],
    notes: r.notes,
  };
}

/**
 * Province and city come over as a pair, so a merge never puts a city in another province: both when the
 * kept file has neither, the city alone when the kept file has the same province and no city.
 */
function filledRegion(k: ClientFill, m: ClientFill): Pick<ClientFill, 'province' | 'city'> {
  if (k.province === null && k.city === null) return { province: m.province, city: m.city };
  if (k.city === null && k.province === m.province) return { province: k.province, city: m.city };
  return { province: k.province, city: k.city };
}

/**
 * The kept file with its empty fields taken from the merged one. The kept file's own values always win;
 * an owner comes over together with the group it was assigned in, a city with its province; tags are the
 * union of both.
 */
export function filledFields(keep: ClientRow, merged: ClientRow): ClientFill {
  const k = fillOf(keep);
  const m = fillOf(merged);
  const takeOwner = k.ownerId === null && m.ownerId !== null;
  return {
    creditCode: k.creditCode ?? m.creditCode,
    industry: k.industry ?? m.industry,
    ...filledRegion(k, m),
    address: k.address ?? m.address,
    notes: k.notes ?? m.notes,
    ownerId: takeOwner ? m.ownerId : k.ownerId,
    groupId: takeOwner ? m.groupId : k.groupId,
    tags: [...new Set([...k.tags, ...m.tags])].slice(0, MAX_TAGS),
  };
}

/**
 * Moves everything the merged file holds to the kept one: contacts (the kept file's primary contact stays
 * the only primary; the merged file's primary becomes an ordinary contact — unless the kept file has none,
 * then it stays primary), communication and transaction records, attachments and status history. The merged
 * file must already be soft-deleted, so its credit code no longer counts as taken.
 */
export function moveEverything(db: Db, keep: ClientRow, merged: ClientRow, s: Stamp): MovedCounts {
  if (keep.primaryContactId !== null) repo.clearPrimaryContact(db, merged.id, null, s);
  const counts: MovedCounts = {
    contacts: repo.moveRecords(db, 'client_contacts', merged.id, keep.id, s),
    communications: repo.moveRecords(db, 'client_communications', merged.id, keep.id, s),
    transactions: repo.moveRecords(db, 'client_transactions', merged.id, keep.id, s),
    attachments: repo.moveAttachments(db, merged.id, keep.id),
    statusChanges: repo.moveStatusChanges(db, merged.id, keep.id),
  };
  repo.fillClient(db, keep.id, filledFields(keep, merged));
  return counts;
}
