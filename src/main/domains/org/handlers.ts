import type { orgChannels } from '../../../shared/org/channels';
import type { HandlersOf } from '../../core/handlers';
import type { Services } from '../../core/services';

export const orgHandlers = (s: Services): HandlersOf<keyof typeof orgChannels> => ({
  'org.overview': () => s.org.overview(),
  'org.groups.list': (input) => s.org.listGroups(input.includeInactive),
  'org.groups.create': (input, req) => s.org.createGroup(input, req.actor),
  'org.groups.update': ({ id, version, ...group }, req) => s.org.updateGroup(id, version, group, req.actor),
  'org.staff.list': (input) => s.org.listStaff(input),
  'org.staff.get': (input) => s.org.getStaff(input.id),
  'org.staff.create': (input, req) => s.org.createStaff(input, req.actor),
  'org.staff.update': ({ id, version, ...staff }, req) => s.org.updateStaff(id, version, staff, req.actor),
  'accounts.list': () => s.org.listAccounts(),
  'accounts.create': (input, req) => s.org.createAccount(input, req.actor),
  'accounts.update': (input, req) =>
    s.org.updateAccount(input.id, input.version, input.role, input.active, req.actor),
  'accounts.resetPassword': (input, req) =>
    s.org.resetPassword(input.id, input.version, input.newPassword, req.actor),
  'accounts.unlock': (input, req) => s.org.unlockAccount(input.id, input.version, req.actor),
});
