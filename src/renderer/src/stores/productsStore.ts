import { create } from 'zustand';
import type { ChannelInput } from '../../../shared/contract/channels';
import type { AppErrorShape, Result } from '../../../shared/contract/errors';
import { emptyProductFilter, type ProductFilter } from '../../../shared/pricing/channels';
import type { Product, ProductPage } from '../../../shared/pricing/types';
import { onChange } from '../api/changes';
import { call } from '../api/client';

/** The price system's list (filters and page as main applies them) and its create/edit calls. */
interface ProductsState {
  filter: ProductFilter;
  page: number;
  pageSize: number;
  data: ProductPage | null;
  loading: boolean;
  error: AppErrorShape | null;

  load(query?: { filter?: Partial<ProductFilter>; page?: number; pageSize?: number }): Promise<void>;
  resetFilters(): Promise<void>;
  create(input: ChannelInput<'pricing.createProduct'>): Promise<Result<Product>>;
  update(input: ChannelInput<'pricing.updateProduct'>): Promise<Result<Product>>;
}

// Only the newest list request may write its answer: typing a search fast sends several.
let latest = 0;

export const useProducts = create<ProductsState>((set, get) => ({
  filter: { ...emptyProductFilter },
  page: 1,
  pageSize: 50,
  data: null,
  loading: false,
  error: null,

  async load(query = {}) {
    const s = get();
    const filter = { ...s.filter, ...query.filter };
    const pageSize = query.pageSize ?? s.pageSize;
    const page = query.page ?? (query.filter ? 1 : s.page);
    set({ filter, page, pageSize, loading: true });
    const seq = ++latest;
    const r = await call('pricing.products', { ...filter, page, pageSize });
    if (seq !== latest) return;
    set(r.ok ? { data: r.data, loading: false, error: null } : { loading: false, error: r.error });
  },

  resetFilters: () => get().load({ filter: { ...emptyProductFilter } }),
  create: (input) => call('pricing.createProduct', input),
  update: (input) => call('pricing.updateProduct', input),
}));

onChange(['product'], async () => {
  if (useProducts.getState().data) await useProducts.getState().load();
});
