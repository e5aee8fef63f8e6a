import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unwrap } from '../../support/core';
import { clientOf, contractRow, department, planOf, staffIdOf, type Department } from './support';

/**
 * A plan's actuals over its period: revenue and profit from the signed contracts (fixture rows in the contracts
 * table), new clients from the client files' status history. Choice under test: a contract signed in the
 * period and terminated later does not count (its revenue will not come in).
 */
let d: Department;
let a: string;
let b: string;

beforeAll(async () => {
  d = await department();
  a = staffIdOf(d.salesA);
  b = staffIdOf(d.salesB);
  const sales = d.groups.sales!;
  // A's Q4: signed (with cost), executing (cost unknown), completed — counted.
  await contractRow(d, {
    ownerId: a,
    groupId: sales,
    amountFen: 400_000_00,
    costFen: 250_000_00,
    signedOn: '2026-10-01',
    status: 'signed',
  });
  await contractRow(d, {
    ownerId: a,
    groupId: sales,
    amountFen: 100_000_00,
    costFen: null,
    signedOn: '2026-11-15',
    status: 'executing',
  });
  await contractRow(d, {
    ownerId: a,
    groupId: sales,
    amountFen: 50_000_00,
    costFen: 20_000_00,
    signedOn: '2026-12-31',
    status: 'completed',
  });
  // Not counted: signed before and after the quarter, terminated, a draft, a deleted one.
  await contractRow(d, {
    ownerId: a,
    groupId: sales,
    amountFen: 9_000_00,
    costFen: 0,
    signedOn: '2026-09-30',
    status: 'completed',
  });
  await contractRow(d, {
    ownerId: a,
    groupId: sales,
    amountFen: 9_000_00,
    costFen: 0,
    signedOn: '2027-01-01',
    status: 'signed',
  });
  await contractRow(d, {
    ownerId: a,
    groupId: sales,
    amountFen: 9_000_00,
    costFen: 0,
    signedOn: '2026-10-10',
    status: 'terminated',
  });
  await contractRow(d, {
    ownerId: a,
    groupId: sales,
    amountFen: 9_000_00,
    costFen: 0,
    signedOn: null,
    status: 'draft',
  });
  await contractRow(d, {
    ownerId: a,
    groupId: sales,
    amountFen: 9_000_00,
    costFen: 0,
    signedOn: '2026-10-11',
    status: 'signed',
    deleted: true,
  });
  // B's: one in Q4.
  await contractRow(d, {
    ownerId: b,
    groupId: sales,
    amountFen: 200_000_00,
    costFen: 150_000_00,
    signedOn: '2026-12-01',
    status: 'signed',
  });
  // A market person's contract does not count for sales.
  await contractRow(d, {
    ownerId: staffIdOf(d.marketC),
    groupId: d.groups.market!,
    amountFen: 77_000_00,
    costFen: 0,
    signedOn: '2026-10-20',
    status: 'signed',
  });

  // New clients: A's file made a customer now (27 Nov), one created as a customer; a potential one does not count.
  const won = await clientOf(d, a);
  unwrap(
    await d.core.call(
      'clients.setStatus',
      { id: won.id, version: won.version, status: 'customer', reason: '签约' },
      d.manager,
    ),
  );
  await clientOf(d, a, 'customer');
  await clientOf(d, a);
  await clientOf(d, b, 'customer');
});

afterAll(async () => {
  await d.core.close();
});

describe("a person's plan", () => {
  it('counts the contracts signed in the period that stand signed, in execution or completed', async () => {
    const plan = unwrap(await d.core.call('salesPlans.create', planOf({ staffId: a }), d.manager));
    expect(plan.periodTo).toBe('2026-12-31');
    expect(plan.actual).toEqual({
      revenueFen: 550_000_00,
      // The executing contract has no cost: its amount is revenue but not profit.
      profitFen: 150_000_00 + 30_000_00,
      uncostedContracts: 1,
      contracts: 3,
      newClients: 2,
    });
    // Progress may pass 100 % and is a share of each target.
    expect(plan.progress.revenuePct).toBeCloseTo(55);
    expect(plan.progress.profitPct).toBeCloseTo(60);
    expect(plan.progress.newClientsPct).toBeCloseTo(50);
  });

  it('a month outside the contracts and the new customers achieves nothing; no target, no percentage', async () => {
    const plan = unwrap(
      await d.core.call(
        'salesPlans.create',
        planOf({ staffId: a }, { periodKind: 'month', periodFrom: '2026-08-01', newClientsTarget: 0 }),
        d.manager,
      ),
    );
    expect(plan.actual.revenueFen).toBe(0);
    expect(plan.actual.newClients).toBe(0);
    expect(plan.progress.revenuePct).toBe(0);
    expect(plan.progress.newClientsPct).toBeNull();
  });

  it('progress beyond the target is shown as it is', async () => {
    const plan = unwrap(
      await d.core.call(
        'salesPlans.create',
        planOf(
          { staffId: b },
          { revenueTargetFen: 100_000_00, profitTargetFen: 25_000_00, newClientsTarget: 1 },
        ),
        d.manager,
      ),
    );
    expect(plan.progress.revenuePct).toBeCloseTo(200);
    expect(plan.progress.profitPct).toBeCloseTo(200);
    expect(plan.progress.newClientsPct).toBeCloseTo(100);
  });
});

describe("the group's plan and split", () => {
  it("adds up the group's contracts and its people's new customers; the split is the people's targets", async () => {
    unwrap(
      await d.core.call(
        'salesPlans.create',
        planOf({ groupId: d.groups.sales! }, { revenueTargetFen: 3_000_000_00 }),
        d.manager,
      ),
    );
    const board = unwrap(
      await d.core.call(
        'salesPlans.board',
        { periodKind: 'quarter', periodFrom: '2026-10-01', groupId: d.groups.sales! },
        d.salesLead,
      ),
    );
    expect(board.groupPlan?.actual).toMatchObject({ revenueFen: 750_000_00, newClients: 3, contracts: 4 });
    expect(board.groupActual.revenueFen).toBe(750_000_00);
    // A's 1,000,000 and B's 100,000 against the group's 3,000,000: under, a warning only.
    expect(board.split.revenueFen).toBe(1_100_000_00);
    expect(board.split.revenue).toBe('under');
    expect(board.people.map((p) => p.staffId)).toEqual(
      expect.arrayContaining([a, b, staffIdOf(d.salesLead)]),
    );
    expect(board.people.find((p) => p.staffId === a)?.plan?.actual.revenueFen).toBe(550_000_00);
    expect(board.people.find((p) => p.staffId === staffIdOf(d.salesLead))?.plan).toBeNull();
  });

  it('the lead splits more than the group target: saved, and the split says over', async () => {
    unwrap(
      await d.core.call(
        'salesPlans.create',
        planOf({ staffId: staffIdOf(d.salesLead) }, { revenueTargetFen: 2_500_000_00 }),
        d.salesLead,
      ),
    );
    const board = unwrap(
      await d.core.call(
        'salesPlans.board',
        { periodKind: 'quarter', periodFrom: '2026-10-01', groupId: null },
        d.salesLead,
      ),
    );
    expect(board.split.revenueFen).toBe(3_600_000_00);
    expect(board.split.revenue).toBe('over');
  });
});
