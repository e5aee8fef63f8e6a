import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  newCustomerRecords,
  newCustomersByOwner,
  revenueByOwner,
  revenueRecords,
} from '../../../src/main/domains/clients/appraisalSources';
import { newId } from '../../../src/main/core/ids';
import type { Client, ClientStatus } from '../../../src/shared/clients/types';
import { unwrap } from '../../support/core';
import { department, makeClient, staffIdOf, type Department } from './support';

/*
 * The appraisal's computed revenue and new customers, against files, transactions and status changes made
 * through the channels. The clock starts at 2026-11-27T02:00Z (10:00 on the 27th in China).
 */

let d: Department;
let salesA: string;
let salesB: string;
let marketC: string;

const HOUR = 3_600_000;

beforeAll(async () => {
  d = await department();
  salesA = staffIdOf(d.salesA);
  salesB = staffIdOf(d.salesB);
  marketC = staffIdOf(d.marketC);
});
afterAll(async () => {
  await d.core.close();
});

const client = (name: string, ownerId: string, status: ClientStatus = 'potential') =>
  makeClient(d.core, d.manager, { name, ownerId, status });

async function sale(clientId: string, date: string, amountFen: number, item = '设备') {
  return unwrap(
    await d.core.call('transactions.create', { clientId, date, item, quantity: 1, amountFen }, d.manager),
  );
}

async function setStatus(c: Client, status: ClientStatus): Promise<Client> {
  return unwrap(
    await d.core.call(
      'clients.setStatus',
      { id: c.id, version: c.version, status, reason: '客户签约' },
      d.manager,
    ),
  );
}

const latest = async (c: Client): Promise<Client> =>
  unwrap(await d.core.call('clients.get', { id: c.id }, d.manager)).client;

async function reassign(c: Client, ownerId: string): Promise<void> {
  unwrap(await d.core.call('clients.reassign', { ids: [c.id], ownerId }, d.manager));
}

async function remove(c: Client): Promise<void> {
  const now = await latest(c);
  unwrap(await d.core.call('clients.delete', { id: now.id, version: now.version }, d.manager));
}

async function merge(keep: Client, merged: Client): Promise<void> {
  const [k, m] = [await latest(keep), await latest(merged)];
  unwrap(
    await d.core.call(
      'clients.merge',
      { keepId: k.id, keepVersion: k.version, mergeId: m.id, mergeVersion: m.version },
      d.manager,
    ),
  );
}

/** More owners than a person's form asks for: the cycle's way through the data, which must agree. */
const withStrangers = (ids: string[]) => [...ids, ...Array.from({ length: 45 }, () => newId())];

describe('revenue per client owner (China calendar dates, both ends counted)', () => {
  const october = { from: '2026-10-01', to: '2026-10-31' };
  let firstA: Client;
  let handed: Client;
  let kept: Client;
  let firstSale: string;
  let lastSale: string;
  let handedSale: string;
  let mergedSale: string;

  beforeAll(async () => {
    firstA = await client('营收甲公司', salesA);
    const secondA = await client('营收乙公司', salesA);
    await sale(firstA.id, '2026-09-30', 1_000_00);
    firstSale = (await sale(firstA.id, '2026-10-01', 2_000_00, '软件许可')).id;
    lastSale = (await sale(firstA.id, '2026-10-31', 3_000_00)).id;
    await sale(firstA.id, '2026-11-01', 4_000_00);
    const withdrawn = await sale(secondA.id, '2026-10-15', 9_000_00);
    unwrap(
      await d.core.call('transactions.delete', { id: withdrawn.id, version: withdrawn.version }, d.manager),
    );

    // A file handed from salesB to salesA: its whole period goes with it (the owner now counts).
    handed = await client('营收移交公司', salesB);
    handedSale = (await sale(handed.id, '2026-10-05', 500_00)).id;
    await reassign(handed, salesA);
    const stillB = await client('营收丙公司', salesB);
    await sale(stillB.id, '2026-10-20', 700_00);

    // A deleted file counts for nobody.
    const gone = await client('营收删除公司', salesB);
    await sale(gone.id, '2026-10-06', 50_000_00);
    await remove(gone);

    // A merged file's transactions count as the kept file's, for the kept file's owner.
    kept = await client('营收保留公司', marketC);
    const duplicate = await client('营收保留有限公司', salesB);
    mergedSale = (await sale(duplicate.id, '2026-10-07', 800_00)).id;
    await merge(kept, duplicate);
  });

  it('sums each owner’s transactions in the period, the last day counted and the day after not', () => {
    const ctx = d.core.context();
    expect(revenueByOwner(ctx, { ...october, ownerIds: [salesA, salesB, marketC] })).toEqual(
      new Map([
        [salesA, { amountFen: 2_000_00 + 3_000_00 + 500_00, transactions: 3 }],
        [salesB, { amountFen: 700_00, transactions: 1 }],
        [marketC, { amountFen: 800_00, transactions: 1 }],
      ]),
    );
    expect(revenueByOwner(ctx, { from: '2026-10-31', to: '2026-10-31', ownerIds: [salesA] })).toEqual(
      new Map([[salesA, { amountFen: 3_000_00, transactions: 1 }]]),
    );
    expect(revenueByOwner(ctx, { from: '2026-11-01', to: '2026-11-01', ownerIds: [salesA] })).toEqual(
      new Map([[salesA, { amountFen: 4_000_00, transactions: 1 }]]),
    );
  });

  it('answers a whole cycle’s owners in one call, each asked owner present, the same figures either way', () => {
    const ctx = d.core.context();
    const few = revenueByOwner(ctx, { ...october, ownerIds: [salesA, salesB, marketC] });
    const stranger = newId();
    const many = revenueByOwner(ctx, {
      ...october,
      ownerIds: withStrangers([salesA, salesB, marketC, stranger]),
    });
    expect(many.size).toBe(49);
    expect(many.get(salesA)).toEqual(few.get(salesA));
    expect(many.get(salesB)).toEqual(few.get(salesB));
    expect(many.get(marketC)).toEqual(few.get(marketC));
    expect(many.get(stranger)).toEqual({ amountFen: 0, transactions: 0 });
    expect(revenueByOwner(ctx, { ...october, ownerIds: [] })).toEqual(new Map());
  });

  it('lists the transactions counted for one person, by date, with their files', () => {
    const ctx = d.core.context();
    expect(revenueRecords(ctx, { ...october, ownerId: salesA })).toEqual([
      {
        transactionId: firstSale,
        date: '2026-10-01',
        clientId: firstA.id,
        clientCode: firstA.code,
        clientName: '营收甲公司',
        item: '软件许可',
        amountFen: 2_000_00,
      },
      expect.objectContaining({ transactionId: handedSale, date: '2026-10-05', clientId: handed.id }),
      expect.objectContaining({ transactionId: lastSale, date: '2026-10-31' }),
    ]);
    expect(revenueRecords(ctx, { ...october, ownerId: marketC })).toEqual([
      expect.objectContaining({ transactionId: mergedSale, clientId: kept.id, clientName: '营收保留公司' }),
    ]);
    const total = revenueByOwner(ctx, { ...october, ownerIds: [salesA] }).get(salesA)!;
    const listed = revenueRecords(ctx, { ...october, ownerId: salesA });
    expect(listed.reduce((s, r) => s + r.amountFen, 0)).toBe(total.amountFen);
    expect(listed).toHaveLength(total.transactions);
  });
});

describe('new customers per client owner (first time a file became a customer, China days)', () => {
  // The period: 28–30 November in China, i.e. [2026-11-27T16:00Z, 2026-11-30T16:00Z).
  const period = { from: '2026-11-28', to: '2026-11-30' };
  let back: Client;
  let twice: Client;
  let lastDay: Client;
  let born: Client;
  let handed: Client;
  let kept: Client;
  let gone: Client;

  beforeAll(async () => {
    // 27 November, before the period: a customer already, who lapses and comes back in the period.
    back = await setStatus(await client('回头客户公司', salesA), 'customer');
    back = await setStatus(back, 'dormant');
    twice = await client('两次成交公司', salesA);
    lastDay = await client('最后一天公司', salesA);
    handed = await client('成交移交公司', salesB);
    const after = await client('次月成交公司', salesA);
    kept = await client('成交保留公司', marketC);
    const duplicate = await client('成交保留有限公司', salesB);
    gone = await client('成交删除公司', salesB);

    // 00:00 on the 28th in China: the period's first moment.
    d.clock.advance(14 * HOUR);
    twice = await setStatus(twice, 'customer');
    twice = await setStatus(twice, 'dormant');
    twice = await setStatus(twice, 'customer');
    back = await setStatus(back, 'customer');
    born = await client('新建即成交公司', salesB, 'customer');
    await setStatus(handed, 'customer');
    await reassign(handed, marketC);
    await setStatus(duplicate, 'customer');
    await merge(kept, duplicate);
    await setStatus(gone, 'customer');
    await remove(gone);

    // 23:59:59.999 on the 30th in China, the period's last moment; then 00:00 on 1 December.
    d.clock.advance(3 * 24 * HOUR - 1);
    lastDay = await setStatus(lastDay, 'customer');
    d.clock.advance(1);
    await setStatus(after, 'customer');
  });

  it('counts each owner’s files that became customers for the first time in the period, once each', () => {
    const ctx = d.core.context();
    expect(newCustomersByOwner(ctx, { ...period, ownerIds: [salesA, salesB, marketC] })).toEqual(
      new Map([
        // twice (once, though it became a customer twice) and lastDay; not back, nor the one on 1 December.
        [salesA, 2],
        // born as a customer; handed went to marketC, gone was deleted.
        [salesB, 1],
        // handed, and the kept file of a merge whose duplicate became a customer.
        [marketC, 2],
      ]),
    );
    expect(newCustomersByOwner(ctx, { from: '2026-12-01', to: '2026-12-31', ownerIds: [salesA] })).toEqual(
      new Map([[salesA, 1]]),
    );
    // Before the period: back's first time (27 November) is where it counts.
    expect(newCustomersByOwner(ctx, { from: '2026-11-27', to: '2026-11-27', ownerIds: [salesA] })).toEqual(
      new Map([[salesA, 1]]),
    );
  });

  it('answers a whole cycle’s owners in one call, the same figures either way', () => {
    const ctx = d.core.context();
    const few = newCustomersByOwner(ctx, { ...period, ownerIds: [salesA, salesB, marketC] });
    const many = newCustomersByOwner(ctx, { ...period, ownerIds: withStrangers([salesA, salesB, marketC]) });
    expect(many.size).toBe(48);
    for (const id of [salesA, salesB, marketC]) expect(many.get(id)).toBe(few.get(id));
    expect([...many.values()].reduce((a, b) => a + b, 0)).toBe(5);
  });

  it('lists the files counted for one person with the China day each became a customer', () => {
    const ctx = d.core.context();
    expect(newCustomerRecords(ctx, { ...period, ownerId: salesA })).toEqual([
      { clientId: twice.id, clientCode: twice.code, clientName: '两次成交公司', date: '2026-11-28' },
      { clientId: lastDay.id, clientCode: lastDay.code, clientName: '最后一天公司', date: '2026-11-30' },
    ]);
    expect(newCustomerRecords(ctx, { ...period, ownerId: salesB })).toEqual([
      { clientId: born.id, clientCode: born.code, clientName: '新建即成交公司', date: '2026-11-28' },
    ]);
    expect(
      newCustomerRecords(ctx, { ...period, ownerId: marketC })
        .map((r) => r.clientId)
        .sort(),
    ).toEqual([handed.id, kept.id].sort());
    expect(newCustomerRecords(ctx, { ...period, ownerId: salesA }).map((r) => r.clientId)).not.toContain(
      gone.id,
    );
  });
});
