import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { satisfactionScores } from '../../../src/main/domains/service/satisfaction';
import { unwrap } from '../../support/core';
import { TICKET_TIMES as T, walkTo } from '../../support/ticketFlow';
import { department, newTicket, staffIdOf, type Department } from './support';

let d: Department;
let salesTicket: string;
let marketTicket: string;

beforeAll(async () => {
  d = await department();
  const a = await walkTo(
    d.core,
    d.manager,
    await newTicket(d.core, d.manager, staffIdOf(d.salesA)),
    'closed',
  );
  salesTicket = a.id;
  const c = await walkTo(
    d.core,
    d.manager,
    await newTicket(d.core, d.manager, staffIdOf(d.marketC)),
    'feedback',
  );
  marketTicket = c.id;
  unwrap(
    await d.core.call(
      'service.close',
      {
        id: c.id,
        version: c.version,
        at: '2026-11-26T16:00:00.000Z',
        feedbackMethod: 'visit',
        // 23:30 on the 26th in China.
        feedbackAt: '2026-11-26T15:30:00.000Z',
        feedbackNote: '仍不满意',
        clientSatisfied: false,
        satisfactionScore: 2,
      },
      d.manager,
    ),
  );
  // Open complaints and inquiries give no score.
  await walkTo(d.core, d.manager, await newTicket(d.core, d.manager, staffIdOf(d.salesA)), 'feedback');
  await walkTo(
    d.core,
    d.manager,
    await newTicket(d.core, d.manager, staffIdOf(d.salesA), { kind: 'inquiry' }),
    'closed',
  );
});
afterAll(async () => {
  await d.core.close();
});

describe('satisfaction scores for appraisal and loyalty', () => {
  it('the scores of closed complaints’ feedback in the days asked for (Chinese calendar days)', () => {
    const ctx = d.core.context();
    expect(satisfactionScores(ctx, { from: '2026-11-26', to: '2026-11-26' })).toEqual([
      {
        ticketId: salesTicket,
        clientId: null,
        handlerId: staffIdOf(d.salesA),
        groupId: d.groups.sales,
        at: T.feedback,
        satisfied: true,
        score: 5,
      },
      {
        ticketId: marketTicket,
        clientId: null,
        handlerId: staffIdOf(d.marketC),
        groupId: d.groups.market,
        at: '2026-11-26T15:30:00.000Z',
        satisfied: false,
        score: 2,
      },
    ]);
    expect(satisfactionScores(ctx, { from: '2026-11-27', to: '2026-11-30' })).toEqual([]);
  });

  it('of one handler, or one group', () => {
    const ctx = d.core.context();
    const range = { from: '2026-11-01', to: '2026-11-30' };
    expect(
      satisfactionScores(ctx, { ...range, handlerId: staffIdOf(d.marketC) }).map((s) => s.ticketId),
    ).toEqual([marketTicket]);
    expect(satisfactionScores(ctx, { ...range, groupId: d.groups.sales }).map((s) => s.ticketId)).toEqual([
      salesTicket,
    ]);
  });
});
