import type { Core } from '../../../src/main/core/createCore';
import type { Session } from '../../../src/main/core/session';
import type { ChannelInput } from '../../../src/shared/contract/channels';
import type { Risk, RiskDetail } from '../../../src/shared/risk/types';
import { unwrap } from '../../support/core';

export { department, staffIdOf, type Department } from '../clients/support';
export { errorOf, fieldKeys } from '../service/support';

/** A new risk identified by `as` for `ownerId` (assessed at once when the test gives likelihood and impact). */
export async function newRisk(
  core: Core,
  as: Session,
  ownerId: string,
  over: Partial<ChannelInput<'risk.create'>> = {},
): Promise<Risk> {
  return unwrap(
    await core.call(
      'risk.create',
      { title: '大客户回款延迟', category: 'credit', ownerId, identifiedOn: '2026-11-20', ...over },
      as,
    ),
  );
}

export const readRisk = async (core: Core, as: Session, id: string): Promise<RiskDetail> =>
  unwrap(await core.call('risk.get', { id }, as));

export const ref = (r: { id: string; version: number }) => ({ id: r.id, version: r.version });

/** The ids of the register as `as` sees it with these filters, sorted. */
export async function listedRiskIds(
  core: Core,
  as: Session,
  filter: Partial<ChannelInput<'risk.list'>> = {},
): Promise<string[]> {
  return unwrap(await core.call('risk.list', { pageSize: 500, ...filter }, as))
    .items.map((r) => r.id)
    .sort();
}
