import { create } from 'zustand';
import type { ChannelInput } from '../../../shared/contract/channels';
import type { Entity } from '../../../shared/contract/entities';
import type { AppErrorShape, Result } from '../../../shared/contract/errors';
import type { FilePayload } from '../../../shared/contract/fields';
import type { Staff } from '../../../shared/org/types';
import { emptyTicketFilter, type TicketFilter } from '../../../shared/service/channels';
import type {
  CallerMatch,
  ClientTicketFigures,
  TicketDetail,
  TicketPage,
  TicketSortField,
} from '../../../shared/service/types';
import { onChange } from '../api/changes';
import { call } from '../api/client';

/** The service desk's ticket list: scope, filters, order and page as main applies them. */
export interface TicketListState {
  filter: TicketFilter;
  sort: TicketSortField;
  order: 'asc' | 'desc';
  page: number;
  pageSize: number;
  /** The last answer; kept on screen while the next one loads. */
  data: TicketPage | null;
  loading: boolean;
  error: AppErrorShape | null;
}

export interface TicketListQuery {
  filter?: Partial<TicketFilter>;
  sort?: TicketSortField;
  order?: 'asc' | 'desc';
  page?: number;
  pageSize?: number;
}

/** One client file's tickets (the file's Tickets tab) and its figures (the tab's label). */
export interface ClientTicketsState {
  clientId: string | null;
  figures: ClientTicketFigures | null;
  page: number;
  pageSize: number;
  data: TicketPage | null;
  loading: boolean;
  error: AppErrorShape | null;
}

const CLIENT_TICKETS_PAGE_SIZE = 10;

const newList = (): TicketListState => ({
  filter: { ...emptyTicketFilter },
  sort: 'receivedAt',
  order: 'desc',
  page: 1,
  pageSize: 20,
  data: null,
  loading: false,
  error: null,
});

const newClientTickets = (): ClientTicketsState => ({
  clientId: null,
  figures: null,
  page: 1,
  pageSize: CLIENT_TICKETS_PAGE_SIZE,
  data: null,
  loading: false,
  error: null,
});

interface ServiceState {
  list: TicketListState;
  clientTickets: ClientTicketsState;
  /**
   * The people a ticket can be handed to: active staff (on leave or left cannot take one). Its own list, not
   * the org store's, which follows the Staff screen's search and filters.
   */
  handlers: Staff[];

  loadHandlers(): Promise<void>;
  loadList(query?: TicketListQuery): Promise<void>;
  /** Back to no filters, keeping the scope the user chose (mine / group / all). */
  resetFilters(): Promise<void>;
  /** The tickets of one client file, page by page; the figures come with the first page. */
  loadClientTickets(clientId: string, page?: number): Promise<void>;

  /** Caller ID: the client files and contacts a phone number belongs to. */
  lookupCaller(phone: string): Promise<Result<CallerMatch[]>>;
  /** The intake picker: client files by name, code or phone, with their contacts. */
  findClients(search: string): Promise<Result<CallerMatch[]>>;
  createTicket(input: ChannelInput<'service.create'>): Promise<Result<TicketDetail>>;
  exportList(input: ChannelInput<'service.export'>): Promise<Result<FilePayload>>;

  /** Reloads whatever is on screen and shows one of these kinds of record (change events). */
  reloadShown(changed: ReadonlySet<Entity>): Promise<void>;
}

/** Rows show tickets, their handlers (staff) and the client files' names. */
const SHOWS = ['ticket', 'ticketAction', 'staff', 'group', 'client', 'contact', 'settings'] as const;

// Only the newest request of each kind may write its answer: typing a search fast sends several.
const latest = { list: 0, client: 0 };

export const useService = create<ServiceState>((set, get) => ({
  list: newList(),
  clientTickets: newClientTickets(),
  handlers: [],

  async loadHandlers() {
    const r = await call('org.staff.list', { search: null, groupId: null, status: 'active' });
    if (r.ok) set({ handlers: r.data });
  },

  async loadList(query = {}) {
    const current = get().list;
    const next = {
      filter: { ...current.filter, ...query.filter },
      sort: query.sort ?? current.sort,
      order: query.order ?? current.order,
      pageSize: query.pageSize ?? current.pageSize,
      // A new filter starts again from the first page.
      page: query.page ?? (query.filter ? 1 : current.page),
    };
    set({ list: { ...current, ...next, loading: true } });
    const seq = ++latest.list;
    const { filter, sort, order, page, pageSize } = next;
    const r = await call('service.list', { ...filter, sort, order, page, pageSize });
    if (seq !== latest.list) return;
    set((s) => ({
      list: r.ok
        ? { ...s.list, data: r.data, loading: false, error: null }
        : { ...s.list, loading: false, error: r.error },
    }));
  },

  resetFilters() {
    const { scope } = get().list.filter;
    return get().loadList({ filter: { ...emptyTicketFilter, scope } });
  },

  async loadClientTickets(clientId, page) {
    const current = get().clientTickets;
    const same = current.clientId === clientId;
    const base = same ? current : { ...newClientTickets(), clientId };
    const nextPage = page ?? base.page;
    set({ clientTickets: { ...base, page: nextPage, loading: true } });
    const seq = ++latest.client;
    // A client's tickets are everything the user may see of that file, whoever handles them.
    const [list, figures] = await Promise.all([
      call('service.list', {
        ...emptyTicketFilter,
        scope: 'all',
        clientId,
        sort: 'receivedAt',
        order: 'desc',
        page: nextPage,
        pageSize: base.pageSize,
      }),
      call('service.clientFigures', { clientId }),
    ]);
    if (seq !== latest.client) return;
    set((s) => ({
      clientTickets: {
        ...s.clientTickets,
        data: list.ok ? list.data : s.clientTickets.data,
        figures: figures.ok ? figures.data : s.clientTickets.figures,
        loading: false,
        error: !list.ok ? list.error : !figures.ok ? figures.error : null,
      },
    }));
  },

  lookupCaller: (phone) => call('service.lookupCaller', { phone }),
  findClients: (search) => call('service.findClients', { search }),
  createTicket: (input) => call('service.create', input),
  exportList: (input) => call('service.export', input),

  async reloadShown(changed) {
    if (!changed.has('database') && !SHOWS.some((e) => changed.has(e))) return;
    const s = get();
    const jobs: Promise<void>[] = [];
    if (s.list.data) jobs.push(s.loadList());
    if (s.clientTickets.clientId) jobs.push(s.loadClientTickets(s.clientTickets.clientId));
    if (s.handlers.length && (changed.has('staff') || changed.has('database'))) jobs.push(s.loadHandlers());
    await Promise.all(jobs);
  },
}));

onChange([...SHOWS], (changed) => useService.getState().reloadShown(changed));

// Another person signs in: nothing of the last one's desk (their scope, filters, rows) carries over.
onChange(['session'], (changed) => {
  if (!changed.has('session')) return;
  latest.list++;
  latest.client++;
  useService.setState({ list: newList(), clientTickets: newClientTickets(), handlers: [] });
});
