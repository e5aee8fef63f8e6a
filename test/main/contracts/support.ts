import type { Core } from '../../../src/main/core/createCore';
import type { Session } from '../../../src/main/core/session';
import type { AppErrorShape, Result } from '../../../src/shared/contract/errors';
import { FakeClock, makeCore, sessionFor, setUpDepartment } from '../../support/core';

/**
 * A department for the contract tests: in sales an owner, a colleague and their lead; a deputy in charge of
 * sales; in market a lead and a staff member; in customer service a person who follows deliveries; the manager.
 */
export interface ContractDepartment {
  core: Core;
  clock: FakeClock;
  groups: Record<string, string>;
  manager: Session;
  deputy: Session;
  salesLead: Session;
  owner: Session;
  colleague: Session;
  marketLead: Session;
  marketStaff: Session;
  serviceStaff: Session;
}

export async function contractDepartment(
  options: Parameters<typeof makeCore>[0] = {},
): Promise<ContractDepartment> {
  const clock = new FakeClock();
  const core = await makeCore({ clock, ...options });
  const { manager, groups } = await setUpDepartment(core);
  const sales = groups.sales!;
  const market = groups.market!;
  const service = groups.service!;
  return {
    core,
    clock,
    groups,
    manager,
    deputy: await sessionFor(core, manager, 'deputy', sales),
    salesLead: await sessionFor(core, manager, 'group_lead', sales),
    owner: await sessionFor(core, manager, 'staff', sales),
    colleague: await sessionFor(core, manager, 'staff', sales),
    marketLead: await sessionFor(core, manager, 'group_lead', market),
    marketStaff: await sessionFor(core, manager, 'staff', market),
    serviceStaff: await sessionFor(core, manager, 'staff', service),
  };
}

export const staffOf = (s: Session): string => s.user!.staffId;

export function errorOf(r: Result<unknown>): AppErrorShape {
  if (r.ok) throw new Error('expected a refusal');
  return r.error;
}
