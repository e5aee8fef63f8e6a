import { create } from 'zustand';
import type { ChannelInput } from '../../../shared/contract/channels';
import type { Entity } from '../../../shared/contract/entities';
import type { AppErrorShape, Result } from '../../../shared/contract/errors';
import type { FilePayload } from '../../../shared/contract/fields';
import { emptyKriFilter, type KriFilter, type KriSort } from '../../../shared/kri/channels';
import type { Kri, KriDetail, KriPage, KriReading } from '../../../shared/kri/types';
import type { Staff } from '../../../shared/org/types';
import type { RiskOption } from '../../../shared/risk/types';
import { onChange } from '../api/changes';
import { call } from '../api/client';

export interface KriListQuery {
  filter?: Partial<KriFilter>;
  sort?: KriSort;
  page?: number;
  pageSize?: number;
}

/** The list's usual order: the worst state first. */
export const USUAL_KRI_SORT: KriSort = { sortBy: 'state', sortDir: 'asc' };

interface KriState {
  filter: KriFilter;
  sort: KriSort;
  page: number;
  pageSize: number;
  /** The last answer; kept on screen while the next one loads. */
  data: KriPage | null;
  loading: boolean;
  error: AppErrorShape | null;

  detail: KriDetail | null;
  detailId: string | null;
  detailLoading: boolean;
  detailError: AppErrorShape | null;

  /** The department's people: owners to choose (those at work) and to filter by. */
  people: Staff[];

  loadList(query?: KriListQuery): Promise<void>;
  resetFilters(): Promise<void>;
  loadDetail(id: string): Promise<void>;
  loadPeople(): Promise<void>;

  /** Risks the user sees whose code or title matches, open ones first (the form's picker). */
  pickRisks(search: string | null): Promise<Result<RiskOption[]>>;

  create(input: ChannelInput<'kri.create'>): Promise<Result<Kri>>;
  update(input: ChannelInput<'kri.update'>): Promise<Result<Kri>>;
  remove(input: ChannelInput<'kri.delete'>): Promise<Result<{ id: string }>>;
  addReading(input: ChannelInput<'kri.addReading'>): Promise<Result<KriReading>>;
  updateReading(input: ChannelInput<'kri.updateReading'>): Promise<Result<KriReading>>;
  deleteReading(input: ChannelInput<'kri.deleteReading'>): Promise<Result<{ id: string }>>;
  exportList(input: ChannelInput<'kri.export'>): Promise<Result<FilePayload>>;
}

// Computed indicators count tickets, client files and their follow-ups: a change to those moves them too.
const SHOWS = {
  list: ['kri', 'kriReading', 'risk', 'staff', 'ticket', 'client', 'communication'],
  detail: ['kri', 'kriReading', 'risk', 'staff', 'ticket', 'client', 'communication'],
  people: ['staff', 'group'],
} as const satisfies Record<string, readonly Entity[]>;

// Only the newest request of each kind may write its answer: typing fast sends several searches.
const latest = { list: 0, detail: 0 };
let peopleLoaded = false;

export const useKris = create<KriState>((set, get) => ({
  filter: emptyKriFilter,
  sort: USUAL_KRI_SORT,
  page: 1,
  pageSize: 20,
  data: null,
  loading: false,
  error: null,
  detail: null,
  detailId: null,
  detailLoading: false,
  detailError: null,
  people: [],

  async loadList(query = {}) {
    const s = get();
    const filter = { ...s.filter, ...query.filter };
    const sort = query.sort ?? s.sort;
    // A new filter or order starts from the first page.
    const page = query.filter || query.sort ? 1 : (query.page ?? s.page);
    const pageSize = query.pageSize ?? s.pageSize;
    set({ filter, sort, page, pageSize, loading: true });
    const seq = ++latest.list;
    const r = await call('kri.list', { ...filter, ...sort, page, pageSize });
    if (seq !== latest.list) return;
    set(r.ok ? { data: r.data, loading: false, error: null } : { loading: false, error: r.error });
  },

  resetFilters: () => get().loadList({ filter: emptyKriFilter }),

  async loadDetail(id) {
    // Another indicator: nothing of the last one stays on screen while this one loads.
    if (id !== get().detailId) set({ detail: null, detailId: id, detailError: null });
    set({ detailLoading: true });
    const seq = ++latest.detail;
    const r = await call('kri.get', { id });
    if (seq !== latest.detail) return;
    set(
      r.ok
        ? { detail: r.data, detailLoading: false, detailError: null }
        : { detail: null, detailLoading: false, detailError: r.error },
    );
  },

  async loadPeople() {
    peopleLoaded = true;
    const r = await call('org.staff.list', {});
    if (r.ok) set({ people: r.data });
  },

  pickRisks: (search) => call('risk.pick', { search }),

  create: (input) => call('kri.create', input),
  update: (input) => call('kri.update', input),
  remove: (input) => call('kri.delete', input),
  addReading: (input) => call('kri.addReading', input),
  updateReading: (input) => call('kri.updateReading', input),
  deleteReading: (input) => call('kri.deleteReading', input),
  exportList: (input) => call('kri.export', input),
}));

onChange([...new Set(Object.values(SHOWS).flat())], async (changed) => {
  const shows = (part: keyof typeof SHOWS) =>
    changed.has('database') || SHOWS[part].some((e) => changed.has(e));
  const s = useKris.getState();
  await Promise.all([
    shows('list') && s.data ? s.loadList() : null,
    shows('detail') && s.detailId ? s.loadDetail(s.detailId) : null,
    shows('people') && peopleLoaded ? s.loadPeople() : null,
  ]);
});
