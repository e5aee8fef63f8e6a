import { create } from 'zustand';
import type { ChannelInput } from '../../../shared/contract/channels';
import type { AppErrorShape, Result } from '../../../shared/contract/errors';
import type { Account, Group, OrgOverview, Staff } from '../../../shared/org/types';
import { call } from '../api/client';

interface StaffFilter {
  search: string | null;
  groupId: string | null;
  status: Staff['status'] | null;
}

interface OrgState {
  groups: Group[];
  allGroups: Group[];
  staff: Staff[];
  staffFilter: StaffFilter;
  accounts: Account[];
  overview: OrgOverview | null;
  loading: boolean;
  error: AppErrorShape | null;
  loadGroups(includeInactive?: boolean): Promise<void>;
  loadStaff(filter?: Partial<StaffFilter>): Promise<void>;
  loadAccounts(): Promise<void>;
  loadOverview(): Promise<void>;
  createGroup(input: ChannelInput<'org.groups.create'>): Promise<Result<Group>>;
  updateGroup(input: ChannelInput<'org.groups.update'>): Promise<Result<Group>>;
  createStaff(input: ChannelInput<'org.staff.create'>): Promise<Result<Staff>>;
  updateStaff(input: ChannelInput<'org.staff.update'>): Promise<Result<Staff>>;
  createAccount(input: ChannelInput<'accounts.create'>): Promise<Result<Account>>;
  updateAccount(input: ChannelInput<'accounts.update'>): Promise<Result<Account>>;
  resetPassword(input: ChannelInput<'accounts.resetPassword'>): Promise<Result<Account>>;
  unlockAccount(input: ChannelInput<'accounts.unlock'>): Promise<Result<Account>>;
}

export const useOrg = create<OrgState>((set, get) => {
  /** After any change: reload what lists show, so every screen sees the same truth. */
  async function refresh<T>(r: Result<T>, what: ('groups' | 'staff' | 'accounts')[]): Promise<Result<T>> {
    if (r.ok) {
      await Promise.all(
        what.map((w) =>
          w === 'groups' ? get().loadGroups() : w === 'staff' ? get().loadStaff() : get().loadAccounts(),
        ),
      );
    }
    return r;
  }

  return {
    groups: [],
    allGroups: [],
    staff: [],
    staffFilter: { search: null, groupId: null, status: null },
    accounts: [],
    overview: null,
    loading: false,
    error: null,

    async loadGroups() {
      const [active, all] = await Promise.all([
        call('org.groups.list', { includeInactive: false }),
        call('org.groups.list', { includeInactive: true }),
      ]);
      if (active.ok && all.ok) set({ groups: active.data, allGroups: all.data, error: null });
      else set({ error: !active.ok ? active.error : !all.ok ? all.error : null });
    },

    async loadStaff(filter) {
      const staffFilter = { ...get().staffFilter, ...filter };
      set({ loading: true, staffFilter });
      const r = await call('org.staff.list', staffFilter);
      set(r.ok ? { staff: r.data, loading: false, error: null } : { loading: false, error: r.error });
    },

    async loadAccounts() {
      const r = await call('accounts.list', {});
      set(r.ok ? { accounts: r.data, error: null } : { error: r.error });
    },

    async loadOverview() {
      const r = await call('org.overview', {});
      set(r.ok ? { overview: r.data } : { error: r.error });
    },

    createGroup: async (input) => refresh(await call('org.groups.create', input), ['groups']),
    updateGroup: async (input) => refresh(await call('org.groups.update', input), ['groups', 'staff']),
    createStaff: async (input) => refresh(await call('org.staff.create', input), ['staff', 'groups']),
    updateStaff: async (input) =>
      refresh(await call('org.staff.update', input), ['staff', 'groups', 'accounts']),
    createAccount: async (input) => refresh(await call('accounts.create', input), ['accounts', 'staff']),
    updateAccount: async (input) => refresh(await call('accounts.update', input), ['accounts', 'staff']),
    resetPassword: async (input) => refresh(await call('accounts.resetPassword', input), ['accounts']),
    unlockAccount: async (input) => refresh(await call('accounts.unlock', input), ['accounts']),
  };
});
