import type { Core } from '../../../src/main/core/createCore';
import type { Session } from '../../../src/main/core/session';
import type { ChannelInput } from '../../../src/shared/contract/channels';
import type { ImprovementMeasure } from '../../../src/shared/improvement/types';
import type { TicketDetail } from '../../../src/shared/service/types';
import { unwrap } from '../../support/core';
import { ticketInput } from '../../support/ticketFlow';

export { department, makeClient, staffIdOf, type Department } from '../clients/support';

/** A measure's fields: a delivery measure owned by `ownerId`, due at the end of the year. */
export const measureFields = (
  ownerId: string,
  fields: Partial<ChannelInput<'improvement.create'>> = {},
): ChannelInput<'improvement.create'> => ({
  title: '发货前增加包装检查',
  description: '仓库出库前由质检抽检包装',
  source: 'statistics',
  causeCategory: 'delivery',
  ownerId,
  dueDate: '2026-12-31',
  ...fields,
});

export async function makeMeasure(
  core: Core,
  as: Session,
  ownerId: string,
  fields: Partial<ChannelInput<'improvement.create'>> = {},
): Promise<ImprovementMeasure> {
  return unwrap(await core.call('improvement.create', measureFields(ownerId, fields), as));
}

/** The update input that keeps everything as it is, with `fields` changed. */
export const updateOf = (
  m: ImprovementMeasure,
  fields: Partial<ChannelInput<'improvement.update'>> = {},
): ChannelInput<'improvement.update'> => ({
  id: m.id,
  version: m.version,
  title: m.title,
  description: m.description,
  source: m.source,
  sourceTicketId: m.sourceTicketId,
  causeCategory: m.causeCategory,
  ownerId: m.ownerId!,
  dueDate: m.dueDate,
  ...fields,
});

/** China midnight of a calendar day, as the ISO instant tickets are stamped with. */
export const chinaMidnight = (date: string): string =>
  new Date(Date.parse(`${date}T00:00:00+08:00`)).toISOString();

/** A ticket registered at the desk by `as`, handled by `handlerId`: an unknown caller's complaint unless `over` says. */
export async function fileTicket(
  core: Core,
  as: Session,
  handlerId: string,
  over: Partial<ChannelInput<'service.create'>> = {},
): Promise<TicketDetail> {
  return unwrap(await core.call('service.create', ticketInput(handlerId, over), as));
}
