import { create } from 'zustand';
import type { ChannelInput } from '../../../shared/contract/channels';
import type { Entity } from '../../../shared/contract/entities';
import type { AppErrorShape, Result } from '../../../shared/contract/errors';
import type { FilePayload, Locale } from '../../../shared/contract/fields';
import {
  emptyDecisionFilter,
  emptyMeetingFilter,
  type DecisionFilter,
  type MeetingFilter,
} from '../../../shared/meetings/channels';
import type {
  DecisionPage,
  DecisionSortField,
  MeetingDetail,
  MeetingPage,
  MeetingSortField,
} from '../../../shared/meetings/types';
import type { Staff } from '../../../shared/org/types';
import type { RiskOption } from '../../../shared/risk/types';
import { onChange } from '../api/changes';
import { call } from '../api/client';

export { emptyDecisionFilter, emptyMeetingFilter };

export interface MeetingOrder {
  sortBy: MeetingSortField;
  sortDir: 'asc' | 'desc';
}
export interface DecisionOrder {
  sortBy: DecisionSortField;
  sortDir: 'asc' | 'desc';
}

const USUAL_MEETING_ORDER: MeetingOrder = { sortBy: 'heldOn', sortDir: 'desc' };
const USUAL_DECISION_ORDER: DecisionOrder = { sortBy: 'dueOn', sortDir: 'asc' };

interface MeetingsState {
  filter: MeetingFilter;
  order: MeetingOrder;
  page: number;
  pageSize: number;
  data: MeetingPage | null;
  loading: boolean;
  error: AppErrorShape | null;

  detail: MeetingDetail | null;
  detailId: string | null;
  detailError: AppErrorShape | null;

  decisionFilter: DecisionFilter;
  decisionOrder: DecisionOrder;
  decisionPage: number;
  decisionPageSize: number;
  decisions: DecisionPage | null;
  decisionsLoading: boolean;
  decisionsError: AppErrorShape | null;

  /** The department's people: chair, attendees, presenters, owners. */
  people: Staff[];

  loadList(q?: {
    filter?: Partial<MeetingFilter>;
    order?: MeetingOrder;
    page?: number;
    pageSize?: number;
  }): Promise<void>;
  resetFilters(): Promise<void>;
  loadDetail(id: string): Promise<void>;
  /** Puts an answer on screen as the open meeting (the form's own saves). */
  showDetail(d: MeetingDetail): void;
  loadDecisions(q?: {
    filter?: Partial<DecisionFilter>;
    order?: DecisionOrder;
    page?: number;
    pageSize?: number;
  }): Promise<void>;
  resetDecisionFilters(): Promise<void>;
  loadPeople(): Promise<void>;

  create(input: ChannelInput<'meetings.create'>): Promise<Result<MeetingDetail>>;
  update(input: ChannelInput<'meetings.update'>): Promise<Result<MeetingDetail>>;
  issue(id: string, version: number): Promise<Result<MeetingDetail>>;
  raiseRisk(input: ChannelInput<'meetings.raiseRisk'>): Promise<Result<MeetingDetail>>;
  linkRisk(input: ChannelInput<'meetings.linkRisk'>): Promise<Result<MeetingDetail>>;
  unlinkRisk(meetingId: string, riskId: string): Promise<Result<MeetingDetail>>;
  setDecisionStatus(input: ChannelInput<'meetings.setDecisionStatus'>): Promise<Result<MeetingDetail>>;
  pickRisks(search: string | null): Promise<Result<RiskOption[]>>;

  exportList(locale: Locale): Promise<Result<FilePayload>>;
  exportDecisions(locale: Locale): Promise<Result<FilePayload>>;
  printMinutes(id: string, locale: Locale): Promise<Result<FilePayload>>;
}

/** What each part shows: a change to any of these reloads it. */
const SHOWS = {
  list: ['riskMeeting', 'staff'],
  detail: ['riskMeeting', 'risk', 'staff', 'settings'],
  decisions: ['riskMeeting', 'staff'],
  people: ['staff', 'group'],
} as const satisfies Record<string, readonly Entity[]>;

// Only the newest request of each kind may write its answer: typing fast sends several searches.
const latest = { list: 0, detail: 0, decisions: 0 };
let peopleLoaded = false;

export const useMeetings = create<MeetingsState>((set, get) => ({
  filter: emptyMeetingFilter,
  order: USUAL_MEETING_ORDER,
  page: 1,
  pageSize: 20,
  data: null,
  loading: false,
  error: null,
  detail: null,
  detailId: null,
  detailError: null,
  decisionFilter: emptyDecisionFilter,
  decisionOrder: USUAL_DECISION_ORDER,
  decisionPage: 1,
  decisionPageSize: 20,
  decisions: null,
  decisionsLoading: false,
  decisionsError: null,
  people: [],

  async loadList(q = {}) {
    const s = get();
    const filter = { ...s.filter, ...q.filter };
    const order = q.order ?? s.order;
    const page = q.filter || q.order ? 1 : (q.page ?? s.page);
    const pageSize = q.pageSize ?? s.pageSize;
    set({ filter, order, page, pageSize, loading: true });
    const seq = ++latest.list;
    const r = await call('meetings.list', { ...filter, ...order, page, pageSize });
    if (seq !== latest.list) return;
    set(r.ok ? { data: r.data, loading: false, error: null } : { loading: false, error: r.error });
  },

  resetFilters: () => get().loadList({ filter: emptyMeetingFilter, order: USUAL_MEETING_ORDER }),

  async loadDetail(id) {
    if (id !== get().detailId) set({ detail: null, detailId: id, detailError: null });
    const seq = ++latest.detail;
    const r = await call('meetings.get', { id });
    if (seq !== latest.detail) return;
    set(r.ok ? { detail: r.data, detailError: null } : { detail: null, detailError: r.error });
  },

  showDetail(d) {
    ++latest.detail;
    set({ detail: d, detailId: d.meeting.id, detailError: null });
  },

  async loadDecisions(q = {}) {
    const s = get();
    const decisionFilter = { ...s.decisionFilter, ...q.filter };
    const decisionOrder = q.order ?? s.decisionOrder;
    const decisionPage = q.filter || q.order ? 1 : (q.page ?? s.decisionPage);
    const decisionPageSize = q.pageSize ?? s.decisionPageSize;
    set({ decisionFilter, decisionOrder, decisionPage, decisionPageSize, decisionsLoading: true });
    const seq = ++latest.decisions;
    const r = await call('meetings.listDecisions', {
      ...decisionFilter,
      ...decisionOrder,
      page: decisionPage,
      pageSize: decisionPageSize,
    });
    if (seq !== latest.decisions) return;
    set(
      r.ok
        ? { decisions: r.data, decisionsLoading: false, decisionsError: null }
        : { decisionsLoading: false, decisionsError: r.error },
    );
  },

  resetDecisionFilters: () =>
    get().loadDecisions({ filter: emptyDecisionFilter, order: USUAL_DECISION_ORDER }),

  async loadPeople() {
    peopleLoaded = true;
    const r = await call('org.staff.list', {});
    if (r.ok) set({ people: r.data });
  },

  create: (input) => call('meetings.create', input),
  update: (input) => call('meetings.update', input),
  issue: (id, version) => call('meetings.issue', { id, version }),
  raiseRisk: (input) => call('meetings.raiseRisk', input),
  linkRisk: (input) => call('meetings.linkRisk', input),
  unlinkRisk: (meetingId, riskId) => call('meetings.unlinkRisk', { meetingId, riskId }),
  setDecisionStatus: (input) => call('meetings.setDecisionStatus', input),
  pickRisks: (search) => call('risk.pick', { search }),

  exportList(locale) {
    const { filter, order } = get();
    return call('meetings.export', { ...filter, ...order, locale });
  },
  exportDecisions(locale) {
    const { decisionFilter, decisionOrder } = get();
    return call('meetings.exportDecisions', { ...decisionFilter, ...decisionOrder, locale });
  },
  printMinutes: (id, locale) => call('meetings.printMinutes', { id, locale }),
}));

onChange([...new Set(Object.values(SHOWS).flat())], async (changed) => {
  const shows = (part: keyof typeof SHOWS) =>
    changed.has('database') || SHOWS[part].some((e) => changed.has(e));
  const s = useMeetings.getState();
  await Promise.all([
    shows('list') && s.data ? s.loadList() : null,
    shows('detail') && s.detailId ? s.loadDetail(s.detailId) : null,
    shows('decisions') && s.decisions ? s.loadDecisions() : null,
    shows('people') && peopleLoaded ? s.loadPeople() : null,
  ]);
});
