import { create } from 'zustand';
import type { ClientPage } from '../../../shared/clients/types';
import type { ChannelInput } from '../../../shared/contract/channels';
import type { Entity } from '../../../shared/contract/entities';
import type { AppErrorShape, Result } from '../../../shared/contract/errors';
import type { FilePayload } from '../../../shared/contract/fields';
import {
  emptyContractFilter,
  type ContractFilter,
  type ContractOrder,
} from '../../../shared/contracts/channels';
import type {
  ContractAttachment,
  ContractDetail,
  ContractPage,
  ContractSource,
} from '../../../shared/contracts/types';
import { onChange } from '../api/changes';
import { call } from '../api/client';

/** The contracts list (filters, order and page as main applies them) and the open contract (/contracts/:id). */
interface ContractsState {
  filter: ContractFilter;
  order: ContractOrder;
  page: number;
  pageSize: number;
  data: ContractPage | null;
  loading: boolean;
  error: AppErrorShape | null;
  detail: ContractDetail | null;
  detailId: string | null;
  detailError: AppErrorShape | null;

  load(query?: {
    filter?: Partial<ContractFilter>;
    order?: ContractOrder;
    page?: number;
    pageSize?: number;
  }): Promise<void>;
  resetFilters(): Promise<void>;
  loadDetail(id: string | null): Promise<void>;
  sources(search: string | null): Promise<Result<ContractSource[]>>;
  /** Client files the user sees, for the blank contract and the list's client filter. */
  searchClients(search: string): Promise<Result<ClientPage>>;
  create(input: ChannelInput<'contracts.create'>): Promise<Result<ContractDetail>>;
  update(input: ChannelInput<'contracts.update'>): Promise<Result<ContractDetail>>;
  submit(input: ChannelInput<'contracts.submit'>): Promise<Result<ContractDetail>>;
  returnToDraft(input: ChannelInput<'contracts.returnToDraft'>): Promise<Result<ContractDetail>>;
  check(input: ChannelInput<'contracts.check'>): Promise<Result<ContractDetail>>;
  opine(input: ChannelInput<'contracts.opine'>): Promise<Result<ContractDetail>>;
  approve(input: ChannelInput<'contracts.approve'>): Promise<Result<ContractDetail>>;
  sign(input: ChannelInput<'contracts.sign'>): Promise<Result<ContractDetail>>;
  terminate(input: ChannelInput<'contracts.terminate'>): Promise<Result<ContractDetail>>;
  addMilestone(input: ChannelInput<'contracts.addMilestone'>): Promise<Result<ContractDetail>>;
  updateMilestone(input: ChannelInput<'contracts.updateMilestone'>): Promise<Result<ContractDetail>>;
  deleteMilestone(input: ChannelInput<'contracts.deleteMilestone'>): Promise<Result<ContractDetail>>;
  completeMilestone(input: ChannelInput<'contracts.completeMilestone'>): Promise<Result<ContractDetail>>;
  recordPayment(input: ChannelInput<'contracts.recordPayment'>): Promise<Result<ContractDetail>>;
  acknowledgeHandoff(input: ChannelInput<'contracts.acknowledgeHandoff'>): Promise<Result<ContractDetail>>;
  addAttachment(input: ChannelInput<'contracts.addAttachment'>): Promise<Result<ContractAttachment>>;
  deleteAttachment(id: string): Promise<Result<null>>;
  openAttachment(id: string): Promise<Result<FilePayload>>;
  printReview(input: ChannelInput<'contracts.printReview'>): Promise<Result<FilePayload>>;
  exportList(input: ChannelInput<'contracts.export'>): Promise<Result<FilePayload>>;
}

/** A contract's own changes, and the client files and transactions signing writes. */
const SHOWS: readonly Entity[] = ['contract', 'contractMilestone', 'contractHandoff', 'client'];
// Only the newest request of each kind may write its answer: typing a search fast sends several.
const latest = { list: 0, detail: 0 };

export const useContracts = create<ContractsState>((set, get) => ({
  filter: { ...emptyContractFilter },
  order: { sort: 'updated', direction: 'desc' },
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
    const order = query.order ?? s.order;
    const pageSize = query.pageSize ?? s.pageSize;
    const page = query.page ?? (query.filter || query.order ? 1 : s.page);
    set({ filter, order, page, pageSize, loading: true });
    const seq = ++latest.list;
    const r = await call('contracts.list', { ...filter, ...order, page, pageSize });
    if (seq !== latest.list) return;
    set(r.ok ? { data: r.data, loading: false, error: null } : { loading: false, error: r.error });
  },

  resetFilters: () => get().load({ filter: { ...emptyContractFilter } }),

  async loadDetail(id) {
    const seq = ++latest.detail;
    if (id === null) return set({ detailId: null, detail: null, detailError: null });
    const same = get().detailId === id;
    set({ detailId: id, ...(same ? {} : { detail: null, detailError: null }) });
    const r = await call('contracts.get', { id });
    if (seq !== latest.detail) return;
    set(r.ok ? { detail: r.data, detailError: null } : { detailError: r.error, detail: null });
  },

  sources: (search) => call('contracts.sources', { search }),
  searchClients: (search) => call('clients.list', { search, page: 1, pageSize: 20 }),
  create: (input) => call('contracts.create', input),
  update: (input) => call('contracts.update', input),
  submit: (input) => call('contracts.submit', input),
  returnToDraft: (input) => call('contracts.returnToDraft', input),
  check: (input) => call('contracts.check', input),
  opine: (input) => call('contracts.opine', input),
  approve: (input) => call('contracts.approve', input),
  sign: (input) => call('contracts.sign', input),
  terminate: (input) => call('contracts.terminate', input),
  addMilestone: (input) => call('contracts.addMilestone', input),
  updateMilestone: (input) => call('contracts.updateMilestone', input),
  deleteMilestone: (input) => call('contracts.deleteMilestone', input),
  completeMilestone: (input) => call('contracts.completeMilestone', input),
  recordPayment: (input) => call('contracts.recordPayment', input),
  acknowledgeHandoff: (input) => call('contracts.acknowledgeHandoff', input),
  addAttachment: (input) => call('contracts.addAttachment', input),
  deleteAttachment: (id) => call('contracts.deleteAttachment', { id }),
  openAttachment: (id) => call('contracts.openAttachment', { id }),
  printReview: (input) => call('contracts.printReview', input),
  exportList: (input) => call('contracts.export', input),
}));

onChange(SHOWS, async () => {
  const s = useContracts.getState();
  if (s.data) await s.load();
  if (s.detailId) await s.loadDetail(s.detailId);
});
