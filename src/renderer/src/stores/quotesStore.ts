import { create } from 'zustand';
import type { ChannelInput } from '../../../shared/contract/channels';
import type { AppErrorShape, Result } from '../../../shared/contract/errors';
import type { FilePayload } from '../../../shared/contract/fields';
import { emptyQuoteFilter, type QuoteFilter } from '../../../shared/pricing/channels';
import type { ProductPage, Quote, QuoteOpportunityOption, QuotePage } from '../../../shared/pricing/types';
import { onChange } from '../api/changes';
import { call } from '../api/client';

/** The quotes list (filters, sort and page as main applies them) and the open quote (/quotes/:id). */
interface QuotesState {
  filter: QuoteFilter;
  page: number;
  pageSize: number;
  data: QuotePage | null;
  loading: boolean;
  error: AppErrorShape | null;
  detail: Quote | null;
  detailId: string | null;
  detailError: AppErrorShape | null;

  load(query?: { filter?: Partial<QuoteFilter>; page?: number; pageSize?: number }): Promise<void>;
  resetFilters(): Promise<void>;
  loadDetail(id: string | null): Promise<void>;
  /** The products on offer on the quote's date, for the lines' picker. */
  offered(on: string): Promise<Result<ProductPage>>;
  opportunities(clientId: string): Promise<Result<QuoteOpportunityOption[]>>;
  create(input: ChannelInput<'quotes.create'>): Promise<Result<Quote>>;
  update(input: ChannelInput<'quotes.update'>): Promise<Result<Quote>>;
  submit(input: ChannelInput<'quotes.submit'>): Promise<Result<Quote>>;
  mark(to: 'sent' | 'accepted' | 'declined', input: ChannelInput<'quotes.markSent'>): Promise<Result<Quote>>;
  print(input: ChannelInput<'quotes.print'>): Promise<Result<FilePayload>>;
  exportList(input: ChannelInput<'quotes.export'>): Promise<Result<FilePayload>>;
}

const MARK_CHANNELS = {
  sent: 'quotes.markSent',
  accepted: 'quotes.markAccepted',
  declined: 'quotes.markDeclined',
} as const;

const latest = { list: 0, detail: 0 };

export const useQuotes = create<QuotesState>((set, get) => ({
  filter: { ...emptyQuoteFilter },
  page: 1,
  pageSize: 20,
  data: null,
  loading: false,
  error: null,
  detail: null,
  detailId: null,
  detailError: null,

  async load(query = {}) {
    const s = get();
    const filter = { ...s.filter, ...query.filter };
    const pageSize = query.pageSize ?? s.pageSize;
    const page = query.page ?? (query.filter ? 1 : s.page);
    set({ filter, page, pageSize, loading: true });
    const seq = ++latest.list;
    const r = await call('quotes.list', { ...filter, page, pageSize });
    if (seq !== latest.list) return;
    set(r.ok ? { data: r.data, loading: false, error: null } : { loading: false, error: r.error });
  },

  resetFilters: () => get().load({ filter: { ...emptyQuoteFilter } }),

  async loadDetail(id) {
    const seq = ++latest.detail;
    if (id === null) return set({ detailId: null, detail: null, detailError: null });
    const same = get().detailId === id;
    set({ detailId: id, ...(same ? {} : { detail: null, detailError: null }) });
    const r = await call('quotes.get', { id });
    if (seq !== latest.detail) return;
    set(r.ok ? { detail: r.data, detailError: null } : { detailError: r.error, detail: null });
  },

  offered: (on) =>
    call('pricing.products', { search: null, kinds: [], offeredOn: on, page: 1, pageSize: 500 }),
  opportunities: (clientId) => call('quotes.opportunities', { clientId }),
  create: (input) => call('quotes.create', input),
  update: (input) => call('quotes.update', input),
  submit: (input) => call('quotes.submit', input),
  mark: (to, input) => call(MARK_CHANNELS[to], input),
  print: (input) => call('quotes.print', input),
  exportList: (input) => call('quotes.export', input),
}));

// A decision on the Approvals screen changes the quote too.
onChange(['quote', 'approval'], async () => {
  const s = useQuotes.getState();
  if (s.data) await s.load();
  if (s.detailId) await s.loadDetail(s.detailId);
});
