import type { UserCtx } from '../../core/context';
import type { Mutation } from '../../core/mutation';
import { fieldRefusal } from '../../core/refusals';
import { staffAtWork } from '../control/staffChecks';
import { findStaff } from '../org/staff';
import { keepsRecord } from './access';

/**
 * The owner a research record or an activity is written with, and the group it then belongs to (the owner's).
 * A newly named owner must be at work; the writer must be someone who keeps that person's records (staff name
 * themselves, a lead someone of their group, a deputy someone of their charge, the manager anyone).
 */
export function ownerOf(
  m: Mutation<UserCtx>,
  ownerId: string,
  current: string | null,
): { ownerId: string; groupId: string | null } {
  const staff = ownerId === current ? findStaff(m, ownerId) : staffAtWork(m, ownerId, 'ownerId');
  if (!staff) throw fieldRefusal('VALIDATION', 'ownerId', 'validation.notFound');
  const owner = { ownerId, groupId: staff.groupId };
  if (!keepsRecord(m.user, owner))
    throw fieldRefusal('FORBIDDEN', 'ownerId', 'validation.marketOwnerOutOfReach');
  return owner;
}
