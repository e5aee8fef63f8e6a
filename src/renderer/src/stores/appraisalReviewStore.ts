import { create } from 'zustand';
import type { appraisalPrintChannels } from '../../../shared/appraisal/channels';
import type { AppraisalHistory, ConsolidatedTable } from '../../../shared/appraisal/forms';
import type { GradeGuideline } from '../../../shared/appraisal/settings';
import type { InputOf } from '../../../shared/contract/channel';
import {
  isChannelName,
  type ChannelInput,
  type ChannelName,
  type ChannelOutput,
} from '../../../shared/contract/channels';
import type { Entity } from '../../../shared/contract/entities';
import type { AppErrorShape, Result } from '../../../shared/contract/errors';
import type { FilePayload } from '../../../shared/contract/fields';
import { onChange } from '../api/changes';
import { call } from '../api/client';

type Run<C extends ChannelName> = (input: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>;
type PrintName = 'appraisal.printSummary' | 'appraisal.printHistory';
type PrintRun<C extends PrintName> = (
  input: InputOf<(typeof appraisalPrintChannels)[C]>,
) => Promise<Result<FilePayload>>;

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
  printSummary: PrintRun<'appraisal.printSummary'>;
  printHistory: PrintRun<'appraisal.printHistory'>;
}

/**
 * Whether main answers this printable yet: the print channels join the registry as one map once both of its
 * halves (the forms' and the review's) are in, and the print buttons show from then on.
 */
export const mayPrint = (name: PrintName): boolean => isChannelName(name);

function print<C extends PrintName>(name: C): PrintRun<C> {
  return (input) => call(name as unknown as ChannelName, input as never) as Promise<Result<FilePayload>>;
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
  printSummary: print('appraisal.printSummary'),
  printHistory: print('appraisal.printHistory'),
}));

onChange(SHOWS, async () => {
  const s = useAppraisalReview.getState();
  if (s.cycleId) await s.loadTable(s.cycleId);
  if (s.staffId) await s.loadHistory(s.staffId);
});
