import { create } from 'zustand';
import type { ChannelInput } from '../../../shared/contract/channels';
import type { Entity } from '../../../shared/contract/entities';
import type { AppErrorShape } from '../../../shared/contract/errors';
import type { FilePayload, Locale } from '../../../shared/contract/fields';
import {
  emptyAuditFilter,
  emptyFindingFilter,
  emptyRectificationFilter,
  type AuditFilter,
  type AuditOrder,
  type FindingFilter,
  type FindingOrder,
  type RectificationFilter,
  type RectificationOrder,
} from '../../../shared/control/channels';
import type { AuditDetail, AuditPage, FindingPage, RectificationPage } from '../../../shared/control/types';
import type { Staff } from '../../../shared/org/types';
import { onChange } from '../api/changes';
import { call } from '../api/client';
import { transport } from '../api/transport';

/** One list of the control screens: its filter and order, its page, and the last answer. */
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

export interface ListQuery<F, O> {
  filter?: Partial<F>;
  order?: O;
  page?: number;
  pageSize?: number;
}

export const AUDIT_ORDER: AuditOrder = { sortBy: 'auditOn', sortDir: 'desc' };
export const FINDING_ORDER: FindingOrder = { sortBy: 'createdAt', sortDir: 'desc' };
export const RECTIFICATION_ORDER: RectificationOrder = { sortBy: 'dueOn', sortDir: 'asc' };

type Lists = {
  audits: ListState<AuditFilter, AuditOrder, AuditPage>;
  findings: ListState<FindingFilter, FindingOrder, FindingPage>;
  rectifications: ListState<RectificationFilter, RectificationOrder, RectificationPage>;
};
type ListName = keyof Lists;
type QueryOf<L extends ListName> = ListQuery<Lists[L]['filter'], Lists[L]['order']>;

interface ControlState extends Lists {
  detail: AuditDetail | null;
  detailId: string | null;
  detailLoading: boolean;
  detailError: AppErrorShape | null;
  /** The department's people: auditors and owners to choose, owners to filter by. */
  people: Staff[];

  load<L extends ListName>(list: L, query?: QueryOf<L>): Promise<void>;
  loadDetail(id: string): Promise<void>;
  loadPeople(): Promise<void>;
}

const CHANNEL = {
  audits: 'control.listAudits',
  findings: 'control.listFindings',
  rectifications: 'control.listRectifications',
} as const;

/** What each part shows: a change to any of these reloads it. */
const SHOWS = {
  lists: ['controlAudit', 'controlFinding', 'rectification', 'staff', 'risk'],
  detail: ['controlAudit', 'controlFinding', 'rectification', 'staff', 'risk'],
  people: ['staff', 'group'],
} as const satisfies Record<string, readonly Entity[]>;

// Only the newest request of each kind may write its answer: typing fast sends several searches.
const latest = { audits: 0, findings: 0, rectifications: 0, detail: 0 };
let peopleLoaded = false;

export const useControl = create<ControlState>((set, get) => ({
  audits: listState(emptyAuditFilter, AUDIT_ORDER),
  findings: listState(emptyFindingFilter, FINDING_ORDER),
  rectifications: listState(emptyRectificationFilter, RECTIFICATION_ORDER),
  detail: null,
  detailId: null,
  detailLoading: false,
  detailError: null,
  people: [],

  async load(list, query = {}) {
    const s = get()[list] as ListState<object, object, unknown>;
    const filter = { ...s.filter, ...query.filter };
    const order = query.order ?? s.order;
    // A new filter or order starts from the first page.
    const page = query.filter || query.order ? 1 : (query.page ?? s.page);
    const pageSize = query.pageSize ?? s.pageSize;
    set({ [list]: { ...s, filter, order, page, pageSize, loading: true } } as Partial<ControlState>);
    const seq = ++latest[list];
    const r = await call(CHANNEL[list], { ...filter, ...order, page, pageSize } as never);
    if (seq !== latest[list]) return;
    const now = get()[list];
    set({
      [list]: r.ok
        ? { ...now, data: r.data, loading: false, error: null }
        : { ...now, loading: false, error: r.error },
    } as Partial<ControlState>);
  },

  async loadDetail(id) {
    if (id !== get().detailId) set({ detail: null, detailId: id, detailError: null });
    set({ detailLoading: true });
    const seq = ++latest.detail;
    const r = await call('control.getAudit', { id });
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
}));

/** The calls the control screens make; after each mutation the change events reload what is on screen. */
export const control = {
  createAudit: (input: ChannelInput<'control.createAudit'>) => call('control.createAudit', input),
  updateAudit: (input: ChannelInput<'control.updateAudit'>) => call('control.updateAudit', input),
  moveAudit: (input: ChannelInput<'control.moveAudit'>) => call('control.moveAudit', input),
  addFinding: (input: ChannelInput<'control.addFinding'>) => call('control.addFinding', input),
  updateFinding: (input: ChannelInput<'control.updateFinding'>) => call('control.updateFinding', input),
  addRectification: (input: ChannelInput<'control.addRectification'>) =>
    call('control.addRectification', input),
  updateRectification: (input: ChannelInput<'control.updateRectification'>) =>
    call('control.updateRectification', input),
  submitRectification: (input: ChannelInput<'control.submitRectification'>) =>
    call('control.submitRectification', input),
  returnRectification: (input: ChannelInput<'control.returnRectification'>) =>
    call('control.returnRectification', input),
  verifyRectification: (input: ChannelInput<'control.verifyRectification'>) =>
    call('control.verifyRectification', input),
  addEvidence: (rectificationId: string, fileName: string, bytes: Uint8Array<ArrayBuffer>) =>
    call('control.addEvidence', { rectificationId, fileName, bytes }),
  deleteEvidence: (id: string) => call('control.deleteEvidence', { id }),
  openEvidence: (id: string) => call('control.openEvidence', { id }),
  openFile: (file: FilePayload) => transport().openFile(file),
  printReport: (id: string, locale: Locale) => call('control.printReport', { id, locale }),
  exportAudits: (locale: Locale) => {
    const { filter, order } = useControl.getState().audits;
    return call('control.exportAudits', { ...filter, ...order, locale });
  },
  exportFindings: (locale: Locale) => {
    const { filter, order } = useControl.getState().findings;
    return call('control.exportFindings', { ...filter, ...order, locale });
  },
  exportRectifications: (locale: Locale) => {
    const { filter, order } = useControl.getState().rectifications;
    return call('control.exportRectifications', { ...filter, ...order, locale });
  },
};

onChange([...new Set(Object.values(SHOWS).flat())], async (changed) => {
  const shows = (part: keyof typeof SHOWS) =>
    changed.has('database') || SHOWS[part].some((e) => changed.has(e));
  const s = useControl.getState();
  await Promise.all([
    ...(['audits', 'findings', 'rectifications'] as const).map((l) =>
      shows('lists') && s[l].data ? s.load(l) : null,
    ),
    shows('detail') && s.detailId ? s.loadDetail(s.detailId) : null,
    shows('people') && peopleLoaded ? s.loadPeople() : null,
  ]);
});

/** Risks for the finding form's picker: those the user may see, by code or title, open ones first. */
export const pickRisks = (search: string | null) => call('risk.pick', { search, includeClosed: false });
