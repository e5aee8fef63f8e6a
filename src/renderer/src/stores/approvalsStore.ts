import { create } from 'zustand';
import type { ChannelInput } from '../../../shared/contract/channels';
import type { Entity } from '../../../shared/contract/entities';
import type { AppErrorShape, Result } from '../../../shared/contract/errors';
import type { Approval, ApprovalPage, ApprovalStatus } from '../../../shared/approvals/types';
import { onChange } from '../api/changes';
import { call } from '../api/client';

interface ApprovalsState {
  statuses: ApprovalStatus[];
  page: number;
  pageSize: number;
  data: ApprovalPage | null;
  loading: boolean;
  error: AppErrorShape | null;
  load(query?: { statuses?: ApprovalStatus[]; page?: number; pageSize?: number }): Promise<void>;
  decide(input: ChannelInput<'approvals.decide'>): Promise<Result<Approval>>;
}

/** A decision changes its subject (a risk's acceptance …), and a subject's change may ask anew. */
const SHOWS: readonly Entity[] = ['approval', 'risk', 'staff'];
let latest = 0;

export const useApprovals = create<ApprovalsState>((set, get) => ({
  statuses: ['pending'],
  page: 1,
  pageSize: 20,
  data: null,
  loading: false,
  error: null,

  async load(query = {}) {
    const s = get();
    const statuses = query.statuses ?? s.statuses;
    const page = query.statuses ? 1 : (query.page ?? s.page);
    const pageSize = query.pageSize ?? s.pageSize;
    set({ statuses, page, pageSize, loading: true });
    const seq = ++latest;
    const r = await call('approvals.list', { statuses, page, pageSize });
    if (seq !== latest) return;
    set(r.ok ? { data: r.data, loading: false, error: null } : { loading: false, error: r.error });
  },

  decide: (input) => call('approvals.decide', input),
}));

onChange(SHOWS, async () => {
  if (useApprovals.getState().data) await useApprovals.getState().load();
});
