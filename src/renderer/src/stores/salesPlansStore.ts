import { create } from 'zustand';
import type { ChannelInput } from '../../../shared/contract/channels';
import type { Entity } from '../../../shared/contract/entities';
import type { AppErrorShape, Result } from '../../../shared/contract/errors';
import type { FilePayload } from '../../../shared/contract/fields';
import { emptySalesPlanFilter, type SalesPlanFilter } from '../../../shared/salesPlans/channels';
import { periodStartOf, type PeriodKind } from '../../../shared/salesPlans/rules';
import type { SalesPlan, SalesPlanBoard, SalesPlanPage } from '../../../shared/salesPlans/types';
import { onChange } from '../api/changes';
import { call } from '../api/client';

/** The Sales plans page: the chosen period and group's board, and the list of all plans with its filters. */
interface SalesPlansState {
  periodKind: PeriodKind;
  periodFrom: string;
  groupId: string | null;
  board: SalesPlanBoard | null;
  boardLoading: boolean;
  boardError: AppErrorShape | null;
  filter: SalesPlanFilter;
  page: number;
  pageSize: number;
  list: SalesPlanPage | null;
  listLoading: boolean;
  listError: AppErrorShape | null;

  loadBoard(q?: { periodKind?: PeriodKind; periodFrom?: string; groupId?: string | null }): Promise<void>;
  loadList(q?: { filter?: Partial<SalesPlanFilter>; page?: number; pageSize?: number }): Promise<void>;
  create(input: ChannelInput<'salesPlans.create'>): Promise<Result<SalesPlan>>;
  update(input: ChannelInput<'salesPlans.update'>): Promise<Result<SalesPlan>>;
  exportList(input: ChannelInput<'salesPlans.export'>): Promise<Result<FilePayload>>;
}

/** New clients and signed contracts change the actuals, as plans change the targets. */
const SHOWS: readonly Entity[] = ['salesPlan', 'client'];
const latest = { board: 0, list: 0 };
const today = () => new Date().toISOString().slice(0, 10);

export const useSalesPlans = create<SalesPlansState>((set, get) => ({
  periodKind: 'quarter',
  periodFrom: periodStartOf('quarter', today()),
  groupId: null,
  board: null,
  boardLoading: false,
  boardError: null,
  filter: { ...emptySalesPlanFilter },
  page: 1,
  pageSize: 20,
  list: null,
  listLoading: false,
  listError: null,

  async loadBoard(q = {}) {
    const s = get();
    const periodKind = q.periodKind ?? s.periodKind;
    const periodFrom = q.periodFrom ?? s.periodFrom;
    const groupId = q.groupId !== undefined ? q.groupId : s.groupId;
    set({ periodKind, periodFrom, groupId, boardLoading: true });
    const seq = ++latest.board;
    const r = await call('salesPlans.board', { periodKind, periodFrom, groupId });
    if (seq !== latest.board) return;
    set(
      r.ok
        ? { board: r.data, groupId: r.data.groupId, boardLoading: false, boardError: null }
        : { boardLoading: false, boardError: r.error },
    );
  },

  async loadList(q = {}) {
    const s = get();
    const filter = { ...s.filter, ...q.filter };
    const pageSize = q.pageSize ?? s.pageSize;
    const page = q.page ?? (q.filter ? 1 : s.page);
    set({ filter, page, pageSize, listLoading: true });
    const seq = ++latest.list;
    const r = await call('salesPlans.list', { ...filter, page, pageSize });
    if (seq !== latest.list) return;
    set(
      r.ok
        ? { list: r.data, listLoading: false, listError: null }
        : { listLoading: false, listError: r.error },
    );
  },

  create: (input) => call('salesPlans.create', input),
  update: (input) => call('salesPlans.update', input),
  exportList: (input) => call('salesPlans.export', input),
}));

onChange(SHOWS, async () => {
  const s = useSalesPlans.getState();
  if (s.board) await s.loadBoard();
  if (s.list) await s.loadList();
});
