import type { Client } from '../../../shared/clients/types';
import { diffRecords } from '../../core/auditDiff';
import type { UserCtx } from '../../core/context';
import { mutate, type Mutation } from '../../core/mutation';
import { fieldRefusal } from '../../core/refusals';
import { clientForWrite, refreshSearch, staleBefore } from './access';
import { clientAuditView, toClient } from './clientView';
import * as clients from './repository/clients';
import type { ClientFill, ClientRow } from './repository/clients';
import { clearPrimaryContact } from './repository/contacts';
import { moveAttachments, moveRecords } from './repository/merge';
import { moveStatusChanges } from './repository/statusHistory';

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
function moveEverything(m: Mutation, keep: ClientRow, merged: ClientRow): MovedCounts {
  const { db, stamp } = m;
  if (keep.primaryContactId !== null) clearPrimaryContact(db, merged.id, null, stamp);
  const counts: MovedCounts = {
    contacts: moveRecords(db, 'client_contacts', merged.id, keep.id, stamp),
    communications: moveRecords(db, 'client_communications', merged.id, keep.id, stamp),
    transactions: moveRecords(db, 'client_transactions', merged.id, keep.id, stamp),
    attachments: moveAttachments(db, merged.id, keep.id),
    statusChanges: moveStatusChanges(db, merged.id, keep.id),
  };
  clients.fillClient(db, keep.id, filledFields(keep, merged));
  return counts;
}

/**
 * Merges a duplicate file into the one kept: the merged file goes (soft-deleted, marked merged into the
 * kept one), everything it held moves over, and both files' trail rows say what moved.
 */
export function mergeClients(
  ctx: UserCtx,
  keepId: string,
  keepVersion: number,
  mergeId: string,
  mergeVersion: number,
): Client {
  if (keepId === mergeId) throw fieldRefusal('VALIDATION', 'mergeId', 'validation.invalid');
  return mutate(ctx, (m) => {
    const keep = clientForWrite(m, keepId, keepVersion);
    const merged = clientForWrite(m, mergeId, mergeVersion);
    m.versioned('client', clients.softDeleteClient(m.db, mergeId, mergeVersion, keepId, m.stamp));
    const moved = moveEverything(m, keep, merged);
    m.versioned('client', clients.bumpClient(m.db, keepId, keepVersion, m.stamp));
    refreshSearch(m, keepId);
    refreshSearch(m, mergeId);
    const after = clients.getClientRow(m.db, keepId)!;
    m.audit({
      entity: 'client',
      entityId: keepId,
      action: 'merge',
      changes: [
        ...diffRecords(clientAuditView(keep), clientAuditView(after)),
        { field: 'mergedFrom', before: null, after: merged.code },
        { field: 'moved', before: null, after: moved },
      ],
    });
    m.audit({
      entity: 'client',
      entityId: mergeId,
      action: 'merged_into',
      changes: [
        { field: 'mergedInto', before: null, after: keep.code },
        { field: 'deletedAt', before: null, after: m.stamp.at },
        { field: 'moved', before: moved, after: null },
      ],
    });
    return toClient(after, staleBefore(m));
  });
}
