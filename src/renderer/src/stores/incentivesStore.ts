import { create } from 'zustand';
import type { ChannelInput } from '../../../shared/contract/channels';
import type { Entity } from '../../../shared/contract/entities';
import type { AppErrorShape, Result } from '../../../shared/contract/errors';
import type { FilePayload } from '../../../shared/contract/fields';
import { emptyIncentiveFilter, type IncentiveFilter } from '../../../shared/incentives/channels';
import type {
  Incentive,
  IncentiveCandidate,
  IncentivePage,
  IncentiveResultOption,
} from '../../../shared/incentives/types';
import { onChange } from '../api/changes';
import { call } from '../api/client';

/** The incentives list: filters and page as main applies them, and the open incentive (/incentives/:id). */
interface IncentivesState {
  filter: IncentiveFilter;
  page: number;
  pageSize: number;
  data: IncentivePage | null;
  loading: boolean;
  error: AppErrorShape | null;
  detail: Incentive | null;
  detailId: string | null;
  detailError: AppErrorShape | null;

  load(query?: { filter?: Partial<IncentiveFilter>; page?: number; pageSize?: number }): Promise<void>;
  resetFilters(): Promise<void>;
  loadDetail(id: string | null): Promise<void>;
  candidates(): Promise<Result<IncentiveCandidate[]>>;
  results(staffId: string): Promise<Result<IncentiveResultOption[]>>;
  propose(input: ChannelInput<'incentives.propose'>): Promise<Result<Incentive>>;
  withdraw(input: ChannelInput<'incentives.withdraw'>): Promise<Result<Incentive>>;
  exportList(input: ChannelInput<'incentives.export'>): Promise<Result<FilePayload>>;
}

/** A proposal, a withdrawal and the manager's decision (an approval) change what the list shows. */
const SHOWS: readonly Entity[] = ['incentive', 'approval'];
// Only the newest request of each kind may write its answer: typing a search fast sends several.
const latest = { list: 0, detail: 0 };

export const useIncentives = create<IncentivesState>((set, get) => ({
  filter: { ...emptyIncentiveFilter },
  page: 1,
  pageSize: 20,
  data: null,
  loading: false,
  error: null,
  detail: null,
  detailId: null,
  detailError: null,

  async load(query = {}) {
    const s = get();
    const filter = { ...s.filter, ...query.filter };
    const pageSize = query.pageSize ?? s.pageSize;
    const page = query.page ?? (query.filter ? 1 : s.page);
    set({ filter, page, pageSize, loading: true });
    const seq = ++latest.list;
    const r = await call('incentives.list', { ...filter, page, pageSize });
    if (seq !== latest.list) return;
    set(r.ok ? { data: r.data, loading: false, error: null } : { loading: false, error: r.error });
  },

  resetFilters: () => get().load({ filter: { ...emptyIncentiveFilter } }),

  async loadDetail(id) {
    const seq = ++latest.detail;
    if (id === null) return set({ detailId: null, detail: null, detailError: null });
    const same = get().detailId === id;
    set({ detailId: id, ...(same ? {} : { detail: null, detailError: null }) });
    const r = await call('incentives.get', { id });
    if (seq !== latest.detail) return;
    set(r.ok ? { detail: r.data, detailError: null } : { detailError: r.error, detail: null });
  },

  candidates: () => call('incentives.candidates', {}),
  results: (staffId) => call('incentives.results', { staffId }),
  propose: (input) => call('incentives.propose', input),
  withdraw: (input) => call('incentives.withdraw', input),
  exportList: (input) => call('incentives.export', input),
}));

onChange(SHOWS, async () => {
  const s = useIncentives.getState();
  if (s.data) await s.load();
  if (s.detailId) await s.loadDetail(s.detailId);
});
