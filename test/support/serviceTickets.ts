import type { Db } from '../../src/main/db/connection';
import { newId } from '../../src/main/core/ids';
import type {
  FeedbackMethod,
  TicketChannel,
  TicketKind,
  TicketSeverity,
  TicketStatus,
} from '../../src/shared/service/types';

/**
 * Tickets written straight into service_tickets, for statistics and printing tests that need a set of
 * tickets in given states at given times (a year of them, or one closed complaint) without walking each
 * through the workflow. Only what a ticket row must hold is required; everything else defaults to a fresh,
 * unanswered ticket. Tests of the workflow itself go through the service's channels.
 */
export interface TicketRowSeed {
  kind?: TicketKind;
  channel?: TicketChannel;
  status?: TicketStatus;
  /** ISO instant. */
  receivedAt: string;
  category?: string;
  severity?: TicketSeverity;
  content?: string;
  responseDueAt: string;
  resolutionDueAt: string;
  firstResponseAt?: string | null;
  firstResponseNote?: string | null;
  resolvedAt?: string | null;
  responsibleDept?: string | null;
  findings?: string | null;
  rootCause?: string | null;
  solution?: string | null;
  resolutionSummary?: string | null;
  answer?: string | null;
  feedbackMethod?: FeedbackMethod | null;
  feedbackAt?: string | null;
  feedbackNote?: string | null;
  clientSatisfied?: boolean | null;
  satisfactionScore?: number | null;
  closedAt?: string | null;
  reopenCount?: number;
  clientId?: string | null;
  callerName?: string | null;
  callerPhone?: string | null;
  handlerId?: string | null;
  groupId?: string | null;
  createdBy?: string | null;
  deletedAt?: string | null;
  code?: string;
}

let seq = 0;

const INSERT = `
INSERT INTO service_tickets (
  id, code, kind, channel, status, client_id, caller_name, caller_phone, caller_phone_norm, received_at,
  sla_start_at, content, category, severity, handler_id, group_id, response_due_at, response_mode,
  resolution_due_at, resolution_mode, next_due_at, first_response_at, first_response_note, answer, findings,
  root_cause, responsible_dept, solution, resolution_summary, resolved_at, feedback_method, feedback_at,
  feedback_note, client_satisfied, satisfaction_score, closed_at, reopen_count, created_at, updated_at,
  created_by, updated_by, deleted_at
) VALUES (
  @id, @code, @kind, @channel, @status, @clientId, @callerName, @callerPhone, @callerPhoneNorm, @receivedAt,
  @receivedAt, @content, @category, @severity, @handlerId, @groupId, @responseDueAt, 'calendar',
  @resolutionDueAt, 'calendar', @nextDueAt, @firstResponseAt, @firstResponseNote, @answer, @findings,
  @rootCause, @responsibleDept, @solution, @resolutionSummary, @resolvedAt, @feedbackMethod, @feedbackAt,
  @feedbackNote, @clientSatisfied, @satisfactionScore, @closedAt, @reopenCount, @receivedAt, @receivedAt,
  @createdBy, @createdBy, @deletedAt
)`;

/** Writes the tickets in one transaction and returns their ids, in order. */
export function insertTickets(db: Db, seeds: readonly TicketRowSeed[]): string[] {
  const insert = db.prepare(INSERT);
  const ids: string[] = [];
  db.transaction(() => {
    for (const s of seeds) {
      const id = newId();
      const kind = s.kind ?? 'complaint';
      const firstResponseAt = s.firstResponseAt ?? null;
      const resolvedAt = s.resolvedAt ?? null;
      insert.run({
        id,
        code: s.code ?? `TS-TEST-${String(++seq).padStart(7, '0')}`,
        kind,
        channel: s.channel ?? 'hotline',
        status: s.status ?? (kind === 'complaint' ? 'registered' : 'open'),
        clientId: s.clientId ?? null,
        callerName: s.callerName ?? null,
        callerPhone: s.callerPhone ?? null,
        callerPhoneNorm: s.callerPhone ? s.callerPhone.replace(/\D/g, '') : null,
        receivedAt: s.receivedAt,
        content: s.content ?? '客户来电反映问题',
        category: s.category ?? 'other',
        severity: s.severity ?? 'normal',
        handlerId: s.handlerId ?? null,
        groupId: s.groupId ?? null,
        responseDueAt: s.responseDueAt,
        resolutionDueAt: s.resolutionDueAt,
        nextDueAt:
          firstResponseAt === null ? s.responseDueAt : resolvedAt === null ? s.resolutionDueAt : null,
        firstResponseAt,
        firstResponseNote: s.firstResponseNote ?? null,
        answer: s.answer ?? null,
        findings: s.findings ?? null,
        rootCause: s.rootCause ?? null,
        responsibleDept: s.responsibleDept ?? null,
        solution: s.solution ?? null,
        resolutionSummary: s.resolutionSummary ?? null,
        resolvedAt,
        feedbackMethod: s.feedbackMethod ?? null,
        feedbackAt: s.feedbackAt ?? null,
        feedbackNote: s.feedbackNote ?? null,
        clientSatisfied: s.clientSatisfied == null ? null : s.clientSatisfied ? 1 : 0,
        satisfactionScore: s.satisfactionScore ?? null,
        closedAt: s.closedAt ?? null,
        reopenCount: s.reopenCount ?? 0,
        createdBy: s.createdBy ?? null,
        deletedAt: s.deletedAt ?? null,
      });
      ids.push(id);
    }
  })();
  return ids;
}
