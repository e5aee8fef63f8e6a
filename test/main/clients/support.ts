import type { Core } from '../../../src/main/core/createCore';
import type { Session } from '../../../src/main/core/session';
import type { ChannelInput } from '../../../src/shared/contract/channels';
import type { Client } from '../../../src/shared/clients/types';
import { FakeClock, makeCore, sessionFor, setUpDepartment, unwrap } from '../../support/core';

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** A valid 统一社会信用代码 for `n`: 17 characters and the GB 32100 check character, computed here independently. */
export function creditCode(n: number): string {
  const body = `91310000MA${String(n).padStart(7, '0')}`;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ALPHABET.indexOf(body[i]!) * WEIGHTS[i]!;
  return body + ALPHABET[(31 - (sum % 31)) % 31]!;
}

/**
 * A department for client tests: the three rulebook groups, two staff in sales and one in market, the sales
 * lead, a deputy in charge of market, and the manager; every session logged in.
 */
export interface Department {
  core: Core;
  clock: FakeClock;
  groups: Record<string, string>;
  manager: Session;
  salesA: Session;
  salesB: Session;
  marketC: Session;
  salesLead: Session;
  marketDeputy: Session;
}

export async function department(): Promise<Department> {
  const clock = new FakeClock();
  const core = await makeCore({ clock });
  const { manager, groups } = await setUpDepartment(core);
  return {
    core,
    clock,
    groups,
    manager,
    salesA: await sessionFor(core, manager, 'staff', groups.sales!),
    salesB: await sessionFor(core, manager, 'staff', groups.sales!),
    marketC: await sessionFor(core, manager, 'staff', groups.market!),
    salesLead: await sessionFor(core, manager, 'group_lead', groups.sales!),
    // sessionFor puts a deputy in charge of the group it is given.
    marketDeputy: await sessionFor(core, manager, 'deputy', groups.market!),
  };
}

export const staffIdOf = (s: Session): string => s.user!.staffId;

/** A client created by `as` (null owner: their own), with whatever fields the test sets. */
export async function makeClient(
  core: Core,
  as: Session,
  fields: Partial<ChannelInput<'clients.create'>> & { name: string },
): Promise<Client> {
  return unwrap(await core.call('clients.create', fields, as));
}

export { clientUpdateInput as updateInput } from '../../support/clientInputs';

export async function listIds(
  core: Core,
  as: Session,
  filter: Partial<ChannelInput<'clients.list'>> = {},
): Promise<string[]> {
  return unwrap(await core.call('clients.list', { pageSize: 500, ...filter }, as)).rows.map((r) => r.id);
}
