import type { Core } from '../../../src/main/core/createCore';
import type { Session } from '../../../src/main/core/session';
import type { ChannelInput } from '../../../src/shared/contract/channels';
import { FakeClock, makeCore, sessionFor, setUpDepartment, unwrap } from '../../support/core';

export { errorOf, fieldKeys } from '../service/support';

/**
 * A department for sales plan tests: in sales two staff and the lead; in market one staff member, the lead and a
 * deputy in charge of market; a deputy in charge of sales; the manager. The clock stands on 2026-11-27 (Q4).
 */
export interface Department {
  core: Core;
  clock: FakeClock;
  groups: Record<string, string>;
  manager: Session;
  salesA: Session;
  salesB: Session;
  salesLead: Session;
  salesDeputy: Session;
  marketC: Session;
  marketLead: Session;
  marketDeputy: Session;
}

export const staffIdOf = (s: Session): string => s.user!.staffId;

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
    // sessionFor puts a deputy in charge of the group it is given.
    salesDeputy: await sessionFor(core, manager, 'deputy', groups.sales!),
    marketC: await sessionFor(core, manager, 'staff', groups.market!),
    marketLead: await sessionFor(core, manager, 'group_lead', groups.market!),
    marketDeputy: await sessionFor(core, manager, 'deputy', groups.market!),
  };
}

export const Q4 = { periodKind: 'quarter', periodFrom: '2026-10-01' } as const;

/** A plan input: a person's (staffId) or a group's (groupId), Q4 2026 unless told otherwise. */
export const planOf = (
  who: { staffId?: string; groupId?: string },
  over: Partial<ChannelInput<'salesPlans.create'>> = {},
): ChannelInput<'salesPlans.create'> => ({
  ...Q4,
  staffId: who.staffId ?? null,
  groupId: who.groupId ?? null,
  revenueTargetFen: 1_000_000_00,
  profitTargetFen: 300_000_00,
  newClientsTarget: 4,
  strategy: null,
  actionPlan: null,
  ...over,
});

let clientSeq = 0;
/** A client file owned by the person, made by the manager with the given first status. */
export async function clientOf(
  d: Department,
  ownerId: string,
  status: 'potential' | 'customer' = 'potential',
) {
  return unwrap(
    await d.core.call('clients.create', { name: `计划测试客户${++clientSeq}`, ownerId, status }, d.manager),
  );
}

let contractSeq = 0;
/**
 * A contract row written straight into the table (the contracts domain is built elsewhere): signed on the
 * date given, in the status given, owned by the person and kept under the group.
 */
export async function contractRow(
  d: Department,
  c: {
    ownerId: string;
    groupId: string | null;
    amountFen: number;
    costFen: number | null;
    signedOn: string | null;
    status: 'draft' | 'signed' | 'executing' | 'completed' | 'terminated';
    deleted?: boolean;
  },
): Promise<void> {
  const client = await clientOf(d, c.ownerId);
  const n = ++contractSeq;
  d.core.store.db
    .prepare(
      `INSERT INTO contracts (id, code, title, client_id, owner_id, group_id, status, amount_fen, cost_fen, signed_on,
         terminated_on, terminated_reason, created_at, updated_at, deleted_at)
       VALUES (@id, @code, @title, @clientId, @ownerId, @groupId, @status, @amountFen, @costFen, @signedOn,
         @terminatedOn, @terminatedReason, @at, @at, @deletedAt)`,
    )
    .run({
      id: `00000000-0000-7000-8000-${String(n).padStart(12, '0')}`,
      code: `HT-2026-${String(n).padStart(4, '0')}`,
      title: `测试合同${n}`,
      clientId: client.id,
      ownerId: c.ownerId,
      groupId: c.groupId,
      status: c.status,
      amountFen: c.amountFen,
      costFen: c.costFen,
      signedOn: c.signedOn,
      terminatedOn: c.status === 'terminated' ? '2026-11-20' : null,
      terminatedReason: c.status === 'terminated' ? '客户撤回' : null,
      at: '2026-11-01T00:00:00.000Z',
      deletedAt: c.deleted ? '2026-11-02T00:00:00.000Z' : null,
    });
}
