import { create } from 'zustand';
import type {
  Client,
  ClientDetail,
  ClientPage,
  ClientSortField,
  ClientSource,
  ClientStatus,
  Communication,
  Contact,
  DuplicateMatch,
  Transaction,
  ValueTier,
} from '../../../shared/clients/types';
import { CLIENT_STATUSES } from '../../../shared/clients/types';
import type { ChannelInput } from '../../../shared/contract/channels';
import type { AppErrorShape, Result } from '../../../shared/contract/errors';
import type { Staff } from '../../../shared/org/types';
import type { Entity } from '../../../shared/contract/entities';
import { onChange } from '../api/changes';
import { call } from '../api/client';

export interface ClientFilterState {
  search: string | null;
  tiers: ValueTier[];
  statuses: ClientStatus[];
  ownerId: string | null;
  groupId: string | null;
  province: string | null;
  city: string | null;
  industry: string | null;
  source: ClientSource | null;
  stale: boolean;
  tags: string[];
}

export const EMPTY_FILTER: ClientFilterState = {
  search: null,
  tiers: [],
  statuses: [],
  ownerId: null,
  groupId: null,
  province: null,
  city: null,
  industry: null,
  source: null,
  stale: false,
  tags: [],
};

/** The two list screens keep their own filters: all client files, and the files due for their update. */
export type ClientListKey = 'all' | 'stale';

export interface ClientListState {
  filter: ClientFilterState;
  sort: ClientSortField;
  order: 'asc' | 'desc';
  page: number;
  pageSize: number;
  /** The last answer; kept on screen while the next one loads. */
  data: ClientPage | null;
  loading: boolean;
  error: AppErrorShape | null;
}

export interface ClientListQuery {
  filter?: Partial<ClientFilterState>;
  sort?: ClientSortField;
  order?: 'asc' | 'desc';
  page?: number;
  pageSize?: number;
}

const newList = (key: ClientListKey): ClientListState => ({
  filter: { ...EMPTY_FILTER, stale: key === 'stale' },
  // The update list works through the oldest files first.
  sort: key === 'stale' ? 'touchedAt' : 'updatedAt',
  order: key === 'stale' ? 'asc' : 'desc',
  page: 1,
  // A screenful: each search redraws the page, and fewer rows answer faster (50–200 are a click away).
  pageSize: 20,
  data: null,
  loading: false,
  error: null,
});

export const FIRST_COMMUNICATIONS = 50;

export interface CommunicationsPage {
  rows: Communication[];
  total: number;
  page: number;
  pageSize: number;
  loading: boolean;
}

export interface StatusFigures {
  byStatus: Record<ClientStatus, number>;
  total: number;
  stale: number;
}

interface ClientsState {
  lists: Record<ClientListKey, ClientListState>;
  detail: ClientDetail | null;
  detailId: string | null;
  detailLoading: boolean;
  detailError: AppErrorShape | null;
  communications: CommunicationsPage;
  tags: string[];
  /** People a file can be given to (the org's staff list; the forms narrow it to the user's scope). */
  staff: Staff[];
  figures: StatusFigures | null;
  recycle: { search: string | null; data: ClientPage | null; loading: boolean; error: AppErrorShape | null };

  loadList(key: ClientListKey, query?: ClientListQuery): Promise<void>;
  resetFilters(key: ClientListKey): Promise<void>;
  loadDetail(id: string): Promise<void>;
  loadCommunications(page: number, pageSize: number): Promise<void>;
  loadTags(): Promise<void>;
  loadStaff(): Promise<void>;
  loadFigures(): Promise<void>;
  loadRecycle(query?: { search?: string | null; page?: number; pageSize?: number }): Promise<void>;
  /** A quick search that leaves the lists alone (the merge picker). */
  searchClients(search: string): Promise<Result<ClientPage>>;
  /** Another file's detail without replacing the one on screen (merge preview). */
  peekClient(id: string): Promise<Result<ClientDetail>>;
  checkDuplicates(input: ChannelInput<'clients.checkDuplicates'>): Promise<Result<DuplicateMatch[]>>;

  createClient(input: ChannelInput<'clients.create'>): Promise<Result<Client>>;
  updateClient(input: ChannelInput<'clients.update'>): Promise<Result<Client>>;
  setStatus(input: ChannelInput<'clients.setStatus'>): Promise<Result<Client>>;
  deleteClient(input: ChannelInput<'clients.delete'>): Promise<Result<null>>;
  restoreClient(input: ChannelInput<'clients.restore'>): Promise<Result<Client>>;
  reassign(input: ChannelInput<'clients.reassign'>): Promise<Result<{ updated: number }>>;
  merge(input: ChannelInput<'clients.merge'>): Promise<Result<Client>>;

  createContact(input: ChannelInput<'contacts.create'>): Promise<Result<Contact>>;
  updateContact(input: ChannelInput<'contacts.update'>): Promise<Result<Contact>>;
  deleteContact(input: ChannelInput<'contacts.delete'>): Promise<Result<null>>;

  createCommunication(input: ChannelInput<'communications.create'>): Promise<Result<Communication>>;
  updateCommunication(input: ChannelInput<'communications.update'>): Promise<Result<Communication>>;
  deleteCommunication(input: ChannelInput<'communications.delete'>): Promise<Result<null>>;
  completeCommunication(input: ChannelInput<'communications.complete'>): Promise<Result<Communication>>;

  createTransaction(input: ChannelInput<'transactions.create'>): Promise<Result<Transaction>>;
  updateTransaction(input: ChannelInput<'transactions.update'>): Promise<Result<Transaction>>;
  deleteTransaction(input: ChannelInput<'transactions.delete'>): Promise<Result<null>>;

  /** Reloads whatever is on screen and shows one of these kinds of record (change events). */
  reloadShown(changed: ReadonlySet<Entity>): Promise<void>;
}

/** What each part of the store shows: a change to any of these kinds of record reloads it. */
const SHOWS = {
  // A change inside a file moves its "last touched" time; owners' and groups' names appear in the rows.
  lists: ['client', 'contact', 'communication', 'transaction', 'attachment', 'staff', 'group'],
  detail: ['client', 'contact', 'communication', 'transaction', 'attachment', 'staff', 'group'],
  tags: ['client'],
  recycle: ['client'],
  figures: ['client'],
  staff: ['staff', 'group'],
} as const satisfies Record<string, readonly Entity[]>;

const shows = (part: keyof typeof SHOWS, changed: ReadonlySet<Entity>) =>
  changed.has('database') || SHOWS[part].some((e) => changed.has(e));

// Only the newest request of each kind may write its answer: typing fast sends several searches.
const latest = { all: 0, stale: 0, detail: 0, communications: 0, recycle: 0 };

export const useClients = create<ClientsState>((set, get) => {
  function setList(key: ClientListKey, patch: Partial<ClientListState>) {
    set((s) => ({ lists: { ...s.lists, [key]: { ...s.lists[key], ...patch } } }));
  }

  return {
    lists: { all: newList('all'), stale: newList('stale') },
    detail: null,
    detailId: null,
    detailLoading: false,
    detailError: null,
    communications: { rows: [], total: 0, page: 1, pageSize: FIRST_COMMUNICATIONS, loading: false },
    tags: [],
    staff: [],
    figures: null,
    recycle: { search: null, data: null, loading: false, error: null },

    async loadList(key, query = {}) {
      const current = get().lists[key];
      const filter = { ...current.filter, ...query.filter, ...(key === 'stale' ? { stale: true } : {}) };
      const next = {
        filter,
        sort: query.sort ?? current.sort,
        order: query.order ?? current.order,
        pageSize: query.pageSize ?? current.pageSize,
        // A new filter starts again from the first page.
        page: query.page ?? (query.filter ? 1 : current.page),
      };
      setList(key, { ...next, loading: true });
      const seq = ++latest[key];
      const { sort, order, page, pageSize } = next;
      const r = await call('clients.list', { ...filter, sort, order, page, pageSize });
      if (seq !== latest[key]) return;
      setList(key, r.ok ? { data: r.data, loading: false, error: null } : { loading: false, error: r.error });
    },

    resetFilters(key) {
      return get().loadList(key, { filter: { ...EMPTY_FILTER } });
    },

    async loadDetail(id) {
      const seq = ++latest.detail;
      const same = get().detailId === id;
      set({
        detailId: id,
        detailLoading: true,
        ...(same ? {} : { detail: null, detailError: null }),
      });
      const r = await call('clients.get', { id });
      if (seq !== latest.detail) return;
      if (!r.ok)
        return set({ detailLoading: false, detailError: r.error, ...(same ? {} : { detail: null }) });
      const page = same ? get().communications : null;
      set({
        detail: r.data,
        detailLoading: false,
        detailError: null,
        // Page one comes with the file; a later page the user was on is reloaded by refresh().
        ...(page && page.page > 1
          ? { communications: { ...page, total: r.data.communicationsTotal } }
          : {
              communications: {
                rows: r.data.communications,
                total: r.data.communicationsTotal,
                page: 1,
                pageSize: FIRST_COMMUNICATIONS,
                loading: false,
              },
            }),
      });
    },

    async loadCommunications(page, pageSize) {
      const { detailId, detail } = get();
      if (!detailId) return;
      if (page === 1 && pageSize === FIRST_COMMUNICATIONS && detail?.client.id === detailId) {
        latest.communications++;
        return set({
          communications: {
            rows: detail.communications,
            total: detail.communicationsTotal,
            page,
            pageSize,
            loading: false,
          },
        });
      }
      const seq = ++latest.communications;
      set((s) => ({ communications: { ...s.communications, page, pageSize, loading: true } }));
      const r = await call('communications.list', { clientId: detailId, page, pageSize });
      if (seq !== latest.communications) return;
      set((s) => ({
        communications: r.ok
          ? { rows: r.data.rows, total: r.data.total, page, pageSize, loading: false }
          : { ...s.communications, loading: false },
      }));
    },

    async loadTags() {
      const r = await call('clients.tags', {});
      if (r.ok) set({ tags: r.data });
    },

    async loadStaff() {
      const r = await call('org.staff.list', {});
      if (r.ok) set({ staff: r.data });
    },

    async loadFigures() {
      // One count per status (page size 1: only the totals are read) and one for the files due an update.
      const counts = await Promise.all([
        ...CLIENT_STATUSES.map((status) => call('clients.list', { statuses: [status], pageSize: 1 })),
        call('clients.list', { stale: true, pageSize: 1 }),
      ]);
      if (counts.some((r) => !r.ok)) return;
      const totals = counts.map((r) => (r.ok ? r.data.total : 0));
      const byStatus = Object.fromEntries(CLIENT_STATUSES.map((s, i) => [s, totals[i]!])) as Record<
        ClientStatus,
        number
      >;
      set({
        figures: {
          byStatus,
          total: CLIENT_STATUSES.reduce((sum, s) => sum + byStatus[s], 0),
          stale: totals[CLIENT_STATUSES.length]!,
        },
      });
    },

    async loadRecycle(query = {}) {
      const current = get().recycle;
      const search = query.search !== undefined ? query.search : current.search;
      const page = query.page ?? (query.search !== undefined ? 1 : (current.data?.page ?? 1));
      const pageSize = query.pageSize ?? current.data?.pageSize ?? 50;
      set({ recycle: { ...current, search, loading: true } });
      const seq = ++latest.recycle;
      const r = await call('clients.recycleBin', { search, page, pageSize });
      if (seq !== latest.recycle) return;
      set((s) => ({
        recycle: r.ok
          ? { search, data: r.data, loading: false, error: null }
          : { ...s.recycle, loading: false, error: r.error },
      }));
    },

    searchClients: (search) => call('clients.list', { search, pageSize: 20 }),
    peekClient: (id) => call('clients.get', { id }),
    checkDuplicates: (input) => call('clients.checkDuplicates', input),

    createClient: (input) => call('clients.create', input),
    updateClient: (input) => call('clients.update', input),
    setStatus: (input) => call('clients.setStatus', input),
    async deleteClient(input) {
      const r = await call('clients.delete', input);
      if (r.ok && get().detailId === input.id) set({ detail: null, detailId: null, detailError: null });
      return r;
    },
    restoreClient: (input) => call('clients.restore', input),
    reassign: (input) => call('clients.reassign', input),
    merge: (input) => call('clients.merge', input),

    createContact: (input) => call('contacts.create', input),
    updateContact: (input) => call('contacts.update', input),
    deleteContact: (input) => call('contacts.delete', input),

    createCommunication: (input) => call('communications.create', input),
    updateCommunication: (input) => call('communications.update', input),
    deleteCommunication: (input) => call('communications.delete', input),
    completeCommunication: (input) => call('communications.complete', input),

    createTransaction: (input) => call('transactions.create', input),
    updateTransaction: (input) => call('transactions.update', input),
    deleteTransaction: (input) => call('transactions.delete', input),

    async reloadShown(changed) {
      const s = get();
      const jobs: Promise<void>[] = [];
      if (shows('lists', changed))
        for (const key of ['all', 'stale'] as const) if (s.lists[key].data) jobs.push(s.loadList(key));
      if (shows('detail', changed) && s.detailId)
        jobs.push(
          s.loadDetail(s.detailId).then(() => {
            const page = get().communications;
            if (page.page > 1) return get().loadCommunications(page.page, page.pageSize);
          }),
        );
      if (shows('tags', changed)) jobs.push(s.loadTags());
      if (shows('recycle', changed) && s.recycle.data) jobs.push(s.loadRecycle());
      if (shows('figures', changed) && s.figures) jobs.push(s.loadFigures());
      if (shows('staff', changed) && s.staff.length) jobs.push(s.loadStaff());
      await Promise.all(jobs);
    },
  };
});

onChange([...new Set(Object.values(SHOWS).flat())], (changed) => useClients.getState().reloadShown(changed));
