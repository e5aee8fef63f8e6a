import { create } from 'zustand';
import type { ChannelInput } from '../../../shared/contract/channels';
import type { Entity } from '../../../shared/contract/entities';
import type { AppErrorShape, Result } from '../../../shared/contract/errors';
import type { ImprovementFilter } from '../../../shared/improvement/channels';
import type { ImprovementMeasure, ImprovementPage } from '../../../shared/improvement/types';
import type { Staff } from '../../../shared/org/types';
import type { TicketDetail, TicketPage } from '../../../shared/service/types';
import { onChange } from '../api/changes';
import { call } from '../api/client';

/** The list's filter with nothing set (the schema's defaults). */
export const emptyImprovementFilter: ImprovementFilter = {
  search: null,
  statuses: [],
  causeCategory: null,
  ownerId: null,
  sourceTicketId: null,
};

export interface ImprovementListQuery {
  filter?: Partial<ImprovementFilter>;
  page?: number;
  pageSize?: number;
}

interface ImprovementState {
  filter: ImprovementFilter;
  page: number;
  pageSize: number;
  /** The last answer; kept on screen while the next one loads. */
  data: ImprovementPage | null;
  loading: boolean;
  error: AppErrorShape | null;

  detail: ImprovementMeasure | null;
  detailId: string | null;
  detailLoading: boolean;
  detailError: AppErrorShape | null;

  /** The department's people: owners to choose (those at work) and to filter by (everyone who owns one). */
  people: Staff[];

  loadList(query?: ImprovementListQuery): Promise<void>;
  resetFilters(): Promise<void>;
  loadDetail(id: string): Promise<void>;
  loadPeople(): Promise<void>;

  /** Complaints the user may see whose code, client or content matches, newest first (the form's picker). */
  findComplaints(search: string | null): Promise<Result<TicketPage>>;
  /** One complaint, for the code and summary of the one a measure is opened from. */
  peekTicket(id: string): Promise<Result<TicketDetail>>;

  create(input: ChannelInput<'improvement.create'>): Promise<Result<ImprovementMeasure>>;
  update(input: ChannelInput<'improvement.update'>): Promise<Result<ImprovementMeasure>>;
  setStatus(input: ChannelInput<'improvement.setStatus'>): Promise<Result<ImprovementMeasure>>;
}

/** What each part shows: a change to any of these reloads it (owners' names, the complaint's code). */
const SHOWS = {
  list: ['improvement', 'staff', 'ticket', 'client', 'transaction', 'settings'],
  detail: ['improvement', 'staff', 'ticket', 'client', 'transaction', 'settings'],
  people: ['staff', 'group'],
} as const satisfies Record<string, readonly Entity[]>;

// Only the newest request of each kind may write its answer: typing fast sends several searches.
const latest = { list: 0, detail: 0 };
let peopleLoaded = false;

export const useImprovements = create<ImprovementState>((set, get) => ({
  filter: emptyImprovementFilter,
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
    // A new filter starts from the first page.
    const page = query.filter ? 1 : (query.page ?? s.page);
    const pageSize = query.pageSize ?? s.pageSize;
    set({ filter, page, pageSize, loading: true });
    const seq = ++latest.list;
    const r = await call('improvement.list', { ...filter, page, pageSize });
    if (seq !== latest.list) return;
    set(r.ok ? { data: r.data, loading: false, error: null } : { loading: false, error: r.error });
  },

  resetFilters: () => get().loadList({ filter: emptyImprovementFilter }),

  async loadDetail(id) {
    // Another measure: nothing of the last one stays on screen while this one loads.
    if (id !== get().detailId) set({ detail: null, detailId: id, detailError: null });
    set({ detailLoading: true });
    const seq = ++latest.detail;
    const r = await call('improvement.get', { id });
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

  findComplaints: (search) =>
    call('service.list', { scope: 'all', kinds: ['complaint'], search, page: 1, pageSize: 20 }),
  peekTicket: (id) => call('service.get', { id }),

  create: (input) => call('improvement.create', input),
  update: (input) => call('improvement.update', input),
  setStatus: (input) => call('improvement.setStatus', input),
}));

onChange([...new Set(Object.values(SHOWS).flat())], async (changed) => {
  const shows = (part: keyof typeof SHOWS) =>
    changed.has('database') || SHOWS[part].some((e) => changed.has(e));
  const s = useImprovements.getState();
  await Promise.all([
    shows('list') && s.data ? s.loadList() : null,
    shows('detail') && s.detailId ? s.loadDetail(s.detailId) : null,
    shows('people') && peopleLoaded ? s.loadPeople() : null,
  ]);
});
