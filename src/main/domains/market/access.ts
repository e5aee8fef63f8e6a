import type { SessionUser } from '../../../shared/auth/types';

/*
 * Market work is department knowledge (rulebook 二(二)3: the market expansion group gathers it for everyone):
 * every role reads all of it and records new research, competitors, sightings and activities. A research
 * record or an activity is changed by its owner and by those over the owner's group — the group's lead, the
 * deputy in charge of it, the manager — so a record outlives its owner's absence. A competitor file is
 * shared: anyone keeps it up to date. A sighting is corrected or removed by whoever recorded it, or by a
 * lead, deputy or the manager.
 */

export type MarketViewer = Pick<SessionUser, 'userId' | 'staffId' | 'role' | 'groupId' | 'chargeGroupIds'>;

/** Changes a research record or an activity (and chooses it as the owner's): its owner or those over its group. */
export function keepsRecord(v: MarketViewer, r: { ownerId: string; groupId: string | null }): boolean {
  if (r.ownerId === v.staffId || v.role === 'manager') return true;
  if (r.groupId === null) return false;
  if (v.role === 'deputy') return v.chargeGroupIds.includes(r.groupId);
  return v.role === 'group_lead' && v.groupId === r.groupId;
}

/** Corrects or removes a sighting: who recorded it, or anyone above staff. */
export const keepsSighting = (v: MarketViewer, createdBy: string | null): boolean =>
  v.role !== 'staff' || (createdBy !== null && createdBy === v.userId);

/**
 * Which of an activity's leads the reader may see listed, as the pipeline scopes opportunities: staff their
 * own, a lead their group's, a deputy the groups in their charge, the manager all. The counts and the cost
 * per lead are over every lead (figures of the activity, not of anyone's opportunities).
 */
export interface LeadScope {
  all: 0 | 1;
  me: string;
  leadGroup: string | null;
  chargeGroups: string;
}

export const leadScopeOf = (v: MarketViewer): LeadScope => ({
  all: v.role === 'manager' ? 1 : 0,
  me: v.staffId,
  leadGroup: v.role === 'group_lead' ? v.groupId : null,
  chargeGroups: JSON.stringify(v.role === 'deputy' ? v.chargeGroupIds : []),
});
