import { z } from 'zod';
import { create } from 'zustand';
import type { ChannelInput } from '../../../shared/contract/channels';
import type { Entity } from '../../../shared/contract/entities';
import type { AppErrorShape, Result } from '../../../shared/contract/errors';
import type { FilePayload } from '../../../shared/contract/fields';
import type { Staff } from '../../../shared/org/types';
import {
  emptyRiskFilter,
  riskActionFilter,
  type RiskActionFilter,
  type RiskFilter,
} from '../../../shared/risk/channels';
import type {
  HeatMap,
  Risk,
  RiskAction,
  RiskActionPage,
  RiskDetail,
  RiskOption,
  RiskPage,
  RiskSortField,
} from '../../../shared/risk/types';
import { onChange } from '../api/changes';
import { call } from '../api/client';

/** The risk register's list: scope, filters, order and page as main applies them. */
export interface RiskListState {
  filter: RiskFilter;
  sortBy: RiskSortField;
  sortDir: 'asc' | 'desc';
  page: number;
  pageSize: number;
  /** The last answer; kept on screen while the next one loads. */
  data: RiskPage | null;
  loading: boolean;
  error: AppErrorShape | null;
}

export interface RiskListQuery {
  filter?: Partial<RiskFilter>;
  sortBy?: RiskSortField;
  sortDir?: 'asc' | 'desc';
  page?: number;
  pageSize?: number;
}

/** No filter on the actions list: the schema's defaults. */
export const emptyActionFilter: RiskActionFilter = z.strictObject(riskActionFilter).parse({});

/** Every risk's actions in one list (/risks/actions). */
export interface ActionListState {
  filter: RiskActionFilter;
  page: number;
  pageSize: number;
  data: RiskActionPage | null;
  loading: boolean;
  error: AppErrorShape | null;
}

export interface ActionListQuery {
  filter?: Partial<RiskActionFilter>;
  page?: number;
  pageSize?: number;
}

/** The heat map's filters, the earlier date it is compared with, and main's grid. */
export interface HeatMapState {
  categories: string[];
  ownerId: string | null;
  compareTo: string | null;
  data: HeatMap | null;
  loading: boolean;
  error: AppErrorShape | null;
}

export type HeatMapQuery = Partial<Pick<HeatMapState, 'categories' | 'ownerId' | 'compareTo'>>;

const newList = (): RiskListState => ({
  filter: { ...emptyRiskFilter },
  sortBy: 'score',
  sortDir: 'desc',
  page: 1,
  pageSize: 20,
  data: null,
  loading: false,
  error: null,
});

const newActions = (): ActionListState => ({
  filter: { ...emptyActionFilter },
  page: 1,
  pageSize: 20,
  data: null,
  loading: false,
  error: null,
});

const newHeatMap = (): HeatMapState => ({
  categories: [],
  ownerId: null,
  compareTo: null,
  data: null,
  loading: false,
  error: null,
});

interface RiskState {
  list: RiskListState;
  actions: ActionListState;
  heatmap: HeatMapState;
  /** The open risk (/risks/:id). */
  detail: RiskDetail | null;
  detailId: string | null;
  detailError: AppErrorShape | null;
  /** Active staff: who can own a risk or an action. */
  staff: Staff[];

  loadList(query?: RiskListQuery): Promise<void>;
  /** Back to no filters, keeping the scope the user chose (mine / group / all). */
  resetFilters(): Promise<void>;
  loadActions(query?: ActionListQuery): Promise<void>;
  resetActionFilters(): Promise<void>;
  loadHeatMap(query?: HeatMapQuery): Promise<void>;
  loadDetail(id: string): Promise<void>;
  loadStaff(): Promise<void>;

  /** The risks of one cell of the heat map, now or as they stood at `asOf`. */
  heatmapCell(input: ChannelInput<'risk.heatmapCell'>): Promise<Result<Risk[]>>;
  /** Risks for a picker (meetings, indicators, findings). */
  pick(input: ChannelInput<'risk.pick'>): Promise<Result<RiskOption[]>>;

  create(input: ChannelInput<'risk.create'>): Promise<Result<Risk>>;
  update(input: ChannelInput<'risk.update'>): Promise<Result<Risk>>;
  assess(input: ChannelInput<'risk.assess'>): Promise<Result<Risk>>;
  respond(input: ChannelInput<'risk.respond'>): Promise<Result<Risk>>;
  move(input: ChannelInput<'risk.move'>): Promise<Result<Risk>>;
  reopen(input: ChannelInput<'risk.reopen'>): Promise<Result<Risk>>;
  review(input: ChannelInput<'risk.review'>): Promise<Result<Risk>>;
  addAction(input: ChannelInput<'risk.addAction'>): Promise<Result<RiskAction>>;
  updateAction(input: ChannelInput<'risk.updateAction'>): Promise<Result<RiskAction>>;
  setActionStatus(input: ChannelInput<'risk.setActionStatus'>): Promise<Result<RiskAction>>;

  exportList(input: ChannelInput<'risk.export'>): Promise<Result<FilePayload>>;
  exportActions(input: ChannelInput<'risk.exportActions'>): Promise<Result<FilePayload>>;

  /** Reloads whatever is on screen and shows one of these kinds of record (change events). */
  reloadShown(changed: ReadonlySet<Entity>): Promise<void>;
}

/**
 * The register's screens show risks, their actions, the acceptance's approval and levels from the
 * settings' matrix (a new matrix re-levels every risk); owners' names come from staff.
 */
const SHOWS = ['risk', 'riskAction', 'approval', 'settings', 'staff'] as const;

// Only the newest request of each kind may write its answer: typing a search fast sends several.
const latest = { list: 0, actions: 0, heatmap: 0, detail: 0 };

export const useRisk = create<RiskState>((set, get) => ({
  list: newList(),
  actions: newActions(),
  heatmap: newHeatMap(),
  detail: null,
  detailId: null,
  detailError: null,
  staff: [],

  async loadList(query = {}) {
    const current = get().list;
    const next = {
      filter: { ...current.filter, ...query.filter },
      sortBy: query.sortBy ?? current.sortBy,
      sortDir: query.sortDir ?? current.sortDir,
      pageSize: query.pageSize ?? current.pageSize,
      // A new filter starts again from the first page.
      page: query.page ?? (query.filter ? 1 : current.page),
    };
    set({ list: { ...current, ...next, loading: true } });
    const seq = ++latest.list;
    const { filter, sortBy, sortDir, page, pageSize } = next;
    const r = await call('risk.list', { ...filter, sortBy, sortDir, page, pageSize });
    if (seq !== latest.list) return;
    set((s) => ({
      list: r.ok
        ? { ...s.list, data: r.data, loading: false, error: null }
        : { ...s.list, loading: false, error: r.error },
    }));
  },

  resetFilters() {
    const { scope } = get().list.filter;
    return get().loadList({ filter: { ...emptyRiskFilter, scope } });
  },

  async loadActions(query = {}) {
    const current = get().actions;
    const next = {
      filter: { ...current.filter, ...query.filter },
      pageSize: query.pageSize ?? current.pageSize,
      page: query.page ?? (query.filter ? 1 : current.page),
    };
    set({ actions: { ...current, ...next, loading: true } });
    const seq = ++latest.actions;
    const r = await call('risk.listActions', { ...next.filter, page: next.page, pageSize: next.pageSize });
    if (seq !== latest.actions) return;
    set((s) => ({
      actions: r.ok
        ? { ...s.actions, data: r.data, loading: false, error: null }
        : { ...s.actions, loading: false, error: r.error },
    }));
  },

  resetActionFilters() {
    const { scope } = get().actions.filter;
    return get().loadActions({ filter: { ...emptyActionFilter, scope } });
  },

  async loadHeatMap(query = {}) {
    const current = get().heatmap;
    const next = {
      categories: query.categories ?? current.categories,
      ownerId: query.ownerId !== undefined ? query.ownerId : current.ownerId,
      compareTo: query.compareTo !== undefined ? query.compareTo : current.compareTo,
    };
    set({ heatmap: { ...current, ...next, loading: true } });
    const seq = ++latest.heatmap;
    const r = await call('risk.heatmap', next);
    if (seq !== latest.heatmap) return;
    set((s) => ({
      heatmap: r.ok
        ? { ...s.heatmap, data: r.data, loading: false, error: null }
        : { ...s.heatmap, loading: false, error: r.error },
    }));
  },

  async loadDetail(id) {
    const seq = ++latest.detail;
    const same = get().detailId === id;
    set({ detailId: id, ...(same ? {} : { detail: null, detailError: null }) });
    const r = await call('risk.get', { id });
    if (seq !== latest.detail) return;
    set(
      r.ok
        ? { detail: r.data, detailError: null }
        : { detailError: r.error, ...(same ? {} : { detail: null }) },
    );
  },

  async loadStaff() {
    const r = await call('org.staff.list', { search: null, groupId: null, status: 'active' });
    if (r.ok) set({ staff: r.data });
  },

  heatmapCell: (input) => call('risk.heatmapCell', input),
  pick: (input) => call('risk.pick', input),

  create: (input) => call('risk.create', input),
  update: (input) => call('risk.update', input),
  assess: (input) => call('risk.assess', input),
  respond: (input) => call('risk.respond', input),
  move: (input) => call('risk.move', input),
  reopen: (input) => call('risk.reopen', input),
  review: (input) => call('risk.review', input),
  addAction: (input) => call('risk.addAction', input),
  updateAction: (input) => call('risk.updateAction', input),
  setActionStatus: (input) => call('risk.setActionStatus', input),

  exportList: (input) => call('risk.export', input),
  exportActions: (input) => call('risk.exportActions', input),

  async reloadShown(changed) {
    if (!changed.has('database') && !SHOWS.some((e) => changed.has(e))) return;
    const s = get();
    const jobs: Promise<void>[] = [];
    if (s.list.data) jobs.push(s.loadList());
    if (s.actions.data) jobs.push(s.loadActions());
    if (s.heatmap.data) jobs.push(s.loadHeatMap());
    if (s.detailId) jobs.push(s.loadDetail(s.detailId));
    if (s.staff.length && (changed.has('staff') || changed.has('database'))) jobs.push(s.loadStaff());
    await Promise.all(jobs);
  },
}));

onChange([...SHOWS], (changed) => useRisk.getState().reloadShown(changed));

// Another person signs in: nothing of the last one's register (scope, filters, the open risk) carries over.
onChange(['session'], (changed) => {
  if (!changed.has('session')) return;
  for (const k of Object.keys(latest) as (keyof typeof latest)[]) latest[k]++;
  useRisk.setState({
    list: newList(),
    actions: newActions(),
    heatmap: newHeatMap(),
    detail: null,
    detailId: null,
    detailError: null,
    staff: [],
  });
});
