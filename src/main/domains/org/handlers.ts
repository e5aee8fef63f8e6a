import type { orgChannels } from '../../../shared/org/channels';
import { contextOf, type Request } from '../../core/context';
import type { DomainHandlers } from '../../core/handlers';
import { createAccount, listAccounts, resetPassword, unlockAccount, updateAccount } from './accounts';
import { createGroup, listGroups, updateGroup } from './groups';
import { orgOverview } from './overview';
import { createStaff, getStaff, listStaff, updateStaff } from './staff';

export const orgHandlers: DomainHandlers<keyof typeof orgChannels> = (deps) => {
  const ctx = (req: Request) => contextOf(deps, req);
  return {
    'org.overview': (_input, req) => orgOverview(ctx(req)),
    'org.groups.list': (input, req) => listGroups(ctx(req), input.includeInactive),
    'org.groups.create': (input, req) => createGroup(ctx(req), input),
    'org.groups.update': ({ id, version, ...group }, req) => updateGroup(ctx(req), id, version, group),
    'org.staff.list': (input, req) => listStaff(ctx(req), input),
    'org.staff.get': (input, req) => getStaff(ctx(req), input.id),
    'org.staff.create': (input, req) => createStaff(ctx(req), input),
    'org.staff.update': ({ id, version, ...staff }, req) => updateStaff(ctx(req), id, version, staff),
    'accounts.list': (_input, req) => listAccounts(ctx(req)),
    'accounts.create': (input, req) => createAccount(ctx(req), input),
    'accounts.update': (input, req) =>
      updateAccount(ctx(req), input.id, input.version, input.role, input.active),
    'accounts.resetPassword': (input, req) =>
      resetPassword(ctx(req), input.id, input.version, input.newPassword),
    'accounts.unlock': (input, req) => unlockAccount(ctx(req), input.id, input.version),
  };
};
