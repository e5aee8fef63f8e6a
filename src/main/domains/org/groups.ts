import type { GroupInput, GroupUpdate } from '../../../shared/org/channels';
import { BUILTIN_GROUPS, type BuiltinGroup, type Group } from '../../../shared/org/types';
import { diffRecords } from '../../core/auditDiff';
import type { Ctx } from '../../core/context';
import { newId } from '../../core/ids';
import { mutate, type Mutation } from '../../core/mutation';
import { fieldRefusal, notFound } from '../../core/refusals';
import type { Db } from '../../db/connection';
import * as groups from './repository/groups';
import { staffExists } from './repository/staff';

const BUILTIN_NAMES: Record<BuiltinGroup, { name: string; nameEn: string; sortOrder: number }> = {
  market: { name: '市场拓展组', nameEn: 'Market Expansion', sortOrder: 10 },
  sales: { name: '销售组', nameEn: 'Sales', sortOrder: 20 },
  service: { name: '客户服务组', nameEn: 'Customer Service', sortOrder: 30 },
};

/** What the audit trail shows of a group: what the form edits. */
const auditView = (g: Group) => ({
  name: g.name,
  nameEn: g.nameEn,
  leadStaffId: g.leadStaffId,
  active: g.active,
  sortOrder: g.sortOrder,
});

function mustGetGroup(db: Db, id: string): Group {
  const g = groups.getGroup(db, id);
  if (!g) throw notFound('group');
  return g;
}

function checkGroup(db: Db, input: GroupInput, selfId: string | null): void {
  if (groups.groupNameTaken(db, input.name, selfId))
    throw fieldRefusal('DUPLICATE', 'name', 'validation.duplicate');
  if (input.leadStaffId && !staffExists(db, input.leadStaffId))
    throw fieldRefusal('VALIDATION', 'leadStaffId', 'validation.notFound');
}

export function listGroups(ctx: Ctx, includeInactive: boolean): Group[] {
  return groups.listGroups(ctx.db, includeInactive);
}

/** The rulebook's three groups (二(一)); idempotent, inside setup's mutation. */
export function ensureBuiltinGroups(m: Mutation): void {
  for (const key of BUILTIN_GROUPS) {
    if (groups.builtinGroupExists(m.db, key)) continue;
    const id = newId();
    const g = { ...BUILTIN_NAMES[key], leadStaffId: null, active: true };
    groups.insertGroup(m.db, id, g, key, m.stamp);
    m.audit({
      entity: 'group',
      entityId: id,
      action: 'create',
      changes: diffRecords(null, { ...g, builtin: key }),
    });
  }
}

export function createGroup(ctx: Ctx, input: GroupInput): Group {
  return mutate(ctx, (m) => {
    const g = { ...input, active: true };
    checkGroup(m.db, g, null);
    const id = newId();
    groups.insertGroup(m.db, id, g, null, m.stamp);
    const created = mustGetGroup(m.db, id);
    m.audit({ entity: 'group', entityId: id, action: 'create', changes: diffRecords(null, g) });
    return created;
  });
}

export function updateGroup(ctx: Ctx, id: string, version: number, input: GroupUpdate): Group {
  return mutate(ctx, (m) => {
    const before = mustGetGroup(m.db, id);
    checkGroup(m.db, input, id);
    if (!input.active && before.active && before.activeStaffCount > 0)
      throw fieldRefusal('VALIDATION', 'active', 'validation.groupHasStaff');
    m.versioned('group', groups.updateGroup(m.db, id, version, input, m.stamp));
    const after = mustGetGroup(m.db, id);
    m.audit({
      entity: 'group',
      entityId: id,
      action: 'update',
      changes: diffRecords(auditView(before), auditView(after)),
    });
    return after;
  });
}
