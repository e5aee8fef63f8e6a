import { create } from 'zustand';
import type { ChannelInput } from '../../../shared/contract/channels';
import type { AppErrorShape, Result } from '../../../shared/contract/errors';
import type { Account, Group, Staff } from '../../../shared/org/types';
import type { Entity } from '../../../shared/contract/entities';
import { onChange } from '../api/changes';
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
  loading: boolean;
  error: AppErrorShape | null;
  loadGroups(includeInactive?: boolean): Promise<void>;
  loadStaff(filter?: Partial<StaffFilter>): Promise<void>;
  loadAccounts(): Promise<void>;
  createGroup(input: ChannelInput<'org.groups.create'>): Promise<Result<Group>>;
  updateGroup(input: ChannelInput<'org.groups.update'>): Promise<Result<Group>>;
  createStaff(input: ChannelInput<'org.staff.create'>): Promise<Result<Staff>>;
  updateStaff(input: ChannelInput<'org.staff.update'>): Promise<Result<Staff>>;
  createAccount(input: ChannelInput<'accounts.create'>): Promise<Result<Account>>;
  updateAccount(input: ChannelInput<'accounts.update'>): Promise<Result<Account>>;
  resetPassword(input: ChannelInput<'accounts.resetPassword'>): Promise<Result<Account>>;
  unlockAccount(input: ChannelInput<'accounts.unlock'>): Promise<Result<Account>>;
}

/** What each list shows: a change to any of these kinds of record reloads it, once it has been loaded. */
const SHOWS = {
  groups: ['group', 'staff'],
  staff: ['staff', 'group', 'account'],
  accounts: ['account', 'staff'],
} as const satisfies Record<string, readonly Entity[]>;
type Part = keyof typeof SHOWS;
const loaded = new Set<Part>();

export const useOrg = create<OrgState>((set, get) => {
  const loaders: Record<Part, () => Promise<void>> = {
    groups: () => get().loadGroups(),
    staff: () => get().loadStaff(),
    accounts: () => get().loadAccounts(),
  };
  onChange([...new Set(Object.values(SHOWS).flat())], async (changed) => {
    const stale = [...loaded].filter((p) => changed.has('database') || SHOWS[p].some((e) => changed.has(e)));
    await Promise.all(stale.map((p) => loaders[p]()));
  });

  return {
    groups: [],
    allGroups: [],
    staff: [],
    staffFilter: { search: null, groupId: null, status: null },
    accounts: [],
    loading: false,
    error: null,

    async loadGroups() {
      loaded.add('groups');
      const [active, all] = await Promise.all([
        call('org.groups.list', { includeInactive: false }),
        call('org.groups.list', { includeInactive: true }),
      ]);
      if (active.ok && all.ok) set({ groups: active.data, allGroups: all.data, error: null });
      else set({ error: !active.ok ? active.error : !all.ok ? all.error : null });
    },

    async loadStaff(filter) {
      loaded.add('staff');
      const staffFilter = { ...get().staffFilter, ...filter };
      set({ loading: true, staffFilter });
      const r = await call('org.staff.list', staffFilter);
      set(r.ok ? { staff: r.data, loading: false, error: null } : { loading: false, error: r.error });
    },

    async loadAccounts() {
      loaded.add('accounts');
      const r = await call('accounts.list', {});
      set(r.ok ? { accounts: r.data, error: null } : { error: r.error });
    },

    createGroup: (input) => call('org.groups.create', input),
    updateGroup: (input) => call('org.groups.update', input),
    createStaff: (input) => call('org.staff.create', input),
    updateStaff: (input) => call('org.staff.update', input),
    createAccount: (input) => call('accounts.create', input),
    updateAccount: (input) => call('accounts.update', input),
    resetPassword: (input) => call('accounts.resetPassword', input),
    unlockAccount: (input) => call('accounts.unlock', input),
  };
});
