import { create } from 'zustand';
import type { ChannelInput } from '../../../shared/contract/channels';
import type { AppErrorShape, Result } from '../../../shared/contract/errors';
import type { FilePayload } from '../../../shared/contract/fields';
import { emptyOpportunityFilter, type OpportunityFilter } from '../../../shared/sales/channels';
import type {
  ActivityOption,
  Board,
  ForecastMonth,
  Funnel,
  LostReasonRow,
  Opportunity,
  OpportunityDetail,
  OpportunityPage,
  OpportunitySortField,
  SalesFile,
  SalesScope,
} from '../../../shared/sales/types';
import type { OrgSettings } from '../../../shared/settings/types';
import { onChange } from '../api/changes';
import { call } from '../api/client';

/** The list as main applies it: filters, order, page. */
export interface OpportunityListState {
  filter: OpportunityFilter;
  sortBy: OpportunitySortField;
  sortDir: 'asc' | 'desc';
  page: number;
  pageSize: number;
  data: OpportunityPage | null;
  loading: boolean;
  error: AppErrorShape | null;
}

export interface BoardQuery {
  scope: SalesScope;
  search: string | null;
}

/** The figures of the Funnel & forecast page for one period. */
export interface SalesFigures {
  from: string;
  to: string;
  funnel: Funnel | null;
  forecast: ForecastMonth[];
  lostReasons: LostReasonRow[];
  loading: boolean;
}

export interface ClientOption {
  id: string;
  code: string;
  name: string;
}

export interface PersonOption {
  id: string;
  name: string;
}

interface SalesState {
  board: Board | null;
  boardQuery: BoardQuery;
  boardLoading: boolean;
  list: OpportunityListState;
  detail: OpportunityDetail | null;
  detailError: AppErrorShape | null;
  figures: SalesFigures | null;
  /** The department's sales settings (probabilities, scorecard, lost reasons) the screens show by. */
  settings: OrgSettings | null;

  loadSettings(): Promise<void>;
  loadBoard(patch?: Partial<BoardQuery>): Promise<void>;
  loadList(patch?: {
    filter?: Partial<OpportunityFilter>;
    sortBy?: OpportunitySortField;
    sortDir?: 'asc' | 'desc';
    page?: number;
    pageSize?: number;
  }): Promise<void>;
  resetFilters(): Promise<void>;
  loadDetail(id: string): Promise<void>;
  loadFigures(from: string, to: string): Promise<void>;

  create(input: ChannelInput<'sales.create'>): Promise<Result<Opportunity>>;
  update(input: ChannelInput<'sales.update'>): Promise<Result<Opportunity>>;
  move(input: ChannelInput<'sales.move'>): Promise<Result<Opportunity>>;
  reopen(o: { id: string; version: number }): Promise<Result<Opportunity>>;
  assign(o: { id: string; version: number }, ownerId: string): Promise<Result<Opportunity>>;
  addFile(
    opportunityId: string,
    fileName: string,
    bytes: Uint8Array<ArrayBuffer>,
  ): Promise<Result<SalesFile>>;
  deleteFile(id: string): Promise<Result<null>>;
  openFile(id: string): Promise<Result<FilePayload>>;
  exportList(locale: ChannelInput<'sales.export'>['locale']): Promise<Result<FilePayload>>;
  /** The sales report of a month, quarter or year as PDF. */
  printReport(input: ChannelInput<'sales.report'>): Promise<Result<FilePayload>>;

  activities(search: string | null, id?: string | null): Promise<ActivityOption[]>;
  clients(search: string | null): Promise<ClientOption[]>;
  people(): Promise<PersonOption[]>;
}

const monthOf = (day: string) => day.slice(0, 7);
const monthsBetween = (from: string, to: string) => {
  const [fy, fm] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  return Math.min(24, Math.max(1, (ty - fy) * 12 + (tm - fm) + 1));
};

export const useSales = create<SalesState>((set, get) => ({
  board: null,
  boardQuery: { scope: 'all', search: null },
  boardLoading: false,
  list: {
    filter: emptyOpportunityFilter,
    sortBy: 'updatedAt',
    sortDir: 'desc',
    page: 1,
    pageSize: 50,
    data: null,
    loading: false,
    error: null,
  },
  detail: null,
  detailError: null,
  figures: null,
  settings: null,

  async loadSettings() {
    const r = await call('settings.get', {});
    if (r.ok) set({ settings: r.data.settings });
  },

  async loadBoard(patch = {}) {
    const boardQuery = { ...get().boardQuery, ...patch };
    set({ boardQuery, boardLoading: true });
    const r = await call('sales.board', { ...boardQuery, ownerId: null, closedSince: null });
    set({ boardLoading: false, ...(r.ok ? { board: r.data } : {}) });
  },

  async loadList(patch = {}) {
    const cur = get().list;
    const filterChanged = patch.filter !== undefined;
    const next = {
      ...cur,
      filter: { ...cur.filter, ...patch.filter },
      sortBy: patch.sortBy ?? cur.sortBy,
      sortDir: patch.sortDir ?? cur.sortDir,
      pageSize: patch.pageSize ?? cur.pageSize,
      page: patch.page ?? (filterChanged ? 1 : cur.page),
    };
    set({ list: { ...next, loading: true } });
    const r = await call('sales.list', {
      ...next.filter,
      sortBy: next.sortBy,
      sortDir: next.sortDir,
      page: next.page,
      pageSize: next.pageSize,
    });
    set((s) => ({
      list: {
        ...s.list,
        loading: false,
        ...(r.ok ? { data: r.data, error: null } : { error: r.error }),
      },
    }));
  },

  resetFilters: () => get().loadList({ filter: emptyOpportunityFilter }),

  async loadDetail(id) {
    if (get().detail?.opportunity.id !== id) set({ detail: null, detailError: null });
    const r = await call('sales.get', { id });
    set(r.ok ? { detail: r.data, detailError: null } : { detailError: r.error });
  },

  async loadFigures(from, to) {
    set((s) => ({
      figures: { ...(s.figures ?? { funnel: null, forecast: [], lostReasons: [] }), from, to, loading: true },
    }));
    const [funnel, forecast, lost] = await Promise.all([
      call('sales.funnel', { from, to }),
      call('sales.forecast', { from: monthOf(from), months: monthsBetween(from, to) }),
      call('sales.lostReasons', { from, to }),
    ]);
    set({
      figures: {
        from,
        to,
        loading: false,
        funnel: funnel.ok ? funnel.data : null,
        forecast: forecast.ok ? forecast.data : [],
        lostReasons: lost.ok ? lost.data : [],
      },
    });
  },

  create: (input) => call('sales.create', input),
  update: (input) => call('sales.update', input),
  move: (input) => call('sales.move', input),
  reopen: (o) => call('sales.reopen', { id: o.id, version: o.version }),
  assign: (o, ownerId) => call('sales.assign', { id: o.id, version: o.version, ownerId }),
  addFile: (opportunityId, fileName, bytes) =>
    call('sales.addProposalFile', { opportunityId, fileName, bytes }),
  deleteFile: (id) => call('sales.deleteProposalFile', { id }),
  openFile: (id) => call('sales.openProposalFile', { id }),
  printReport: (input) => call('sales.report', input),
  exportList(locale) {
    const { filter, sortBy, sortDir } = get().list;
    return call('sales.export', { ...filter, sortBy, sortDir, locale });
  },

  async activities(search, id = null) {
    const r = await call('sales.activities', { search, id });
    return r.ok ? r.data : [];
  },
  async clients(search) {
    const r = await call('clients.list', { search, pageSize: 20 });
    return r.ok ? r.data.rows.map((c) => ({ id: c.id, code: c.code, name: c.name })) : [];
  },
  async people() {
    const r = await call('org.staff.list', { status: 'active' });
    return r.ok ? r.data.map((s) => ({ id: s.id, name: s.name })) : [];
  },
}));

// What the screens show follows every change of an opportunity (or of the settings they read).
onChange(['opportunity'], async () => {
  const s = useSales.getState();
  await Promise.all([
    s.board ? s.loadBoard() : null,
    s.list.data ? s.loadList() : null,
    s.detail ? s.loadDetail(s.detail.opportunity.id) : null,
    s.figures ? s.loadFigures(s.figures.from, s.figures.to) : null,
  ]);
});
onChange(['settings'], async () => {
  const s = useSales.getState();
  if (s.settings) await s.loadSettings();
});
