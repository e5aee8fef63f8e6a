import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../../src/main/core/ids';
import {
  satisfactionByClientOwner,
  satisfactionRecords,
  satisfactionScores,
} from '../../../src/main/domains/service/satisfaction';
import type { Client } from '../../../src/shared/clients/types';
import type { TicketDetail } from '../../../src/shared/service/types';
import { unwrap } from '../../support/core';
import { walkTo } from '../../support/ticketFlow';
import { makeClient } from '../clients/support';
import { department, newTicket, staffIdOf, type Department } from './support';

/*
 * The appraisal's client satisfaction: closed complaints' feedback scores per owner of the complaint's client
 * file, by the China day of the feedback visit. The tickets' steps lie on 26 November (UTC); the clock is at
 * 2026-11-27T02:00Z.
 */

let d: Department;
let salesA: string;
let salesB: string;
let marketC: string;
let ownA: Client;
let handed: Client;
let kept: Client;
const t: Record<string, TicketDetail> = {};

const day26 = { from: '2026-11-26', to: '2026-11-26' };

/** A complaint about `clientId` closed with this feedback time (UTC) and score. */
async function closedComplaint(clientId: string | null, feedbackAt: string, score: number) {
  const handler = staffIdOf(d.salesA);
  const over = clientId ? { clientId, callerName: null } : {};
  const atFeedback = await walkTo(
    d.core,
    d.manager,
    await newTicket(d.core, d.manager, handler, over),
    'feedback',
  );
  return unwrap(
    await d.core.call(
      'service.close',
      {
        id: atFeedback.id,
        version: atFeedback.version,
        at: '2026-11-27T01:00:00.000Z',
        feedbackMethod: 'phone',
        feedbackAt,
        feedbackNote: '回访完成',
        clientSatisfied: score >= 3,
        satisfactionScore: score,
      },
      d.manager,
    ),
  );
}

const client = (name: string, ownerId: string) => makeClient(d.core, d.manager, { name, ownerId });
const latest = async (c: Client): Promise<Client> =>
  unwrap(await d.core.call('clients.get', { id: c.id }, d.manager)).client;

beforeAll(async () => {
  d = await department();
  salesA = staffIdOf(d.salesA);
  salesB = staffIdOf(d.salesB);
  marketC = staffIdOf(d.marketC);
  ownA = await client('满意度甲公司', salesA);
  handed = await client('满意度移交公司', salesB);
  const ownB = await client('满意度乙公司', salesB);
  kept = await client('满意度保留公司', marketC);
  const duplicate = await client('满意度保留有限公司', salesB);
  const gone = await client('满意度删除公司', salesA);

  // 23:59:59.999 on the 26th in China, and 00:00 on the 27th.
  t.lastMoment = await closedComplaint(ownA.id, '2026-11-26T15:59:59.999Z', 4);
  t.nextDay = await closedComplaint(ownA.id, '2026-11-26T16:00:00.000Z', 2);
  t.handed = await closedComplaint(handed.id, '2026-11-26T10:00:00.000Z', 3);
  t.ownB = await closedComplaint(ownB.id, '2026-11-26T09:00:00.000Z', 5);
  t.merged = await closedComplaint(duplicate.id, '2026-11-26T08:00:00.000Z', 1);
  t.gone = await closedComplaint(gone.id, '2026-11-26T07:00:00.000Z', 5);
  // No client file: nobody's. Still open, or an inquiry: no score.
  await closedComplaint(null, '2026-11-26T07:30:00.000Z', 1);
  await walkTo(
    d.core,
    d.manager,
    await newTicket(d.core, d.manager, salesA, { clientId: ownA.id, callerName: null }),
    'feedback',
  );
  await walkTo(
    d.core,
    d.manager,
    await newTicket(d.core, d.manager, salesA, { kind: 'inquiry', clientId: ownA.id, callerName: null }),
    'closed',
  );

  // The file handed to salesA takes its complaints along; the merged file's go to the kept file's owner.
  unwrap(await d.core.call('clients.reassign', { ids: [handed.id], ownerId: salesA }, d.manager));
  const [k, m] = [await latest(kept), await latest(duplicate)];
  unwrap(
    await d.core.call(
      'clients.merge',
      { keepId: k.id, keepVersion: k.version, mergeId: m.id, mergeVersion: m.version },
      d.manager,
    ),
  );
  const g = await latest(gone);
  unwrap(await d.core.call('clients.delete', { id: g.id, version: g.version }, d.manager));
});
afterAll(async () => {
  await d.core.close();
});

describe('client satisfaction per client owner, for the appraisal', () => {
  it('each owner’s count and mean score of closed complaints’ feedback in the period (China days)', () => {
    const ctx = d.core.context();
    expect(satisfactionByClientOwner(ctx, { ...day26, ownerIds: [salesA, salesB, marketC] })).toEqual(
      new Map([
        // The last moment of the 26th, the handed file's complaint, and the deleted file's (its complaint stays).
        [salesA, { n: 3, mean: (4 + 3 + 5) / 3 }],
        [salesB, { n: 1, mean: 5 }],
        [marketC, { n: 1, mean: 1 }],
      ]),
    );
    expect(
      satisfactionByClientOwner(ctx, { from: '2026-11-27', to: '2026-11-30', ownerIds: [salesA] }),
    ).toEqual(new Map([[salesA, { n: 1, mean: 2 }]]));
  });

  it('answers a whole cycle’s owners in one call; an owner with no scores has none', () => {
    const ctx = d.core.context();
    const stranger = newId();
    const many = satisfactionByClientOwner(ctx, {
      ...day26,
      ownerIds: [salesA, salesB, stranger, ...Array.from({ length: 500 }, () => newId())],
    });
    expect(many.size).toBe(503);
    expect(many.get(salesB)).toEqual({ n: 1, mean: 5 });
    expect(many.get(stranger)).toEqual({ n: 0, mean: null });
    expect(satisfactionByClientOwner(ctx, { ...day26, ownerIds: [] })).toEqual(new Map());
  });

  it('lists the complaints counted for one person, oldest feedback first, with their files', () => {
    const ctx = d.core.context();
    const records = satisfactionRecords(ctx, { ...day26, clientOwnerId: salesA });
    expect(records.map((r) => r.ticketId)).toEqual([t.gone!.id, t.handed!.id, t.lastMoment!.id]);
    expect(records[2]).toEqual({
      ticketId: t.lastMoment!.id,
      ticketCode: t.lastMoment!.code,
      clientId: ownA.id,
      clientCode: ownA.code,
      clientName: '满意度甲公司',
      feedbackDate: '2026-11-26',
      score: 4,
    });
    expect(satisfactionRecords(ctx, { ...day26, clientOwnerId: marketC })).toEqual([
      expect.objectContaining({ ticketId: t.merged!.id, clientId: kept.id, clientName: '满意度保留公司' }),
    ]);
  });

  it('satisfactionScores takes the client owner as a filter too', () => {
    const ctx = d.core.context();
    expect(satisfactionScores(ctx, { ...day26, clientOwnerId: salesB }).map((s) => s.ticketId)).toEqual([
      t.ownB!.id,
    ]);
    expect(
      satisfactionScores(ctx, { ...day26, clientOwnerId: salesA, handlerId: salesA }).map((s) => s.score),
    ).toEqual([5, 3, 4]);
  });
});
