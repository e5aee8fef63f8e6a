import type { Core } from '../../../src/main/core/createCore';
import type { Session } from '../../../src/main/core/session';
import type { ChannelInput } from '../../../src/shared/contract/channels';
import type { Opportunity } from '../../../src/shared/sales/types';
import { unwrap } from '../../support/core';
import { leadInput, updateOf } from '../../support/salesExamples';

export { department, staffIdOf, type Department } from '../clients/support';
export { errorOf, fieldKeys } from '../service/support';
export { FULL_RECORDS, opportunityAt, updateOf } from '../../support/salesExamples';

/** A new lead of `ownerId` for a new company, created by `as`. */
export async function newLead(
  core: Core,
  as: Session,
  ownerId: string,
  over: Partial<ChannelInput<'sales.create'>> = {},
): Promise<Opportunity> {
  return unwrap(await core.call('sales.create', { ...leadInput(ownerId), ...over }, as));
}

export const readOpportunity = async (core: Core, as: Session, id: string) =>
  unwrap(await core.call('sales.get', { id }, as));

/** Records on the opportunity (as `as`), the rest as it was. */
export async function record(
  core: Core,
  as: Session,
  o: Opportunity,
  patch: Partial<ChannelInput<'sales.update'>>,
): Promise<Opportunity> {
  return unwrap(await core.call('sales.update', updateOf(o, patch), as));
}

export const moveTo = (
  core: Core,
  as: Session,
  o: Opportunity,
  to: Opportunity['stage'],
  extra: object = {},
) => core.call('sales.move', { id: o.id, version: o.version, to, ...extra }, as);
