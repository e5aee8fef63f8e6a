import type { Core } from '../../../src/main/core/createCore';
import type { Session } from '../../../src/main/core/session';
import type { ChannelInput } from '../../../src/shared/contract/channels';
import type { AppErrorShape, Result } from '../../../src/shared/contract/errors';
import type { TicketDetail, TicketKind, TicketStatus } from '../../../src/shared/service/types';
import { unwrap } from '../../support/core';
import { ticketAt, ticketInput } from '../../support/ticketFlow';

export { department, staffIdOf, type Department } from '../clients/support';

/** A new ticket registered by `as`, handled by `handlerId`, with whatever fields the test sets. */
export async function newTicket(
  core: Core,
  as: Session,
  handlerId: string,
  over: Partial<ChannelInput<'service.create'>> = {},
): Promise<TicketDetail> {
  return unwrap(await core.call('service.create', ticketInput(handlerId, over), as));
}

/** A ticket taken to `status` by `as` (who must work on it). */
export const ticketAtStep = (
  core: Core,
  as: Session,
  handlerId: string,
  kind: TicketKind,
  status: TicketStatus,
  over: Partial<ChannelInput<'service.create'>> = {},
): Promise<TicketDetail> => ticketAt(core, as, handlerId, kind, status, over);

export const readTicket = async (core: Core, as: Session, id: string): Promise<TicketDetail> =>
  unwrap(await core.call('service.get', { id }, as));

/** The ids of the list as `as` sees it with these filters (sorted, for comparing sets). */
export async function listedIds(
  core: Core,
  as: Session,
  filter: Partial<ChannelInput<'service.list'>> = {},
): Promise<string[]> {
  return unwrap(await core.call('service.list', { scope: 'all', pageSize: 500, ...filter }, as))
    .rows.map((r) => r.id)
    .sort();
}

/** The refusal of a call that must fail (a failure of the test when it succeeded). */
export function errorOf(r: Result<unknown>): AppErrorShape {
  if (r.ok) throw new Error('expected a refusal, the call succeeded');
  return r.error;
}

/** The translation key of each field error of a refusal. */
export const fieldKeys = (r: Result<unknown>): Record<string, string> =>
  Object.fromEntries(Object.entries(errorOf(r).fields ?? {}).map(([f, e]) => [f, e.key]));
