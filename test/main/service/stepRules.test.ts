import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../../../src/shared/contract/errors';
import type { TicketDetail } from '../../../src/shared/service/types';
import { tableChecksum } from '../contract/support';
import { unwrap } from '../../support/core';
import { TICKET_TIMES as T, doneAction, ticketEditInput } from '../../support/ticketFlow';
import {
  department,
  errorOf,
  fieldKeys,
  readTicket,
  staffIdOf,
  ticketAtStep,
  type Department,
} from './support';

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
const plusHours = (iso: string, h: number) => new Date(Date.parse(iso) + h * HOUR).toISOString();
const ref = (t: TicketDetail) => ({ id: t.id, version: t.version });
const complaintAt = (status: Parameters<typeof ticketAtStep>[4]) =>
  ticketAtStep(d.core, d.salesA, handler, 'complaint', status);

/** The call is refused with exactly these field errors, and the database is as it was. */
async function refused(call: () => Promise<Result<unknown>>, fields: Record<string, string>): Promise<void> {
  const before = tableChecksum(d.core);
  const r = await call();
  expect(errorOf(r).code).toBe('VALIDATION');
  expect(fieldKeys(r)).toEqual(fields);
  expect(tableChecksum(d.core)).toBe(before);
}

describe('what each step needs', () => {
  it('resolving needs findings, root cause, responsible department and solution: every missing one named', async () => {
    const t = await complaintAt('investigating');
    const empty = { findings: null, rootCause: null, responsibleDept: null, solution: null };
    await refused(
      () => d.core.call('service.startResolving', { ...ref(t), at: T.resolving, ...empty }, d.salesA),
      {
        findings: 'validation.required',
        rootCause: 'validation.required',
        responsibleDept: 'validation.required',
        solution: 'validation.required',
      },
    );
    // What the investigation saved counts: the rest can come with the move.
    const saved = unwrap(
      await d.core.call(
        'service.saveInvestigation',
        { ...ref(t), findings: '受潮', rootCause: '库房漏水', responsibleDept: null, solution: null },
        d.salesA,
      ),
    );
    await refused(
      () => d.core.call('service.startResolving', { ...ref(saved), at: T.resolving, ...empty }, d.salesA),
      { responsibleDept: 'validation.required', solution: 'validation.required' },
    );
    await refused(
      () =>
        d.core.call(
          'service.startResolving',
          { ...ref(saved), at: T.resolving, ...empty, responsibleDept: 'weather', solution: '补发' },
          d.salesA,
        ),
      { responsibleDept: 'validation.unknownDepartment' },
    );
    const moved = unwrap(
      await d.core.call(
        'service.startResolving',
        { ...ref(saved), at: T.resolving, ...empty, responsibleDept: 'logistics', solution: '补发' },
        d.salesA,
      ),
    );
    expect(moved).toMatchObject({ status: 'resolving', findings: '受潮', responsibleDept: 'logistics' });
  });

  it('a resolution needs at least one action, and every action done', async () => {
    const t = await complaintAt('resolving');
    const resolve = (x: TicketDetail) =>
      d.core.call('service.resolve', { ...ref(x), at: T.resolved, summary: '已处理' }, d.salesA);
    await refused(() => resolve(t), { actions: 'validation.actionsMissing' });
    unwrap(
      await d.core.call(
        'service.addAction',
        { ticketId: t.id, department: 'quality', ownerId: null, description: '复核', dueDate: '2026-12-01' },
        d.salesA,
      ),
    );
    await refused(async () => resolve(await readTicket(d.core, d.salesA, t.id)), {
      actions: 'validation.actionsOpen',
    });
  });

  it('closing a complaint needs how and when the client was told, whether satisfied, and the score', async () => {
    const t = await complaintAt('feedback');
    const none = {
      feedbackMethod: null,
      feedbackAt: null,
      feedbackNote: null,
      clientSatisfied: null,
      satisfactionScore: null,
    };
    await refused(() => d.core.call('service.close', { ...ref(t), at: T.closed, ...none }, d.salesA), {
      feedbackMethod: 'validation.required',
      feedbackAt: 'validation.required',
      clientSatisfied: 'validation.required',
      satisfactionScore: 'validation.required',
    });
    await refused(
      () =>
        d.core.call(
          'service.close',
          { ...ref(t), at: T.closed, ...none, feedbackMethod: 'visit', feedbackAt: T.feedback },
          d.salesA,
        ),
      { clientSatisfied: 'validation.required', satisfactionScore: 'validation.required' },
    );
    const score = await d.core.call(
      'service.close',
      {
        ...ref(t),
        at: T.closed,
        ...none,
        feedbackMethod: 'visit',
        feedbackAt: T.feedback,
        clientSatisfied: true,
        satisfactionScore: 6,
      },
      d.salesA,
    );
    expect(Object.keys(fieldKeys(score))).toEqual(['satisfactionScore']);
  });
});

describe('the times of the steps', () => {
  it('a resolution before the received time, in the future, or before the step before it is refused', async () => {
    const t = await doneAction(d.core, d.salesA, await complaintAt('resolving'));
    const resolveAt = (at: string) =>
      d.core.call('service.resolve', { ...ref(t), at, summary: '已处理' }, d.salesA);
    await refused(() => resolveAt(plusHours(T.received, -1)), { at: 'validation.beforeReceived' });
    await refused(() => resolveAt(plusHours(d.clock.now().toISOString(), 1)), {
      at: 'validation.timeFuture',
    });
    // After the investigation started but before resolving started, and before the last action was done.
    await refused(() => resolveAt(plusHours(T.firstResponse, 0.5)), { at: 'validation.beforePreviousStep' });
    await refused(() => resolveAt(plusHours(T.actionDone, -0.25)), { at: 'validation.beforePreviousStep' });
    expect(unwrap(await resolveAt(T.actionDone)).resolvedAt).toBe(T.actionDone);
  });

  it('the first response cannot come before the ticket was received, nor in the future', async () => {
    const t = await complaintAt('registered');
    const start = (at: string) =>
      d.core.call('service.startInvestigation', { ...ref(t), at, note: '回电' }, d.salesA);
    await refused(() => start(plusHours(T.received, -0.1)), { at: 'validation.beforeReceived' });
    await refused(() => start(plusHours(d.clock.now().toISOString(), 0.1)), { at: 'validation.timeFuture' });
  });

  it('an action is done after resolving started; feedback after the resolution; closing after the feedback', async () => {
    const t = await complaintAt('resolving');
    const action = unwrap(
      await d.core.call(
        'service.addAction',
        { ticketId: t.id, department: 'quality', ownerId: null, description: '复核', dueDate: '2026-12-01' },
        d.salesA,
      ),
    );
    await refused(
      () =>
        d.core.call(
          'service.completeAction',
          { id: action.id, version: action.version, at: plusHours(T.resolving, -0.5), note: null },
          d.salesA,
        ),
      { at: 'validation.beforePreviousStep' },
    );
    unwrap(
      await d.core.call(
        'service.completeAction',
        { id: action.id, version: action.version, at: T.actionDone, note: null },
        d.salesA,
      ),
    );
    const feedback = unwrap(
      await d.core.call(
        'service.resolve',
        { ...ref(await readTicket(d.core, d.salesA, t.id)), at: T.resolved, summary: '已处理' },
        d.salesA,
      ),
    );
    const close = (feedbackAt: string, at: string) =>
      d.core.call(
        'service.close',
        {
          ...ref(feedback),
          at,
          feedbackMethod: 'phone',
          feedbackAt,
          feedbackNote: null,
          clientSatisfied: false,
          satisfactionScore: 2,
        },
        d.salesA,
      );
    await refused(() => close(plusHours(T.resolved, -0.5), T.closed), {
      feedbackAt: 'validation.beforePreviousStep',
    });
    await refused(() => close(T.feedback, plusHours(T.feedback, -0.1)), {
      at: 'validation.beforePreviousStep',
    });
    await refused(() => close(plusHours(d.clock.now().toISOString(), 1), T.closed), {
      feedbackAt: 'validation.timeFuture',
    });
    expect(unwrap(await close(T.feedback, T.closed))).toMatchObject({
      clientSatisfied: false,
      satisfactionScore: 2,
    });
  });

  it('a corrected received time cannot come after the steps that followed it', async () => {
    const t = await complaintAt('investigating');
    await refused(
      () =>
        d.core.call(
          'service.update',
          { ...ticketEditInput(t), receivedAt: plusHours(T.firstResponse, 0.5) },
          d.salesA,
        ),
      { receivedAt: 'validation.afterLaterStep' },
    );
  });
});
