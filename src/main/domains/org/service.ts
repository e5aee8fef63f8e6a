import { AppError } from '../../../shared/contract/errors';
import type { Role } from '../../../shared/contract/roles';
import type { Account, Group, OrgOverview, Staff } from '../../../shared/org/types';
import { BUILTIN_GROUPS, type BuiltinGroup } from '../../../shared/org/types';
import type { Actor, CoreDeps } from '../../core/context';
import { newId } from '../../core/ids';
import { hashPassword } from '../../core/password';
import type { Db } from '../../db/connection';
import type { AuditService } from '../audit/service';
import { diffRecords } from '../audit/diff';
import * as repo from './repository';
import type { GroupWrite, StaffQuery, StaffWrite } from './repository';

export type StaffInput = StaffWrite & { chargeGroupIds: string[] };

const BUILTIN_NAMES: Record<BuiltinGroup, { name: string; nameEn: string; sortOrder: number }> = {
  market: { name: '市场拓展组', nameEn: 'Market Expansion', sortOrder: 10 },
  sales: { name: '销售组', nameEn: 'Sales', sortOrder: 20 },
  service: { name: '客户服务组', nameEn: 'Customer Service', sortOrder: 30 },
};

const duplicate = (field: string) =>
  new AppError('DUPLICATE', `${field} already exists`, {
    fields: { [field]: { key: 'validation.duplicate' } },
  });
const notFoundField = (field: string) =>
  new AppError('VALIDATION', `${field} not found`, { fields: { [field]: { key: 'validation.notFound' } } });
const invalid = (field: string, key: string) =>
  new AppError('VALIDATION', `${field}: ${key}`, { fields: { [field]: { key } } });

/** Staff as it appears in the audit trail: the record, its deputy charge, no joined display names. */
function auditView(s: Staff | null) {
  if (!s) return null;
  const { groupName: _g, groupNameEn: _ge, supervisorName: _s, account: _a, ...rest } = s;
  return rest;
}

export function createOrgService(deps: CoreDeps, audit: AuditService) {
  const stamp = (actor: Actor) => ({ at: deps.clock.now().toISOString(), by: actor.userId });

  function mustGetStaff(db: Db, id: string): Staff {
    const s = repo.getStaff(db, id);
    if (!s) throw new AppError('NOT_FOUND', 'staff not found');
    return s;
  }

  function mustGetGroup(db: Db, id: string): Group {
    const g = repo.getGroup(db, id);
    if (!g) throw new AppError('NOT_FOUND', 'group not found');
    return g;
  }

  function checkStaff(db: Db, input: StaffInput, selfId: string | null): void {
    if (repo.employeeNoTaken(db, input.employeeNo, selfId)) throw duplicate('employeeNo');
    if (input.groupId && !repo.groupExists(db, input.groupId)) throw notFoundField('groupId');
    if (input.supervisorId) {
      if (input.supervisorId === selfId) throw invalid('supervisorId', 'validation.selfSupervisor');
      if (!repo.staffExists(db, input.supervisorId)) throw notFoundField('supervisorId');
      if (selfId && repo.supervisorChain(db, input.supervisorId).includes(selfId))
        throw invalid('supervisorId', 'validation.supervisorCycle');
    }
    for (const g of input.chargeGroupIds) if (!repo.groupExists(db, g)) throw notFoundField('chargeGroupIds');
  }

  function checkGroup(db: Db, input: GroupWrite, selfId: string | null): void {
    if (repo.groupNameTaken(db, input.name, selfId)) throw duplicate('name');
    if (input.leadStaffId && !repo.staffExists(db, input.leadStaffId)) throw notFoundField('leadStaffId');
  }

  function countActiveManagers(db: Db, exceptUserId: string): number {
    return repo.listAccounts(db).filter((a) => a.role === 'manager' && a.active && a.id !== exceptUserId)
      .length;
  }

  return {
    overview(): OrgOverview {
      const db = deps.store.db;
      const { byGroup, accounts } = repo.overviewCounts(db);
      const now = deps.clock.now().toISOString();
      const byRole: Record<Role, number> = { manager: 0, deputy: 0, group_lead: 0, staff: 0 };
      let active = 0;
      let locked = 0;
      let inactive = 0;
      for (const a of accounts) {
        if (a.active !== 1) {
          inactive++;
          continue;
        }
        active++;
        byRole[a.role]++;
        if (a.lockedUntil && a.lockedUntil > now) locked++;
      }
      const settingsRow = db
        .prepare("SELECT json_extract(data, '$.departmentName') AS name FROM settings WHERE id = 1")
        .get() as { name: string } | undefined;
      return {
        departmentName: settingsRow?.name ?? '',
        totalStaff: byGroup.reduce((n, g) => n + g.active + g.onLeave, 0),
        byGroup,
        accounts: { active, locked, inactive, byRole },
      };
    },

    listGroups(includeInactive: boolean): Group[] {
      return repo.listGroups(deps.store.db, includeInactive);
    },

    /** The rulebook's three groups (二(一)); idempotent, run inside setup's transaction. */
    ensureBuiltinGroups(db: Db, actor: Actor): void {
      for (const key of BUILTIN_GROUPS) {
        const exists = db.prepare('SELECT 1 FROM groups WHERE builtin = ?').get(key);
        if (exists) continue;
        const id = newId();
        const g = { ...BUILTIN_NAMES[key], leadStaffId: null, active: true };
        repo.insertGroup(db, id, g, key, stamp(actor));
        audit.record(db, actor, {
          entity: 'group',
          entityId: id,
          action: 'create',
          changes: diffRecords(null, { ...g, builtin: key }),
        });
      }
    },

    createGroup(input: Omit<GroupWrite, 'active'>, actor: Actor): Group {
      const db = deps.store.db;
      return db.transaction(() => {
        const g = { ...input, active: true };
        checkGroup(db, g, null);
        const id = newId();
        repo.insertGroup(db, id, g, null, stamp(actor));
        const created = mustGetGroup(db, id);
        audit.record(db, actor, {
          entity: 'group',
          entityId: id,
          action: 'create',
          changes: diffRecords(null, g),
        });
        return created;
      })();
    },

    updateGroup(id: string, version: number, input: GroupWrite, actor: Actor): Group {
      const db = deps.store.db;
      return db.transaction(() => {
        const before = mustGetGroup(db, id);
        checkGroup(db, input, id);
        if (!input.active && before.active && before.activeStaffCount > 0)
          throw invalid('active', 'validation.groupHasStaff');
        if (!repo.updateGroup(db, id, version, input, stamp(actor)))
          throw new AppError('CONFLICT', 'group changed since it was read');
        const after = mustGetGroup(db, id);
        const view = (g: Group) => ({
          name: g.name,
          nameEn: g.nameEn,
          leadStaffId: g.leadStaffId,
          active: g.active,
          sortOrder: g.sortOrder,
        });
        audit.record(db, actor, {
          entity: 'group',
          entityId: id,
          action: 'update',
          changes: diffRecords(view(before), view(after)),
        });
        return after;
      })();
    },

    listStaff(q: StaffQuery): Staff[] {
      return repo.listStaff(deps.store.db, q);
    },

    getStaff(id: string): Staff {
      return mustGetStaff(deps.store.db, id);
    },

    /** For other domains that name a person in their input (a client's owner): null when there is none. */
    findStaff(id: string): Staff | null {
      return repo.getStaff(deps.store.db, id);
    },

    /** Inside a caller's transaction (setup) or its own. */
    insertStaff(db: Db, input: StaffInput, actor: Actor): Staff {
      checkStaff(db, input, null);
      const id = newId();
      repo.insertStaff(db, id, input, stamp(actor));
      repo.replaceChargeGroups(db, id, input.chargeGroupIds);
      const created = mustGetStaff(db, id);
      audit.record(db, actor, {
        entity: 'staff',
        entityId: id,
        action: 'create',
        changes: diffRecords(null, auditView(created)),
      });
      return created;
    },

    createStaff(input: StaffInput, actor: Actor): Staff {
      const db = deps.store.db;
      return db.transaction(() => this.insertStaff(db, input, actor))();
    },

    updateStaff(id: string, version: number, input: StaffInput, actor: Actor): Staff {
      const db = deps.store.db;
      const after = db.transaction(() => {
        const before = mustGetStaff(db, id);
        checkStaff(db, input, id);
        if (!repo.updateStaff(db, id, version, input, stamp(actor)))
          throw new AppError('CONFLICT', 'staff changed since it was read');
        repo.replaceChargeGroups(db, id, input.chargeGroupIds);
        // Someone who has left can no longer log in; their records and history stay.
        if (input.status === 'left' && before.account?.active) {
          const account = repo.getAccount(db, before.account.userId)!;
          if (account.role === 'manager' && countActiveManagers(db, account.id) === 0)
            throw invalid('status', 'validation.lastManager');
          repo.updateUserRole(db, account.id, account.version, account.role, false, stamp(actor));
          audit.record(db, actor, {
            entity: 'account',
            entityId: account.id,
            action: 'deactivate',
            changes: [{ field: 'active', before: true, after: false }],
          });
        }
        const updated = mustGetStaff(db, id);
        audit.record(db, actor, {
          entity: 'staff',
          entityId: id,
          action: 'update',
          changes: diffRecords(auditView(before), auditView(updated)),
        });
        return updated;
      })();
      if (after.account && !after.account.active) deps.sessions.signOutUser(after.account.userId);
      return after;
    },

    listAccounts(): Account[] {
      return repo.listAccounts(deps.store.db);
    },

    async createAccount(
      input: { staffId: string; username: string; password: string; role: Role },
      actor: Actor,
      options: { mustChangePassword: boolean } = { mustChangePassword: true },
    ): Promise<Account> {
      const hash = await hashPassword(input.password, deps.passwordCost);
      const db = deps.store.db;
      return db.transaction(() =>
        this.insertAccount(
          db,
          { ...input, passwordHash: hash, mustChangePassword: options.mustChangePassword },
          actor,
        ),
      )();
    },

    /** Inside a caller's transaction; the password is already hashed. */
    insertAccount(
      db: Db,
      input: {
        staffId: string;
        username: string;
        passwordHash: string;
        role: Role;
        mustChangePassword: boolean;
      },
      actor: Actor,
    ): Account {
      const staff = repo.getStaff(db, input.staffId);
      if (!staff) throw notFoundField('staffId');
      if (staff.status === 'left') throw invalid('staffId', 'validation.staffLeft');
      if (repo.staffHasAccount(db, input.staffId)) throw duplicate('staffId');
      if (repo.usernameTaken(db, input.username)) throw duplicate('username');
      const id = newId();
      repo.insertUser(db, { id, ...input }, stamp(actor));
      const account = repo.getAccount(db, id)!;
      audit.record(db, actor, {
        entity: 'account',
        entityId: id,
        action: 'create',
        changes: diffRecords(null, {
          staffId: input.staffId,
          username: input.username,
          role: input.role,
          active: true,
        }),
      });
      return account;
    },

    updateAccount(id: string, version: number, role: Role, active: boolean, actor: Actor): Account {
      const db = deps.store.db;
      const after = db.transaction(() => {
        const before = repo.getAccount(db, id);
        if (!before) throw new AppError('NOT_FOUND', 'account not found');
        const losesManager = before.role === 'manager' && before.active && (role !== 'manager' || !active);
        if (losesManager && countActiveManagers(db, id) === 0)
          throw invalid(role !== 'manager' ? 'role' : 'active', 'validation.lastManager');
        if (active && !before.active) {
          const staff = repo.getStaff(db, before.staffId);
          if (staff?.status === 'left') throw invalid('active', 'validation.staffLeft');
        }
        if (!repo.updateUserRole(db, id, version, role, active, stamp(actor)))
          throw new AppError('CONFLICT', 'account changed since it was read');
        const updated = repo.getAccount(db, id)!;
        audit.record(db, actor, {
          entity: 'account',
          entityId: id,
          action: 'update',
          changes: diffRecords(
            { role: before.role, active: before.active },
            { role: updated.role, active: updated.active },
          ),
        });
        return updated;
      })();
      // Role and access are read at login: a changed account signs in again.
      deps.sessions.signOutUser(id);
      return after;
    },

    async resetPassword(id: string, version: number, newPassword: string, actor: Actor): Promise<Account> {
      const hash = await hashPassword(newPassword, deps.passwordCost);
      const db = deps.store.db;
      const after = db.transaction(() => {
        if (!repo.getAccount(db, id)) throw new AppError('NOT_FOUND', 'account not found');
        if (!repo.updateUserPassword(db, id, version, hash, true, stamp(actor)))
          throw new AppError('CONFLICT', 'account changed since it was read');
        audit.record(db, actor, { entity: 'account', entityId: id, action: 'reset_password' });
        return repo.getAccount(db, id)!;
      })();
      deps.sessions.signOutUser(id);
      return after;
    },

    unlockAccount(id: string, version: number, actor: Actor): Account {
      const db = deps.store.db;
      return db.transaction(() => {
        const before = repo.getAccount(db, id);
        if (!before) throw new AppError('NOT_FOUND', 'account not found');
        if (!repo.unlockUser(db, id, version, stamp(actor)))
          throw new AppError('CONFLICT', 'account changed since it was read');
        audit.record(db, actor, {
          entity: 'account',
          entityId: id,
          action: 'unlock',
          changes: diffRecords({ lockedUntil: before.lockedUntil }, { lockedUntil: null }),
        });
        return repo.getAccount(db, id)!;
      })();
    },
  };
}

export type OrgService = ReturnType<typeof createOrgService>;

/** Credentials for the auth domain: the users table belongs to org, auth reaches it only through here. */
export function createCredentialStore(deps: CoreDeps) {
  const db = () => deps.store.db;
  return {
    count: () => repo.userCount(db()),
    byUsername: (username: string) => repo.findUserByUsername(db(), username),
    byId: (id: string) => repo.findUserById(db(), id),
    chargeGroupIds: (staffId: string) => repo.chargeGroupIds(db(), staffId),
    recordFailure: (id: string, attempts: number, lockedUntil: string | null) =>
      repo.recordLoginFailure(db(), id, attempts, lockedUntil),
    recordSuccess: (id: string, at: string) => repo.recordLoginSuccess(db(), id, at),
    setPassword: (id: string, hash: string, at: string) =>
      repo.updateUserPassword(db(), id, null, hash, false, { at, by: id }),
  };
}

export type CredentialStore = ReturnType<typeof createCredentialStore>;
