import type { ClientInput } from '../../../shared/clients/channels';
import { checkRegion } from '../../../shared/clients/regionRule';
import { normaliseClientName, normaliseCreditCode } from '../../../shared/clients/rules';
import { AppError } from '../../../shared/contract/errors';
import { roleMay } from '../../../shared/contract/permissions';
import type { UserCtx } from '../../core/context';
import { fieldRefusal } from '../../core/refusals';
import { findStaff } from '../org/staff';
import { creditCodeTaken, type ClientRow, type ClientWrite } from './repository/clients';
import { canAssignTo } from './visibility';

/** The owner a write asks for, checked against what the caller may assign; with the group it implies. */
export function ownerFor(
  ctx: UserCtx,
  requested: string | null,
): { ownerId: string | null; groupId: string | null } {
  if (requested === null) return { ownerId: null, groupId: null };
  const owner = findStaff(ctx, requested);
  if (!owner) throw fieldRefusal('VALIDATION', 'ownerId', 'validation.notFound');
  if (owner.status === 'left') throw fieldRefusal('VALIDATION', 'ownerId', 'validation.staffLeft');
  if (!canAssignTo(ctx.user, owner.id, owner.groupId))
    throw fieldRefusal('FORBIDDEN', 'ownerId', 'validation.invalidChoice');
  return { ownerId: owner.id, groupId: owner.groupId };
}

/**
 * The stored form of a client write. A credit code names one legal entity, so another live file with the
 * same code is refused; a similar name or phone only warns (checkDuplicates), because namesakes exist.
 */
export function clientWrite(ctx: UserCtx, input: ClientInput, current: ClientRow | null): ClientWrite {
  const { user } = ctx;
  const region = checkRegion(input, current);
  if (Object.keys(region.errors).length)
    throw new AppError('VALIDATION', 'region not on the lists', { fields: region.errors });
  const creditCode = input.creditCode ? normaliseCreditCode(input.creditCode) : null;
  if (creditCode && creditCodeTaken(ctx.db, creditCode, current ? [current.id] : []))
    throw fieldRefusal('DUPLICATE', 'creditCode', 'validation.duplicate');
  let owner: { ownerId: string | null; groupId: string | null };
  if (!current) {
    // A new file without an owner is the creator's own.
    owner = ownerFor(ctx, input.ownerId ?? user.staffId);
  } else if (input.ownerId === current.ownerId) {
    // The group is the owner's group when the file was assigned; an ordinary edit leaves it as it is.
    owner = { ownerId: current.ownerId, groupId: current.groupId };
  } else {
    // Changing the owner is a reassignment (manager, deputy); taking the owner away, the manager's alone.
    if (!roleMay(user.role, 'clients.reassign') || (input.ownerId === null && user.role !== 'manager'))
      throw fieldRefusal('FORBIDDEN', 'ownerId', 'validation.invalidChoice');
    owner = ownerFor(ctx, input.ownerId);
  }
  return {
    type: input.type,
    name: input.name,
    nameNorm: normaliseClientName(input.name),
    creditCode,
    industry: input.industry,
    province: region.province,
    city: region.city,
    address: input.address,
    source: input.source,
    tier: input.tier,
    ownerId: owner.ownerId,
    groupId: owner.groupId,
    tags: [...new Set(input.tags)],
    notes: input.notes,
  };
}
