import type { Core } from '../../../src/main/core/createCore';
import type { Session } from '../../../src/main/core/session';
import type { FloorPriceAudience } from '../../../src/shared/sales/settings';
import { FakeClock, makeCore, sessionFor, setUpDepartment, unwrap } from '../../support/core';

export { errorOf, fieldKeys } from '../service/support';

/**
 * A department for price system tests: in sales two staff and the lead, in market one staff member, the lead
 * and a deputy in charge of market; the manager. Every session logged in.
 */
export interface Department {
  core: Core;
  clock: FakeClock;
  groups: Record<string, string>;
  manager: Session;
  salesA: Session;
  salesB: Session;
  salesLead: Session;
  marketC: Session;
  marketLead: Session;
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
    salesLead: await sessionFor(core, manager, 'group_lead', groups.sales!),
    marketC: await sessionFor(core, manager, 'staff', groups.market!),
    marketLead: await sessionFor(core, manager, 'group_lead', groups.market!),
    marketDeputy: await sessionFor(core, manager, 'deputy', groups.market!),
  };
}

let n = 0;
/** A client file owned by the session's person. */
export async function clientOf(d: Department, owner: Session): Promise<string> {
  n++;
  return unwrap(
    await d.core.call(
      'clients.create',
      { name: `报价测试客户${n}`, industry: '制造业', ownerId: owner.user!.staffId },
      d.manager,
    ),
  ).id;
}

/** Sets who sees floor prices. */
export async function setAudience(d: Department, audience: FloorPriceAudience): Promise<void> {
  const { settings, version } = unwrap(await d.core.call('settings.get', {}, d.manager));
  if (settings.salesFloorPriceAudience === audience) return;
  unwrap(
    await d.core.call(
      'settings.update',
      { version, settings: { ...settings, salesFloorPriceAudience: audience } },
      d.manager,
    ),
  );
}
