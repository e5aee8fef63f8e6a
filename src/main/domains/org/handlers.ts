import type { orgChannels } from '../../../shared/org/channels';
import { contextOf } from '../../core/context';
import type { DomainHandlers } from '../../core/handlers';
import { createAccount, listAccounts, resetPassword, unlockAccount, updateAccount } from './accounts';
import { createGroup, listGroups, updateGroup } from './groups';
import { orgOverview } from './overview';
import { createStaff, getStaff, listStaff, updateStaff } from './staff';

export const orgHandlers: DomainHandlers<keyof typeof orgChannels> = (deps) => ({
  'org.overview': (_input, req) => orgOverview(contextOf(deps, req)),
  'org.groups.list': (input, req) => listGroups(contextOf(deps, req), input.includeInactive),
  'org.groups.create': (input, req) => createGroup(contextOf(deps, req), input),
  'org.groups.update': ({ id, version, ...group }, req) =>
    updateGroup(contextOf(deps, req), id, version, group),
  'org.staff.list': (input, req) => listStaff(contextOf(deps, req), input),
  'org.staff.get': (input, req) => getStaff(contextOf(deps, req), input.id),
  'org.staff.create': (input, req) => createStaff(contextOf(deps, req), input),
  'org.staff.update': ({ id, version, ...staff }, req) =>
    updateStaff(contextOf(deps, req), id, version, staff),
  'accounts.list': (_input, req) => listAccounts(contextOf(deps, req)),
  'accounts.create': (input, req) => createAccount(contextOf(deps, req), input),
  'accounts.update': (input, req) =>
    updateAccount(contextOf(deps, req), input.id, input.version, input.role, input.active),
  'accounts.resetPassword': (input, req) =>
    resetPassword(contextOf(deps, req), input.id, input.version, input.newPassword),
  'accounts.unlock': (input, req) => unlockAccount(contextOf(deps, req), input.id, input.version),
});
