import type { TicketEventKind } from '../../../shared/service/types';
import type { Ctx } from '../../core/context';
import { fieldRefusal } from '../../core/refusals';
import { earliestStepAt, latestStepAt } from './repository/events';
import { checkNotFuture } from './recordChecks';

/**
 * The steps of a ticket's workflow whose times follow one another: each later step happened at or after the
 * one before. (Edits, assignments and saved notes are recorded when they are made and do not count; the
 * coordinated actions run side by side, and only a resolution must follow them all.)
 */
export const WORKFLOW_STEPS: readonly TicketEventKind[] = [
  'received',
  'investigation_started',
  'resolving_started',
  'resolved',
  'answered',
  'closed',
  'reopened',
  'converted',
];
const AFTER_RECEIPT: readonly TicketEventKind[] = [
  ...WORKFLOW_STEPS.filter((k) => k !== 'received'),
  'action_done',
];

/**
 * A step's time as the person gives it: already come, not before the ticket was received, not before the
 * previous step (or `floor`, a later time the step must also follow). Field errors on `field`.
 */
export function checkStepTime(
  ctx: Ctx,
  ticket: { id: string; receivedAt: string },
  field: string,
  at: string,
  floor: string | null = null,
): void {
  checkNotFuture(ctx, field, at);
  if (at < ticket.receivedAt) throw fieldRefusal('VALIDATION', field, 'validation.beforeReceived');
  const previous = latestStepAt(ctx.db, ticket.id, WORKFLOW_STEPS);
  const bound = floor !== null && (previous === null || floor > previous) ? floor : previous;
  if (bound !== null && at < bound) throw fieldRefusal('VALIDATION', field, 'validation.beforePreviousStep');
}

/** A corrected received time: already come, and not after any later step of the ticket. */
export function checkReceivedAt(ctx: Ctx, ticketId: string | null, receivedAt: string): void {
  checkNotFuture(ctx, 'receivedAt', receivedAt);
  if (ticketId === null) return;
  const next = earliestStepAt(ctx.db, ticketId, AFTER_RECEIPT);
  if (next !== null && receivedAt > next)
    throw fieldRefusal('VALIDATION', 'receivedAt', 'validation.afterLaterStep');
}
