import { create } from 'zustand';
import type { ChannelInput } from '../../../shared/contract/channels';
import type { Entity } from '../../../shared/contract/entities';
import type { AppErrorShape, Result } from '../../../shared/contract/errors';
import type { FilePayload, Locale } from '../../../shared/contract/fields';
import type { CallerMatch, TicketAction, TicketDetail } from '../../../shared/service/types';
import { onChange } from '../api/changes';
import { call } from '../api/client';

/** The open ticket (/service/:id): its record, actions and timeline, and every move made on it. */
interface TicketState {
  detail: TicketDetail | null;
  detailId: string | null;
  loading: boolean;
  error: AppErrorShape | null;

  load(id: string): Promise<void>;

  update(input: ChannelInput<'service.update'>): Promise<Result<TicketDetail>>;
  assign(input: ChannelInput<'service.assign'>): Promise<Result<TicketDetail>>;
  startInvestigation(input: ChannelInput<'service.startInvestigation'>): Promise<Result<TicketDetail>>;
  saveInvestigation(input: ChannelInput<'service.saveInvestigation'>): Promise<Result<TicketDetail>>;
  startResolving(input: ChannelInput<'service.startResolving'>): Promise<Result<TicketDetail>>;
  resolve(input: ChannelInput<'service.resolve'>): Promise<Result<TicketDetail>>;
  answer(input: ChannelInput<'service.answer'>): Promise<Result<TicketDetail>>;
  close(input: ChannelInput<'service.close'>): Promise<Result<TicketDetail>>;
  reopen(input: ChannelInput<'service.reopen'>): Promise<Result<TicketDetail>>;
  convert(input: ChannelInput<'service.convert'>): Promise<Result<TicketDetail>>;

  addAction(input: ChannelInput<'service.addAction'>): Promise<Result<TicketAction>>;
  updateAction(input: ChannelInput<'service.updateAction'>): Promise<Result<TicketAction>>;
  completeAction(input: ChannelInput<'service.completeAction'>): Promise<Result<TicketAction>>;
  deleteAction(input: ChannelInput<'service.deleteAction'>): Promise<Result<null>>;

  /** The editor's client picker (same search as the intake form). */
  findClients(search: string): Promise<Result<CallerMatch[]>>;
  /** The complaint handling form (投诉处理单) as PDF. */
  printForm(id: string, locale: Locale): Promise<Result<FilePayload>>;
}

/** The detail shows the ticket, its actions, the handler's and the client file's names. */
const SHOWS = ['ticket', 'ticketAction', 'staff', 'group', 'client', 'contact'] as const;

let latest = 0;

export const useTicket = create<TicketState>((set, get) => {
  /** A move answers the ticket as it now is: shown at once (the change event reloads it too). */
  const move =
    <I>(run: (input: I) => Promise<Result<TicketDetail>>) =>
    async (input: I): Promise<Result<TicketDetail>> => {
      const r = await run(input);
      if (r.ok && get().detailId === r.data.id) {
        latest++;
        set({ detail: r.data, error: null, loading: false });
      }
      return r;
    };

  return {
    detail: null,
    detailId: null,
    loading: false,
    error: null,

    async load(id) {
      const seq = ++latest;
      const same = get().detailId === id;
      set({ detailId: id, loading: true, ...(same ? {} : { detail: null, error: null }) });
      const r = await call('service.get', { id });
      if (seq !== latest) return;
      set(
        r.ok
          ? { detail: r.data, loading: false, error: null }
          : { loading: false, error: r.error, ...(same ? {} : { detail: null }) },
      );
    },

    update: move((input) => call('service.update', input)),
    assign: move((input) => call('service.assign', input)),
    startInvestigation: move((input) => call('service.startInvestigation', input)),
    saveInvestigation: move((input) => call('service.saveInvestigation', input)),
    startResolving: move((input) => call('service.startResolving', input)),
    resolve: move((input) => call('service.resolve', input)),
    answer: move((input) => call('service.answer', input)),
    close: move((input) => call('service.close', input)),
    reopen: move((input) => call('service.reopen', input)),
    convert: move((input) => call('service.convert', input)),

    addAction: (input) => call('service.addAction', input),
    updateAction: (input) => call('service.updateAction', input),
    completeAction: (input) => call('service.completeAction', input),
    deleteAction: (input) => call('service.deleteAction', input),

    findClients: (search) => call('service.findClients', { search }),
    printForm: (id, locale) => call('service.printForm', { id, locale }),
  };
});

// Another person signs in: the last one's open ticket is not theirs to see.
onChange(['session'], (changed) => {
  if (!changed.has('session')) return;
  latest++;
  useTicket.setState({ detail: null, detailId: null, loading: false, error: null });
});

onChange([...SHOWS], async (changed: ReadonlySet<Entity>) => {
  const { detailId, load } = useTicket.getState();
  if (detailId && (changed.has('database') || SHOWS.some((e) => changed.has(e)))) await load(detailId);
});
