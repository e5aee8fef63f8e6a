import type { TicketClock, TicketRow } from '../../../shared/service/types';
import type { TicketDbRow, TicketWrite } from './repository/tickets';

/** Longest summary a list shows: the first line of the content, cut here. */
const SUMMARY_CHARS = 80;

/** The first line of the content with something on it, for lists. */
export function summaryOf(content: string): string {
  const line = content.split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
  const trimmed = line.trim();
  return [...trimmed].length > SUMMARY_CHARS ? `${[...trimmed].slice(0, SUMMARY_CHARS).join('')}…` : trimmed;
}

/** A stored ticket as the lists show it, with its running deadline (computed by the caller for this moment). */
export function toTicketRow(r: TicketDbRow, clock: TicketClock | null): TicketRow {
  return {
    id: r.id,
    code: r.code,
    kind: r.kind,
    channel: r.channel,
    status: r.status,
    clientId: r.clientId,
    clientName: r.clientName ?? r.callerName,
    clientCode: r.clientCode,
    contactName: r.contactName,
    callerPhone: r.callerPhone,
    receivedAt: r.receivedAt,
    summary: summaryOf(r.contentHead),
    category: r.category,
    severity: r.severity,
    handlerId: r.handlerId,
    handlerName: r.handlerName,
    groupId: r.groupId,
    responsibleDept: r.responsibleDept,
    reopenCount: r.reopenCount,
    clock,
    updatedAt: r.updatedAt,
    version: r.version,
  };
}

/**
 * What the audit trail shows of a ticket: what people recorded and decided, the workflow's state and its
 * deadlines — not the derived running deadline or the phone's digits.
 */
export function ticketAuditView(code: string, w: TicketWrite) {
  return {
    code,
    kind: w.kind,
    channel: w.channel,
    status: w.status,
    clientId: w.clientId,
    callerName: w.callerName,
    contactId: w.contactId,
    callerPhone: w.callerPhone,
    receivedAt: w.receivedAt,
    content: w.content,
    category: w.category,
    severity: w.severity,
    handlerId: w.handlerId,
    groupId: w.groupId,
    slaStartAt: w.slaStartAt,
    responseDueAt: w.responseDueAt,
    responseMode: w.responseMode,
    resolutionDueAt: w.resolutionDueAt,
    resolutionMode: w.resolutionMode,
    firstResponseAt: w.firstResponseAt,
    firstResponseNote: w.firstResponseNote,
    answer: w.answer,
    findings: w.findings,
    rootCause: w.rootCause,
    responsibleDept: w.responsibleDept,
    solution: w.solution,
    resolutionSummary: w.resolutionSummary,
    resolvedAt: w.resolvedAt,
    feedbackMethod: w.feedbackMethod,
    feedbackAt: w.feedbackAt,
    feedbackNote: w.feedbackNote,
    clientSatisfied: w.clientSatisfied,
    satisfactionScore: w.satisfactionScore,
    closedAt: w.closedAt,
    reopenCount: w.reopenCount,
    convertedAt: w.convertedAt,
  };
}
