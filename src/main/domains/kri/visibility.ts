import type { SessionUser } from '../../../shared/auth/types';
import { roleMay } from '../../../shared/contract/permissions';
import type { KriRow, NamedClause } from './repository/kris';

/*
 * Who sees an indicator (RISK.md, visibility): its owner and the owner of the risk it watches; a group lead
 * the indicators owned in their group; the manager and deputies all. One that is not the user's to see
 * answers NOT_FOUND, like one that does not exist.
 */

export type KriViewer = Pick<SessionUser, 'staffId' | 'role' | 'groupId'>;

/** What decides an indicator's visibility: its owner, its group (the owner's) and its risk's owner. */
export type KriOwnership = Pick<KriRow, 'ownerId' | 'groupId' | 'riskOwnerId'>;

/** The indicators the viewer sees, as a condition on `kris k` and its risk `r`. */
export function scopeClause(v: KriViewer): NamedClause {
  if (v.role === 'manager' || v.role === 'deputy') return { sql: '1', params: {} };
  const own = '(k.owner_id = @viewer OR r.owner_id = @viewer)';
  if (v.role === 'group_lead' && v.groupId)
    return {
      sql: `(k.group_id = @viewerGroup OR ${own})`,
      params: { viewer: v.staffId, viewerGroup: v.groupId },
    };
  return { sql: own, params: { viewer: v.staffId } };
}

/** The same rule as scopeClause, for one indicator already read. */
export function maySeeKri(v: KriViewer, k: KriOwnership): boolean {
  if (v.role === 'manager' || v.role === 'deputy') return true;
  if (k.ownerId === v.staffId || k.riskOwnerId === v.staffId) return true;
  return v.role === 'group_lead' && v.groupId !== null && k.groupId === v.groupId;
}

/** Editing and deleting: those who keep indicators (leads and up) on one they see. */
export const mayManageKri = (v: KriViewer, k: KriOwnership): boolean =>
  roleMay(v.role, 'kri.manage') && maySeeKri(v, k);

/** Who may make `ownerId` (a person in `ownerGroupId`) the owner: leads themselves or their group's people. */
export function mayAssignOwner(v: KriViewer, ownerId: string, ownerGroupId: string | null): boolean {
  if (v.role === 'manager' || v.role === 'deputy' || ownerId === v.staffId) return true;
  return v.role === 'group_lead' && v.groupId !== null && ownerGroupId === v.groupId;
}
