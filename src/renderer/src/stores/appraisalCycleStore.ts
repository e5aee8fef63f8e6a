import { create } from 'zustand';
import type { CycleFilter } from '../../../shared/appraisal/channels';
import type { AppraisalCycle, CycleDetail } from '../../../shared/appraisal/cycles';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../../shared/contract/channels';
import type { Entity } from '../../../shared/contract/entities';
import type { AppErrorShape, Result } from '../../../shared/contract/errors';
import type { Group, Staff } from '../../../shared/org/types';
import { onChange } from '../api/changes';
import { call } from '../api/client';

type Run<C extends ChannelName> = (input: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>;

interface AppraisalCycleState {
  filter: CycleFilter;
  cycles: AppraisalCycle[];
  loaded: boolean;
  loading: boolean;
  error: AppErrorShape | null;
  /** The cycle the detail page shows. */
  detailId: string | null;
  detail: CycleDetail | null;
  detailError: AppErrorShape | null;
  /** The groups and active staff the manager's pickers offer (loaded by the screens that pick). */
  groups: Group[];
  staff: Staff[];

  setFilter(filter: Partial<CycleFilter>): Promise<void>;
  load(): Promise<void>;
  loadDetail(id: string): Promise<void>;
  loadPeople(): Promise<void>;
  preview: Run<'appraisal.previewCycle'>;
  open: Run<'appraisal.openCycle'>;
  updateDeadlines: Run<'appraisal.updateDeadlines'>;
  advance: Run<'appraisal.advanceCycle'>;
  reassign: Run<'appraisal.reassignEvaluator'>;
  remove: Run<'appraisal.removeFromCycle'>;
}

export const EMPTY_CYCLE_FILTER: CycleFilter = { kinds: [], phases: [], year: null };

// The list and the detail show cycles and their forms, with people's and groups' names.
const SHOWS: readonly Entity[] = ['appraisalCycle', 'appraisalForm', 'staff', 'group'];

let listSeq = 0;
let detailSeq = 0;

export const useAppraisalCycles = create<AppraisalCycleState>((set, get) => ({
  filter: EMPTY_CYCLE_FILTER,
  cycles: [],
  loaded: false,
  loading: false,
  error: null,
  detailId: null,
  detail: null,
  detailError: null,
  groups: [],
  staff: [],

  async setFilter(filter) {
    set({ filter: { ...get().filter, ...filter } });
    await get().load();
  },

  async load() {
    set({ loading: true });
    const mine = ++listSeq;
    const r = await call('appraisal.listCycles', get().filter);
    if (mine !== listSeq) return;
    set({
      cycles: r.ok ? r.data : [],
      loaded: true,
      loading: false,
      error: r.ok ? null : r.error,
    });
  },

  async loadDetail(id) {
    if (get().detailId !== id) set({ detailId: id, detail: null, detailError: null });
    const mine = ++detailSeq;
    const r = await call('appraisal.getCycle', { id });
    if (mine !== detailSeq) return;
    set({ detail: r.ok ? r.data : null, detailError: r.ok ? null : r.error });
  },

  async loadPeople() {
    const [groups, staff] = await Promise.all([
      call('org.groups.list', { includeInactive: false }),
      call('org.staff.list', { search: null, groupId: null, status: 'active' }),
    ]);
    set({ groups: groups.ok ? groups.data : [], staff: staff.ok ? staff.data : [] });
  },

  preview: (input) => call('appraisal.previewCycle', input),
  open: (input) => call('appraisal.openCycle', input),
  updateDeadlines: (input) => call('appraisal.updateDeadlines', input),
  advance: (input) => call('appraisal.advanceCycle', input),
  reassign: (input) => call('appraisal.reassignEvaluator', input),
  remove: (input) => call('appraisal.removeFromCycle', input),
}));

onChange(SHOWS, async () => {
  const s = useAppraisalCycles.getState();
  if (s.loaded) await s.load();
  if (s.detailId) await s.loadDetail(s.detailId);
});
