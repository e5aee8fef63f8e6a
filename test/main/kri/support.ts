import type { Core } from '../../../src/main/core/createCore';
import type { Session } from '../../../src/main/core/session';
import type { ChannelInput } from '../../../src/shared/contract/channels';
import type { Kri, KriDetail } from '../../../src/shared/kri/types';
import { unwrap } from '../../support/core';

export { department, staffIdOf, type Department } from '../clients/support';

/** An indicator's fields: complaints per month typed in by hand, warning at 10, alarm at 20. */
export const kriFields = (
  ownerId: string,
  fields: Partial<ChannelInput<'kri.create'>> = {},
): ChannelInput<'kri.create'> => ({
  name: '月度客户投诉数',
  description: '每月受理的客户投诉件数',
  unit: '件',
  direction: 'higher_worse',
  warningThreshold: 10,
  alarmThreshold: 20,
  riskId: null,
  ownerId,
  frequency: 'monthly',
  source: 'manual',
  active: true,
  ...fields,
});

export async function makeKri(
  core: Core,
  as: Session,
  ownerId: string,
  fields: Partial<ChannelInput<'kri.create'>> = {},
): Promise<Kri> {
  return unwrap(await core.call('kri.create', kriFields(ownerId, fields), as));
}

export async function kriDetail(core: Core, as: Session, id: string): Promise<KriDetail> {
  return unwrap(await core.call('kri.get', { id }, as));
}

/** The update input that keeps everything as it is, with `fields` changed. */
export const kriUpdateOf = (
  k: Kri,
  fields: Partial<ChannelInput<'kri.update'>> = {},
): ChannelInput<'kri.update'> => ({
  id: k.id,
  version: k.version,
  name: k.name,
  description: k.description,
  unit: k.unit,
  direction: k.direction,
  warningThreshold: k.warningThreshold,
  alarmThreshold: k.alarmThreshold,
  riskId: k.riskId,
  ownerId: k.ownerId,
  frequency: k.frequency,
  source: k.source,
  active: k.active,
  ...fields,
});

/** China midnight of a calendar day plus `hours`, as the ISO instant the app stores. */
export const chinaTime = (date: string, hours = 0): string =>
  new Date(Date.parse(`${date}T00:00:00+08:00`) + hours * 3_600_000).toISOString();
