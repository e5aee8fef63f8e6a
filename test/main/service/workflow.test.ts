import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelName } from '../../../src/shared/contract/channels';
import type { TicketKind, TicketStatus } from '../../../src/shared/service/types';
import { tableChecksum } from '../contract/support';
import { unwrap } from '../../support/core';
import { TICKET_TIMES as T, doneAction, walkTo } from '../../support/ticketFlow';
import { department, errorOf, readTicket, staffIdOf, ticketAtStep, type Department } from './support';

let d: Department;
let handler: string;

beforeAll(async () => {
  d = await department();
  handler = staffIdOf(d.salesA);
});
afterAll(async () => {
  await d.core.close();
});

const HOUR = 3_600_000;
const now = () => d.clock.now().toISOString();
const plusHours = (iso: string, h: number) => new Date(Date.parse(iso) + h * HOUR).toISOString();

/** A valid input for each move (right times, every field a step needs), so only where the ticket is decides. */
const MOVES = {
  'service.startInvestigation': { at: T.firstResponse, note: '已回电致歉' },
  'service.saveInvestigation': {
    findings: '仓储受潮',
    rootCause: null,
    responsibleDept: null,
    solution: null,
  },
  'service.startResolving': {
    at: T.resolving,
    findings: '仓储受潮',
    rootCause: '库房漏水',
    responsibleDept: 'logistics',
    solution: '补发',
  },
  'service.resolve': { at: T.resolved, summary: '已补发' },
  'service.answer': { at: T.firstResponse, answer: '保修两年' },
  'service.close': {
    at: T.closed,
    feedbackMethod: 'phone',
    feedbackAt: T.feedback,
    feedbackNote: null,
    clientSatisfied: true,
    satisfactionScore: 4,
  },
  'service.reopen': { reason: '客户再次来电' },
  'service.convert': { category: 'delivery', severity: 'normal', reason: '客户要求按投诉处理' },
} as const satisfies Partial<Record<ChannelName, object>>;
type Move = keyof typeof MOVES;
const ALL_MOVES = Object.keys(MOVES) as Move[];

/** The moves each workflow allows from each status (SERVICE.md), and nothing else. */
const LEGAL: [TicketKind, TicketStatus, Move[]][] = [
  ['complaint', 'registered', ['service.startInvestigation']],
  ['complaint', 'investigating', ['service.saveInvestigation', 'service.startResolving']],
  ['complaint', 'resolving', ['service.resolve']],
  ['complaint', 'feedback', ['service.close']],
  ['complaint', 'closed', ['service.reopen']],
  ['inquiry', 'open', ['service.answer', 'service.convert']],
  ['inquiry', 'answered', ['service.close', 'service.convert']],
  ['inquiry', 'closed', ['service.reopen']],
];

/** A ticket at the step, a resolving one with its actions done (so that resolving it is legal). */
async function at(kind: TicketKind, status: TicketStatus) {
  const t = await ticketAtStep(d.core, d.salesA, handler, kind, status);
  return status === 'resolving' ? doneAction(d.core, d.salesA, t) : t;
}

describe('every move the workflows allow', () => {
  it.each(LEGAL.flatMap(([kind, status, moves]) => moves.map((m) => [kind, status, m] as const)))(
    'a %s that is %s: %s',
    async (kind, status, move) => {
      const t = await at(kind, status);
      const r = await d.core.call(move, { id: t.id, version: t.version, ...MOVES[move] } as never, d.salesA);
      expect(r.ok, JSON.stringify(r)).toBe(true);
    },
  );

  it('a complaint from registered to closed: each step stamped with its time and who recorded it', async () => {
    const t = await walkTo(d.core, d.salesA, await at('complaint', 'registered'), 'closed');
    expect(t).toMatchObject({
      status: 'closed',
      firstResponseAt: T.firstResponse,
      firstResponseNote: '已致电客户致歉，承诺 72 小时内处理',
      findings: '物流转运途中挤压',
      rootCause: '包装强度不足',
      responsibleDept: 'logistics',
      solution: '补发并加固包装',
      resolvedAt: T.resolved,
      resolutionSummary: '已补发，客户确认收货',
      feedbackMethod: 'phone',
      feedbackAt: T.feedback,
      clientSatisfied: true,
      satisfactionScore: 5,
      closedAt: T.closed,
      clock: null,
      allowed: ['reopen'],
    });
    expect(t.events.map((e) => [e.kind, e.at, e.fromStatus, e.toStatus])).toEqual([
      ['received', T.received, null, 'registered'],
      ['investigation_started', T.firstResponse, 'registered', 'investigating'],
      ['resolving_started', T.resolving, 'investigating', 'resolving'],
      ['action_done', T.actionDone, null, null],
      ['resolved', T.resolved, 'resolving', 'feedback'],
      ['closed', T.closed, 'feedback', 'closed'],
      // Recorded now, when the steps' own times (given as earlier) were entered.
      ['action_added', now(), null, null],
    ]);
    for (const e of t.events) {
      expect(e.actorName).toBe(d.salesA.user!.displayName);
      expect(e.recordedAt).toBe(now());
    }
  });

  it('an inquiry: answered is its first response and its resolution; closing needs no feedback', async () => {
    const answered = await walkTo(d.core, d.salesA, await at('inquiry', 'open'), 'answered');
    expect(answered).toMatchObject({
      answer: '已告知产品保修期为两年',
      firstResponseAt: T.firstResponse,
      resolvedAt: T.firstResponse,
      clock: null,
    });
    const closed = unwrap(
      await d.core.call(
        'service.close',
        { id: answered.id, version: answered.version, at: T.closed },
        d.salesA,
      ),
    );
    expect(closed).toMatchObject({ status: 'closed', closedAt: T.closed, feedbackMethod: null });
  });
});

describe('every move they do not allow is refused (INVALID_STATE), and nothing changes', () => {
  it.each(LEGAL)('a %s that is %s', async (kind, status, legal) => {
    const t = await at(kind, status);
    for (const move of ALL_MOVES.filter((m) => !legal.includes(m))) {
      const before = tableChecksum(d.core);
      const r = await d.core.call(move, { id: t.id, version: t.version, ...MOVES[move] } as never, d.salesA);
      expect(errorOf(r).code, `${move} on a ${kind} that is ${status}`).toBe('INVALID_STATE');
      expect(tableChecksum(d.core), move).toBe(before);
    }
    if (status !== 'resolving') {
      const r = await d.core.call(
        'service.addAction',
        { ticketId: t.id, department: 'quality', ownerId: null, description: '复核', dueDate: '2026-12-01' },
        d.salesA,
      );
      expect(errorOf(r).code, `addAction on a ${kind} that is ${status}`).toBe('INVALID_STATE');
    }
  });

  it('a closed ticket is not edited', async () => {
    const t = await at('inquiry', 'closed');
    const r = await d.core.call(
      'service.update',
      {
        id: t.id,
        version: t.version,
        channel: t.channel,
        callerPhone: t.callerPhone,
        clientId: null,
        callerName: t.callerName,
        contactId: null,
        receivedAt: t.receivedAt,
        content: '改写',
        category: t.category,
        severity: t.severity,
        handlerId: t.handlerId!,
      },
      d.salesA,
    );
    expect(errorOf(r).code).toBe('INVALID_STATE');
  });
});

describe('reopening', () => {
  it('a closed complaint goes back to investigating with a reason; its resolution is due again from now', async () => {
    const closed = await at('complaint', 'closed');
    const r = unwrap(
      await d.core.call(
        'service.reopen',
        { id: closed.id, version: closed.version, reason: '补发商品仍有破损' },
        d.salesA,
      ),
    );
    expect(r).toMatchObject({
      status: 'investigating',
      reopenCount: 1,
      resolvedAt: null,
      closedAt: null,
      // The first response stays met; the resolution (72 h for a major complaint) counts from the reopening.
      firstResponseAt: T.firstResponse,
      responseDueAt: closed.responseDueAt,
      resolutionDueAt: plusHours(now(), 72),
      clock: { stage: 'resolution', dueAt: plusHours(now(), 72), overdue: false },
    });
    expect(r.events.at(-1)).toMatchObject({
      kind: 'reopened',
      at: now(),
      fromStatus: 'closed',
      toStatus: 'investigating',
      note: '补发商品仍有破损',
    });
    // The steps after a reopening come after it.
    const early = await d.core.call(
      'service.startResolving',
      { id: r.id, version: r.version, ...MOVES['service.startResolving'] },
      d.salesA,
    );
    expect(errorOf(early).fields).toEqual({ at: { key: 'validation.beforePreviousStep' } });
    unwrap(
      await d.core.call(
        'service.startResolving',
        { id: r.id, version: r.version, ...MOVES['service.startResolving'], at: now() },
        d.salesA,
      ),
    );
  });

  it('a closed inquiry goes back to open, to be answered again', async () => {
    const closed = await at('inquiry', 'closed');
    const r = unwrap(
      await d.core.call(
        'service.reopen',
        { id: closed.id, version: closed.version, reason: '客户追问' },
        d.salesA,
      ),
    );
    expect(r).toMatchObject({ status: 'open', reopenCount: 1, resolvedAt: null, closedAt: null });
    expect(r.clock).toMatchObject({ stage: 'resolution', dueAt: plusHours(now(), 24) });
  });

  it('a reason is required', async () => {
    const closed = await at('complaint', 'closed');
    const r = await d.core.call(
      'service.reopen',
      { id: closed.id, version: closed.version, reason: ' ' },
      d.salesA,
    );
    expect(errorOf(r).code).toBe('VALIDATION');
    expect((await readTicket(d.core, d.salesA, closed.id)).status).toBe('closed');
  });
});

describe('an inquiry turned into a complaint', () => {
  it('keeps its code and history, goes on as a registered complaint, and its clock starts again', async () => {
    const inquiry = await at('inquiry', 'answered');
    const r = unwrap(
      await d.core.call(
        'service.convert',
        {
          id: inquiry.id,
          version: inquiry.version,
          category: 'delivery',
          severity: 'critical',
          reason: '客户投诉',
        },
        d.salesA,
      ),
    );
    expect(r).toMatchObject({
      id: inquiry.id,
      code: inquiry.code,
      kind: 'complaint',
      status: 'registered',
      category: 'delivery',
      severity: 'critical',
      convertedAt: now(),
      slaStartAt: now(),
      responseDueAt: plusHours(now(), 4),
      resolutionDueAt: plusHours(now(), 24),
      firstResponseAt: null,
      resolvedAt: null,
      answer: '已告知产品保修期为两年',
      receivedAt: T.received,
    });
    expect(r.events.map((e) => e.kind)).toEqual(['received', 'answered', 'converted']);
    expect(r.events.at(-1)).toMatchObject({
      fromStatus: 'answered',
      toStatus: 'registered',
      note: '客户投诉',
    });
    // Its first response as a complaint comes after the conversion.
    const early = await d.core.call(
      'service.startInvestigation',
      { id: r.id, version: r.version, at: T.firstResponse, note: '回电' },
      d.salesA,
    );
    expect(errorOf(early).fields).toEqual({ at: { key: 'validation.beforePreviousStep' } });
  });

  it('a category not on the list is refused', async () => {
    const inquiry = await at('inquiry', 'open');
    const r = await d.core.call(
      'service.convert',
      { id: inquiry.id, version: inquiry.version, category: 'nonsense', severity: 'normal', reason: '投诉' },
      d.salesA,
    );
    expect(errorOf(r).fields).toEqual({ category: { key: 'validation.unknownCategory' } });
  });
});
