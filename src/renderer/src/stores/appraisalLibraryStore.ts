import { create } from 'zustand';
import type { AppraisalIndicator } from '../../../shared/appraisal/indicators';
import type { AppraisalTemplate } from '../../../shared/appraisal/templates';
import type { ChannelInput } from '../../../shared/contract/channels';
import type { Entity } from '../../../shared/contract/entities';
import type { AppErrorShape, Result } from '../../../shared/contract/errors';
import type { Group } from '../../../shared/org/types';
import { onChange } from '../api/changes';
import { call } from '../api/client';

interface AppraisalLibraryState {
  /** Every indicator, retired ones too (the screen hides them unless asked). */
  indicators: AppraisalIndicator[];
  templates: AppraisalTemplate[];
  /** The groups a template can be for. */
  groups: Group[];
  loaded: boolean;
  loading: boolean;
  error: AppErrorShape | null;

  load(): Promise<void>;
  createIndicator(input: ChannelInput<'appraisal.createIndicator'>): Promise<Result<AppraisalIndicator>>;
  updateIndicator(input: ChannelInput<'appraisal.updateIndicator'>): Promise<Result<AppraisalIndicator>>;
  setIndicatorActive(
    input: ChannelInput<'appraisal.setIndicatorActive'>,
  ): Promise<Result<AppraisalIndicator>>;
  createTemplate(input: ChannelInput<'appraisal.createTemplate'>): Promise<Result<AppraisalTemplate>>;
  updateTemplate(input: ChannelInput<'appraisal.updateTemplate'>): Promise<Result<AppraisalTemplate>>;
  setTemplateActive(input: ChannelInput<'appraisal.setTemplateActive'>): Promise<Result<AppraisalTemplate>>;
}

// A template shows its indicators' names and its group's: a change to either shows on it.
const SHOWS: readonly Entity[] = ['appraisalIndicator', 'appraisalTemplate', 'group'];

let seq = 0;

export const useAppraisalLibrary = create<AppraisalLibraryState>((set) => ({
  indicators: [],
  templates: [],
  groups: [],
  loaded: false,
  loading: false,
  error: null,

  async load() {
    set({ loading: true });
    const mine = ++seq;
    const [indicators, templates, groups] = await Promise.all([
      call('appraisal.listIndicators', { includeInactive: true }),
      call('appraisal.listTemplates', { includeInactive: true }),
      call('org.groups.list', { includeInactive: true }),
    ]);
    if (mine !== seq) return;
    const failed = [indicators, templates, groups].find((r) => !r.ok);
    set({
      indicators: indicators.ok ? indicators.data : [],
      templates: templates.ok ? templates.data : [],
      groups: groups.ok ? groups.data : [],
      loaded: true,
      loading: false,
      error: failed && !failed.ok ? failed.error : null,
    });
  },

  createIndicator: (input) => call('appraisal.createIndicator', input),
  updateIndicator: (input) => call('appraisal.updateIndicator', input),
  setIndicatorActive: (input) => call('appraisal.setIndicatorActive', input),
  createTemplate: (input) => call('appraisal.createTemplate', input),
  updateTemplate: (input) => call('appraisal.updateTemplate', input),
  setTemplateActive: (input) => call('appraisal.setTemplateActive', input),
}));

onChange(SHOWS, async () => {
  if (useAppraisalLibrary.getState().loaded) await useAppraisalLibrary.getState().load();
});
