import type { StaffFilter, StaffInput } from '../../../shared/org/channels';
import type { Staff } from '../../../shared/org/types';
import { diffRecords } from '../../core/auditDiff';
import type { Ctx } from '../../core/context';
import { newId } from '../../core/ids';
import { mutate, type Mutation } from '../../core/mutation';
import { fieldRefusal, notFound } from '../../core/refusals';
import type { Db } from '../../db/connection';
import { otherActiveManagers } from './accounts';
import { groupExists } from './repository/groups';
import * as staff from './repository/staff';
import type { StaffRef } from './repository/staff';
import * as users from './repository/users';

/** Staff as it appears in the audit trail: the record, its deputy charge, no joined display names. */
function auditView(s: Staff) {
  const { groupName: _g, groupNameEn: _ge, supervisorName: _s, account: _a, ...rest } = s;
  return rest;
}

function mustGetStaff(db: Db, id: string): Staff {
  const s = staff.getStaff(db, id);
  if (!s) throw notFound('staff');
  return s;
}

const missing = (field: string) => fieldRefusal('VALIDATION', field, 'validation.notFound');

function checkStaff(db: Db, input: StaffInput, selfId: string | null): void {
  if (staff.employeeNoTaken(db, input.employeeNo, selfId))
    throw fieldRefusal('DUPLICATE', 'employeeNo', 'validation.duplicate');
  if (input.groupId && !groupExists(db, input.groupId)) throw missing('groupId');
  if (input.supervisorId) {
    if (input.supervisorId === selfId)
      throw fieldRefusal('VALIDATION', 'supervisorId', 'validation.selfSupervisor');
    if (!staff.staffExists(db, input.supervisorId)) throw missing('supervisorId');
    if (selfId && staff.supervisorChain(db, input.supervisorId).includes(selfId))
      throw fieldRefusal('VALIDATION', 'supervisorId', 'validation.supervisorCycle');
  }
  for (const g of input.chargeGroupIds) if (!groupExists(db, g)) throw missing('chargeGroupIds');
}

export function listStaff(ctx: Ctx, filter: StaffFilter): Staff[] {
  return staff.listStaff(ctx.db, filter);
}

export function getStaff(ctx: Ctx, id: string): Staff {
  return mustGetStaff(ctx.db, id);
}

/** For other domains that name a person in their input (a client's owner): null when there is none. */
export function findStaff(ctx: Ctx, id: string): Staff | null {
  return staff.getStaff(ctx.db, id);
}

/** For other domains that name a person by employee number (the import's owner column). */
export function findStaffRefByEmployeeNo(ctx: Ctx, employeeNo: string): StaffRef | null {
  return staff.staffRefByEmployeeNo(ctx.db, employeeNo);
}

/** A new person, inside a mutation: their own (createStaff) or setup's. */
export function insertStaff(m: Mutation, input: StaffInput): Staff {
  checkStaff(m.db, input, null);
  const id = newId();
  staff.insertStaff(m.db, id, input, m.stamp);
  staff.replaceChargeGroups(m.db, id, input.chargeGroupIds);
  const created = mustGetStaff(m.db, id);
  m.audit({
    entity: 'staff',
    entityId: id,
    action: 'create',
    changes: diffRecords(null, auditView(created)),
  });
  return created;
}

export function createStaff(ctx: Ctx, input: StaffInput): Staff {
  return mutate(ctx, (m) => insertStaff(m, input));
}

export function updateStaff(ctx: Ctx, id: string, version: number, input: StaffInput): Staff {
  const after = mutate(ctx, (m) => {
    const before = mustGetStaff(m.db, id);
    checkStaff(m.db, input, id);
    m.versioned('staff', staff.updateStaff(m.db, id, version, input, m.stamp));
    staff.replaceChargeGroups(m.db, id, input.chargeGroupIds);
    // Someone who has left can no longer log in; their records and history stay.
    if (input.status === 'left' && before.account?.active) {
      const account = users.getAccount(m.db, before.account.userId)!;
      if (account.role === 'manager' && otherActiveManagers(m.db, account.id) === 0)
        throw fieldRefusal('VALIDATION', 'status', 'validation.lastManager');
      users.updateUserRole(m.db, account.id, account.version, account.role, false, m.stamp);
      m.audit({
        entity: 'account',
        entityId: account.id,
        action: 'deactivate',
        changes: [{ field: 'active', before: true, after: false }],
      });
    }
    const updated = mustGetStaff(m.db, id);
    m.audit({
      entity: 'staff',
      entityId: id,
      action: 'update',
      changes: diffRecords(auditView(before), auditView(updated)),
    });
    return updated;
  });
  if (after.account && !after.account.active) ctx.sessions.signOutUser(after.account.userId);
  return after;
}
