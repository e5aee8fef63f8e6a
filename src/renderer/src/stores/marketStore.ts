import { create } from 'zustand';
import type { ChannelInput } from '../../../shared/contract/channels';
import type { Entity } from '../../../shared/contract/entities';
import type { AppErrorShape } from '../../../shared/contract/errors';
import type { FilePayload, Locale } from '../../../shared/contract/fields';
import {
  emptyActivityFilter,
  emptyCompetitorFilter,
  emptyResearchFilter,
  type ActivityFilter,
  type ActivityOrder,
  type CompetitorFilter,
  type CompetitorOrder,
  type ResearchFilter,
  type ResearchOrder,
} from '../../../shared/market/channels';
import type {
  ActivityDetail,
  ActivityPage,
  CompetitorDetail,
  CompetitorPage,
  ResearchDetail,
  ResearchPage,
} from '../../../shared/market/types';
import type { Staff } from '../../../shared/org/types';
import { onChange } from '../api/changes';
import { call } from '../api/client';
import { transport } from '../api/transport';

/** One list of the market screens: its filter and order, its page, and the last answer. */
export interface ListState<F, O, D> {
  filter: F;
  order: O;
  page: number;
  pageSize: number;
  data: D | null;
  loading: boolean;
  error: AppErrorShape | null;
}

const listState = <F, O, D>(filter: F, order: O): ListState<F, O, D> => ({
  filter,
  order,
  page: 1,
  pageSize: 20,
  data: null,
  loading: false,
  error: null,
});

/** One record's page: which record, and the last answer. */
interface DetailState<D> {
  id: string | null;
  data: D | null;
  error: AppErrorShape | null;
}
const noDetail = { id: null, data: null, error: null };

export const RESEARCH_ORDER: ResearchOrder = { sortBy: 'conductedOn', sortDir: 'desc' };
export const COMPETITOR_ORDER: CompetitorOrder = { sortBy: 'name', sortDir: 'asc' };
export const ACTIVITY_ORDER: ActivityOrder = { sortBy: 'heldOn', sortDir: 'desc' };

type Lists = {
  research: ListState<ResearchFilter, ResearchOrder, ResearchPage>;
  competitors: ListState<CompetitorFilter, CompetitorOrder, CompetitorPage>;
  activities: ListState<ActivityFilter, ActivityOrder, ActivityPage>;
};
type ListName = keyof Lists;
type Details = {
  researchDetail: DetailState<ResearchDetail>;
  competitorDetail: DetailState<CompetitorDetail>;
  activityDetail: DetailState<ActivityDetail>;
};
type DetailName = keyof Details;

export interface ListQuery<F, O> {
  filter?: Partial<F>;
  order?: O;
  page?: number;
  pageSize?: number;
}
type QueryOf<L extends ListName> = ListQuery<Lists[L]['filter'], Lists[L]['order']>;

interface MarketState extends Lists, Details {
  /** The department's people: owners to choose and to filter by. */
  people: Staff[];
  load<L extends ListName>(list: L, query?: QueryOf<L>): Promise<void>;
  loadDetail(which: DetailName, id: string): Promise<void>;
  loadPeople(): Promise<void>;
}

const LIST_CHANNEL = {
  research: 'market.listResearch',
  competitors: 'market.listCompetitors',
  activities: 'market.listActivities',
} as const;
const DETAIL_CHANNEL = {
  researchDetail: 'market.getResearch',
  competitorDetail: 'market.getCompetitor',
  activityDetail: 'market.getActivity',
} as const;

/** What each part shows: a change to any of these reloads it. */
const SHOWS = {
  research: ['marketResearch', 'staff'],
  researchDetail: ['marketResearch', 'staff'],
  competitors: ['competitor', 'competitorSighting'],
  competitorDetail: ['competitor', 'competitorSighting'],
  activities: ['promotionActivity', 'staff'],
  activityDetail: ['promotionActivity', 'staff', 'client'],
  people: ['staff', 'group'],
} as const satisfies Record<string, readonly Entity[]>;

// Only the newest request of each kind may write its answer: typing fast sends several searches.
const latest: Record<ListName | DetailName, number> = {
  research: 0,
  competitors: 0,
  activities: 0,
  researchDetail: 0,
  competitorDetail: 0,
  activityDetail: 0,
};
let peopleLoaded = false;

export const useMarket = create<MarketState>((set, get) => ({
  research: listState(emptyResearchFilter, RESEARCH_ORDER),
  competitors: listState(emptyCompetitorFilter, COMPETITOR_ORDER),
  activities: listState(emptyActivityFilter, ACTIVITY_ORDER),
  researchDetail: noDetail,
  competitorDetail: noDetail,
  activityDetail: noDetail,
  people: [],

  async load(list, query = {}) {
    const s = get()[list] as ListState<object, object, unknown>;
    const filter = { ...s.filter, ...query.filter };
    const order = query.order ?? s.order;
    // A new filter or order starts from the first page.
    const page = query.filter || query.order ? 1 : (query.page ?? s.page);
    const pageSize = query.pageSize ?? s.pageSize;
    set({ [list]: { ...s, filter, order, page, pageSize, loading: true } } as Partial<MarketState>);
    const seq = ++latest[list];
    const r = await call(LIST_CHANNEL[list], { ...filter, ...order, page, pageSize } as never);
    if (seq !== latest[list]) return;
    const now = get()[list];
    set({
      [list]: r.ok
        ? { ...now, data: r.data, loading: false, error: null }
        : { ...now, loading: false, error: r.error },
    } as Partial<MarketState>);
  },

  async loadDetail(which, id) {
    if (get()[which].id !== id) set({ [which]: { id, data: null, error: null } } as Partial<MarketState>);
    const seq = ++latest[which];
    const r = await call(DETAIL_CHANNEL[which], { id });
    if (seq !== latest[which]) return;
    set({
      [which]: r.ok ? { id, data: r.data, error: null } : { id, data: null, error: r.error },
    } as Partial<MarketState>);
  },

  async loadPeople() {
    peopleLoaded = true;
    const r = await call('org.staff.list', {});
    if (r.ok) set({ people: r.data });
  },
}));

/** The calls the market screens make; after each mutation the change events reload what is on screen. */
export const market = {
  createResearch: (input: ChannelInput<'market.createResearch'>) => call('market.createResearch', input),
  updateResearch: (input: ChannelInput<'market.updateResearch'>) => call('market.updateResearch', input),
  addResearchFile: (researchId: string, fileName: string, bytes: Uint8Array<ArrayBuffer>) =>
    call('market.addResearchFile', { researchId, fileName, bytes }),
  deleteResearchFile: (id: string) => call('market.deleteResearchFile', { id }),
  openResearchFile: (id: string) => call('market.openResearchFile', { id }),
  openFile: (file: FilePayload) => transport().openFile(file),
  createCompetitor: (input: ChannelInput<'market.createCompetitor'>) =>
    call('market.createCompetitor', input),
  updateCompetitor: (input: ChannelInput<'market.updateCompetitor'>) =>
    call('market.updateCompetitor', input),
  addSighting: (input: ChannelInput<'market.addSighting'>) => call('market.addSighting', input),
  updateSighting: (input: ChannelInput<'market.updateSighting'>) => call('market.updateSighting', input),
  deleteSighting: (id: string) => call('market.deleteSighting', { id }),
  createActivity: (input: ChannelInput<'market.createActivity'>) => call('market.createActivity', input),
  updateActivity: (input: ChannelInput<'market.updateActivity'>) => call('market.updateActivity', input),
  exportResearch: (locale: Locale) => {
    const { filter, order } = useMarket.getState().research;
    return call('market.exportResearch', { ...filter, ...order, locale });
  },
  exportActivities: (locale: Locale) => {
    const { filter, order } = useMarket.getState().activities;
    return call('market.exportActivities', { ...filter, ...order, locale });
  },
};

onChange([...new Set(Object.values(SHOWS).flat())], async (changed) => {
  const shows = (part: keyof typeof SHOWS) =>
    changed.has('database') || SHOWS[part].some((e) => changed.has(e));
  const s = useMarket.getState();
  await Promise.all([
    ...(['research', 'competitors', 'activities'] as const).map((l) =>
      shows(l) && s[l].data ? s.load(l) : null,
    ),
    ...(['researchDetail', 'competitorDetail', 'activityDetail'] as const).map((d) =>
      shows(d) && s[d].id ? s.loadDetail(d, s[d].id) : null,
    ),
    shows('people') && peopleLoaded ? s.loadPeople() : null,
  ]);
});
