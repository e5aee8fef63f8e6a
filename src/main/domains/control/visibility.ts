import type { SessionUser } from '../../../shared/auth/types';
import type { Ctx } from '../../core/context';
import { isAuditor } from './repository/audits';
import type { ScopeParams } from './repository/scope';

/*
 * Internal control is independent of the line (rulebook 五(四)): the manager and deputies plan audits and see
 * them all; an audit's auditors (any role) see the whole audit, record its findings and verify its
 * rectifications; a rectification's owner sees the audit, the finding and that rectification, and hands in
 * its evidence; the lead of the owner's group sees them too and may hand it in for the owner. Anyone else
 * learns nothing: what they may not see is NOT_FOUND.
 */

export type ControlViewer = Pick<SessionUser, 'staffId' | 'role' | 'groupId' | 'chargeGroupIds'>;

/** The manager and deputies: they plan audits and may act for any auditor. */
export const runsAudits = (v: ControlViewer): boolean => v.role === 'manager' || v.role === 'deputy';

export function scopeOf(v: ControlViewer): ScopeParams {
  return {
    all: runsAudits(v) ? 1 : 0,
    me: v.staffId,
    leadGroup: v.role === 'group_lead' ? v.groupId : null,
  };
}

/** Records findings and rectifications, verifies and returns them, moves the audit: its auditors, the manager, deputies. */
export const auditsThis = (ctx: Ctx, v: ControlViewer, auditId: string): boolean =>
  runsAudits(v) || isAuditor(ctx.db, auditId, v.staffId);

/**
 * Hands in a rectification's evidence: its owner, and those over the owner's group (its lead, the deputy in
 * charge of it, the manager) — the owner may be away when the work is done.
 */
export function worksOn(v: ControlViewer, r: { ownerId: string; groupId: string | null }): boolean {
  if (r.ownerId === v.staffId || v.role === 'manager') return true;
  if (r.groupId === null) return false;
  if (v.role === 'deputy') return v.chargeGroupIds.includes(r.groupId);
  return v.role === 'group_lead' && v.groupId === r.groupId;
}
