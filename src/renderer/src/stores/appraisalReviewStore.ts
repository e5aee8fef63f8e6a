import { create } from 'zustand';
import type { AppraisalHistory, ConsolidatedTable } from '../../../shared/appraisal/forms';
import type { GradeGuideline } from '../../../shared/appraisal/settings';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../../shared/contract/channels';
import type { Entity } from '../../../shared/contract/entities';
import type { AppErrorShape, Result } from '../../../shared/contract/errors';
import { onChange } from '../api/changes';
import { call } from '../api/client';

type Run<C extends ChannelName> = (input: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>;

interface AppraisalReviewState {
  /** The cycle whose consolidated table is shown, and the table as main scoped it for the reader. */
  cycleId: string | null;
  table: ConsolidatedTable | null;
  tableError: AppErrorShape | null;
  /** The guideline distribution's ceilings (settings), drawn on the grade chart. */
  guideline: GradeGuideline | null;
  /** The person whose history is shown. */
  staffId: string | null;
  history: AppraisalHistory | null;
  historyError: AppErrorShape | null;

  loadTable(cycleId: string): Promise<void>;
  loadHistory(staffId: string): Promise<void>;
  exportConsolidated: Run<'appraisal.exportConsolidated'>;
  adjust: Run<'appraisal.adjustScore'>;
  acknowledge: Run<'appraisal.acknowledge'>;
  appeal: Run<'appraisal.appeal'>;
  resolveAppeal: Run<'appraisal.resolveAppeal'>;
  printSummary: Run<'appraisal.printSummary'>;
  printHistory: Run<'appraisal.printHistory'>;
}

// The table and the history show forms and cycles with people's and groups' names.
const SHOWS: readonly Entity[] = ['appraisalForm', 'appraisalCycle', 'staff', 'group', 'settings'];

let tableSeq = 0;
let historySeq = 0;

export const useAppraisalReview = create<AppraisalReviewState>((set, get) => ({
  cycleId: null,
  table: null,
  tableError: null,
  guideline: null,
  staffId: null,
  history: null,
  historyError: null,

  async loadTable(cycleId) {
    if (get().cycleId !== cycleId) set({ cycleId, table: null, tableError: null });
    const mine = ++tableSeq;
    const [table, settings] = await Promise.all([
      call('appraisal.consolidated', { cycleId }),
      call('settings.get', {}),
    ]);
    if (mine !== tableSeq) return;
    set({
      table: table.ok ? table.data : null,
      tableError: table.ok ? null : table.error,
      guideline: settings.ok ? settings.data.settings.appraisalGuideline : get().guideline,
    });
  },

  async loadHistory(staffId) {
    if (get().staffId !== staffId) set({ staffId, history: null, historyError: null });
    const mine = ++historySeq;
    const r = await call('appraisal.history', { staffId });
    if (mine !== historySeq) return;
    set({ history: r.ok ? r.data : null, historyError: r.ok ? null : r.error });
  },

  exportConsolidated: (input) => call('appraisal.exportConsolidated', input),
  adjust: (input) => call('appraisal.adjustScore', input),
  acknowledge: (input) => call('appraisal.acknowledge', input),
  appeal: (input) => call('appraisal.appeal', input),
  resolveAppeal: (input) => call('appraisal.resolveAppeal', input),
  printSummary: (input) => call('appraisal.printSummary', input),
  printHistory: (input) => call('appraisal.printHistory', input),
}));

onChange(SHOWS, async () => {
  const s = useAppraisalReview.getState();
  if (s.cycleId) await s.loadTable(s.cycleId);
  if (s.staffId) await s.loadHistory(s.staffId);
});
