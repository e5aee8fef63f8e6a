import { create } from 'zustand';
import type { appraisalPrintChannels, SourceRecords } from '../../../shared/appraisal/channels';
import type { AppraisalForm, FormScope, FormSummary } from '../../../shared/appraisal/forms';
import { isChannelName, type ChannelInput } from '../../../shared/contract/channels';
import type { Entity } from '../../../shared/contract/entities';
import type { AppErrorShape, Result } from '../../../shared/contract/errors';
import type { FilePayload, Locale } from '../../../shared/contract/fields';
import { onChange } from '../api/changes';
import { call } from '../api/client';

/** The two printed forms of a person's appraisal. */
export type FormPrint = Extract<
  keyof typeof appraisalPrintChannels,
  'appraisal.printSelf' | 'appraisal.printEvaluation'
>;

interface AppraisalFormState {
  scope: FormScope;
  list: FormSummary[] | null;
  listLoading: boolean;
  listError: AppErrorShape | null;

  form: AppraisalForm | null;
  formId: string | null;
  formError: AppErrorShape | null;

  loadList(scope?: FormScope): Promise<void>;
  loadForm(id: string): Promise<void>;
  /** Puts a step's answer on screen as the open form. */
  showForm(f: AppraisalForm): void;
  sourceRecords(formId: string, indicatorId: string): Promise<Result<SourceRecords>>;

  savePlan(input: ChannelInput<'appraisal.savePlan'>): Promise<Result<AppraisalForm>>;
  agreePlan(id: string, version: number): Promise<Result<AppraisalForm>>;
  saveSelf(input: ChannelInput<'appraisal.saveSelf'>): Promise<Result<AppraisalForm>>;
  submitSelf(input: ChannelInput<'appraisal.submitSelf'>): Promise<Result<AppraisalForm>>;
  saveEvaluation(input: ChannelInput<'appraisal.saveEvaluation'>): Promise<Result<AppraisalForm>>;
  submitEvaluation(input: ChannelInput<'appraisal.submitEvaluation'>): Promise<Result<AppraisalForm>>;

  /** Whether this build of the app prints the form (its channel is in the contract). */
  printable(which: FormPrint): boolean;
  print(which: FormPrint, id: string, locale: Locale): Promise<Result<FilePayload>>;
}

/** What each part shows: a change to any of these reloads it. */
const SHOWS = {
  list: ['appraisalForm', 'appraisalCycle', 'staff', 'group'],
  form: ['appraisalForm', 'appraisalCycle', 'staff', 'group', 'transaction', 'client', 'ticket'],
} as const satisfies Record<string, readonly Entity[]>;

const latest = { list: 0, form: 0 };

export const useAppraisalForms = create<AppraisalFormState>((set, get) => ({
  scope: 'mine',
  list: null,
  listLoading: false,
  listError: null,
  form: null,
  formId: null,
  formError: null,

  async loadList(scope = get().scope) {
    if (scope !== get().scope) set({ scope, list: null });
    set({ listLoading: true });
    const seq = ++latest.list;
    const r = await call('appraisal.listForms', { scope, cycleId: null });
    if (seq !== latest.list) return;
    set(
      r.ok
        ? { list: r.data, listLoading: false, listError: null }
        : { listLoading: false, listError: r.error },
    );
  },

  async loadForm(id) {
    if (id !== get().formId) set({ form: null, formId: id, formError: null });
    const seq = ++latest.form;
    const r = await call('appraisal.getForm', { id });
    if (seq !== latest.form) return;
    set(r.ok ? { form: r.data, formError: null } : { form: null, formError: r.error });
  },

  showForm(f) {
    ++latest.form;
    set({ form: f, formId: f.id, formError: null });
  },

  sourceRecords: (formId, indicatorId) => call('appraisal.sourceRecords', { formId, indicatorId }),
  savePlan: (input) => call('appraisal.savePlan', input),
  agreePlan: (id, version) => call('appraisal.agreePlan', { id, version }),
  saveSelf: (input) => call('appraisal.saveSelf', input),
  submitSelf: (input) => call('appraisal.submitSelf', input),
  saveEvaluation: (input) => call('appraisal.saveEvaluation', input),
  submitEvaluation: (input) => call('appraisal.submitEvaluation', input),

  printable: (which) => isChannelName(which),
  // The print channels join the contract with the cycle's other printables; until then printable() is false
  // and no button calls this.
  print: (which, id, locale) => call(which as never, { id, locale } as never) as Promise<Result<FilePayload>>,
}));

onChange([...new Set(Object.values(SHOWS).flat())], async (changed) => {
  const shows = (part: keyof typeof SHOWS) =>
    changed.has('database') || SHOWS[part].some((e) => changed.has(e));
  const s = useAppraisalForms.getState();
  await Promise.all([
    shows('list') && s.list ? s.loadList() : null,
    shows('form') && s.formId ? s.loadForm(s.formId) : null,
  ]);
});
