import type { Core } from '../../src/main/core/createCore';
import type { Session } from '../../src/main/core/session';
import type { ChannelInput } from '../../src/shared/contract/channels';
import type { TicketDetail, TicketKind, TicketStatus } from '../../src/shared/service/types';
import { unwrap } from './core';

/**
 * Tickets walked through their workflow by the service's own channels, for tests and channel examples that
 * need a ticket at a given step. The step times lie on the day before the test clock's start
 * (FakeClock: 2026-11-27T02:00Z), one after the other.
 */
export const TICKET_TIMES = {
  received: '2026-11-26T01:00:00.000Z',
  firstResponse: '2026-11-26T02:00:00.000Z',
  resolving: '2026-11-26T03:00:00.000Z',
  actionDone: '2026-11-26T04:00:00.000Z',
  resolved: '2026-11-26T05:00:00.000Z',
  feedback: '2026-11-26T06:00:00.000Z',
  closed: '2026-11-26T06:30:00.000Z',
} as const;

/** An intake form as the desk fills it: an unknown caller's complaint unless `over` says otherwise. */
export function ticketInput(
  handlerId: string,
  over: Partial<ChannelInput<'service.create'>> = {},
): ChannelInput<'service.create'> {
  return {
    kind: 'complaint',
    channel: 'hotline',
    callerPhone: '0571-8888 1234',
    callerName: '来电客户',
    receivedAt: TICKET_TIMES.received,
    content: '收到的货物外包装破损，部分产品有划痕',
    category: 'product_quality',
    severity: 'major',
    handlerId,
    ...over,
  };
}

/** What service.update takes to leave the ticket as it is (a test changes the fields it is about). */
export function ticketEditInput(t: TicketDetail): ChannelInput<'service.update'> {
  return {
    id: t.id,
    version: t.version,
    channel: t.channel,
    callerPhone: t.callerPhone,
    clientId: t.clientId,
    callerName: t.callerName,
    contactId: t.contactId,
    receivedAt: t.receivedAt,
    content: t.content,
    category: t.category,
    severity: t.severity,
    handlerId: t.handlerId!,
  };
}

const ORDER: Record<TicketKind, TicketStatus[]> = {
  complaint: ['registered', 'investigating', 'resolving', 'feedback', 'closed'],
  inquiry: ['open', 'answered', 'closed'],
};

/** Adds an action to a resolving complaint and marks it done; the ticket as it stands after. */
export async function doneAction(core: Core, as: Session, t: TicketDetail): Promise<TicketDetail> {
  const action = unwrap(
    await core.call(
      'service.addAction',
      {
        ticketId: t.id,
        department: 'logistics',
        ownerId: t.handlerId,
        description: '更换包装并重新发货',
        dueDate: '2026-11-30',
      },
      as,
    ),
  );
  unwrap(
    await core.call(
      'service.completeAction',
      { id: action.id, version: action.version, at: TICKET_TIMES.actionDone, note: '已重新发货' },
      as,
    ),
  );
  return unwrap(await core.call('service.get', { id: t.id }, as));
}

/** One step forward from where the ticket is, with what the step needs. */
async function stepForward(core: Core, as: Session, t: TicketDetail): Promise<TicketDetail> {
  const ref = { id: t.id, version: t.version };
  switch (t.status) {
    case 'registered':
      return unwrap(
        await core.call(
          'service.startInvestigation',
          { ...ref, at: TICKET_TIMES.firstResponse, note: '已致电客户致歉，承诺 72 小时内处理' },
          as,
        ),
      );
    case 'investigating':
      return unwrap(
        await core.call(
          'service.startResolving',
          {
            ...ref,
            at: TICKET_TIMES.resolving,
            findings: '物流转运途中挤压',
            rootCause: '包装强度不足',
            responsibleDept: 'logistics',
            solution: '补发并加固包装',
          },
          as,
        ),
      );
    case 'resolving': {
      const ready =
        t.actions.length > 0 && t.actions.every((a) => a.doneAt) ? t : await doneAction(core, as, t);
      return unwrap(
        await core.call(
          'service.resolve',
          {
            id: ready.id,
            version: ready.version,
            at: TICKET_TIMES.resolved,
            summary: '已补发，客户确认收货',
          },
          as,
        ),
      );
    }
    case 'feedback':
      return unwrap(
        await core.call(
          'service.close',
          {
            ...ref,
            at: TICKET_TIMES.closed,
            feedbackMethod: 'phone',
            feedbackAt: TICKET_TIMES.feedback,
            feedbackNote: '客户表示满意',
            clientSatisfied: true,
            satisfactionScore: 5,
          },
          as,
        ),
      );
    case 'open':
      return unwrap(
        await core.call(
          'service.answer',
          { ...ref, at: TICKET_TIMES.firstResponse, answer: '已告知产品保修期为两年' },
          as,
        ),
      );
    case 'answered':
      return unwrap(await core.call('service.close', { ...ref, at: TICKET_TIMES.closed }, as));
    case 'closed':
      throw new Error('a closed ticket has no step forward');
  }
}

/** Takes the ticket forward, step by step, until it is at `status`. */
export async function walkTo(
  core: Core,
  as: Session,
  t: TicketDetail,
  status: TicketStatus,
): Promise<TicketDetail> {
  const order = ORDER[t.kind];
  if (!order.includes(status)) throw new Error(`a ${t.kind} is never ${status}`);
  let current = t;
  while (current.status !== status) {
    if (order.indexOf(current.status) > order.indexOf(status))
      throw new Error(`the ticket is past ${status}`);
    current = await stepForward(core, as, current);
  }
  return current;
}

/** A new ticket handled by `handlerId`, taken to `status` by `as` (who must work on it). */
export async function ticketAt(
  core: Core,
  as: Session,
  handlerId: string,
  kind: TicketKind,
  status: TicketStatus,
  over: Partial<ChannelInput<'service.create'>> = {},
): Promise<TicketDetail> {
  const created = unwrap(await core.call('service.create', ticketInput(handlerId, { kind, ...over }), as));
  return walkTo(core, as, created, status);
}
