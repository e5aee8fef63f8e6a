import type { DeadlineMode } from '../../../../shared/calendar/types';
import type {
  FeedbackMethod,
  TicketChannel,
  TicketKind,
  TicketSeverity,
  TicketStatus,
} from '../../../../shared/service/types';
import type { Stamp } from '../../../core/mutation';
import { stmt, type Db } from '../../../db/connection';

/** A ticket as stored, with the names lists show joined in (the content only as far as lists need it). */
export interface TicketDbRow {
  rid: number;
  id: string;
  code: string;
  kind: TicketKind;
  channel: TicketChannel;
  status: TicketStatus;
  clientId: string | null;
  clientName: string | null;
  clientCode: string | null;
  callerName: string | null;
  contactId: string | null;
  contactName: string | null;
  callerPhone: string | null;
  receivedAt: string;
  slaStartAt: string;
  /** The first characters of the content (lists); the detail reads the whole of it (ticketContent). */
  contentHead: string;
  category: string;
  severity: TicketSeverity;
  handlerId: string | null;
  handlerName: string | null;
  groupId: string | null;
  responseDueAt: string;
  responseMode: DeadlineMode;
  resolutionDueAt: string;
  resolutionMode: DeadlineMode;
  nextDueAt: string | null;
  firstResponseAt: string | null;
  firstResponseNote: string | null;
  answer: string | null;
  findings: string | null;
  rootCause: string | null;
  responsibleDept: string | null;
  solution: string | null;
  resolutionSummary: string | null;
  resolvedAt: string | null;
  feedbackMethod: FeedbackMethod | null;
  feedbackAt: string | null;
  feedbackNote: string | null;
  /** 0 / 1 as stored. */
  clientSatisfied: number | null;
  satisfactionScore: number | null;
  closedAt: string | null;
  reopenCount: number;
  convertedAt: string | null;
  createdAt: string;
  createdBy: string | null;
  updatedAt: string;
  deletedAt: string | null;
  version: number;
}

/** How much of the content a list row carries: enough for its first line. */
export const CONTENT_HEAD_CHARS = 200;

const TICKET_SELECT = `
  SELECT t.rowid AS rid, t.id, t.code, t.kind, t.channel, t.status, t.client_id AS clientId, c.name AS clientName,
         c.code AS clientCode, t.caller_name AS callerName, t.contact_id AS contactId, k.name AS contactName,
         t.caller_phone AS callerPhone, t.received_at AS receivedAt, t.sla_start_at AS slaStartAt,
         substr(t.content, 1, ${CONTENT_HEAD_CHARS}) AS contentHead, t.category, t.severity,
         t.handler_id AS handlerId, h.name AS handlerName, t.group_id AS groupId,
         t.response_due_at AS responseDueAt, t.response_mode AS responseMode,
         t.resolution_due_at AS resolutionDueAt, t.resolution_mode AS resolutionMode, t.next_due_at AS nextDueAt,
         t.first_response_at AS firstResponseAt, t.first_response_note AS firstResponseNote, t.answer,
         t.findings, t.root_cause AS rootCause, t.responsible_dept AS responsibleDept, t.solution,
         t.resolution_summary AS resolutionSummary, t.resolved_at AS resolvedAt, t.feedback_method AS feedbackMethod,
         t.feedback_at AS feedbackAt, t.feedback_note AS feedbackNote, t.client_satisfied AS clientSatisfied,
         t.satisfaction_score AS satisfactionScore, t.closed_at AS closedAt, t.reopen_count AS reopenCount,
         t.converted_at AS convertedAt, t.created_at AS createdAt, t.created_by AS createdBy,
         t.updated_at AS updatedAt, t.deleted_at AS deletedAt, t.version
  FROM service_tickets t
  LEFT JOIN clients c ON c.id = t.client_id
  LEFT JOIN client_contacts k ON k.id = t.contact_id
  LEFT JOIN staff h ON h.id = t.handler_id`;

/** One ticket, deleted or not (the service decides what a deleted one means). */
export function getTicketRow(db: Db, id: string): TicketDbRow | null {
  return (stmt(db, `${TICKET_SELECT} WHERE t.id = ?`).get(id) as TicketDbRow | undefined) ?? null;
}

/** Rows for the given rowids, in the order given (a list page's order). */
export function getTicketRowsByRowid(db: Db, rowids: readonly number[]): TicketDbRow[] {
  if (rowids.length === 0) return [];
  const rows = stmt(db, `${TICKET_SELECT} WHERE t.rowid IN (SELECT value FROM json_each(?))`).all(
    JSON.stringify(rowids),
  ) as TicketDbRow[];
  const byRid = new Map(rows.map((r) => [r.rid, r]));
  return rowids.map((rid) => byRid.get(rid)).filter((r): r is TicketDbRow => r !== undefined);
}

/** The whole content and who registered the ticket, for the detail. */
export function ticketContent(db: Db, id: string): { content: string; createdByName: string | null } {
  return stmt(
    db,
    `SELECT t.content, s.name AS createdByName FROM service_tickets t
     LEFT JOIN users u ON u.id = t.created_by LEFT JOIN staff s ON s.id = u.staff_id
     WHERE t.id = ?`,
  ).get(id) as { content: string; createdByName: string | null };
}

/**
 * What every write of a ticket sets: the recorded facts, the workflow's state and its deadlines — the stored
 * row without its identity, stamps and the names lists join in, with the whole content, the phone's digits,
 * and satisfaction as yes / no.
 */
export type TicketWrite = Omit<
  TicketDbRow,
  | 'rid'
  | 'id'
  | 'code'
  | 'clientName'
  | 'clientCode'
  | 'contactName'
  | 'contentHead'
  | 'handlerName'
  | 'clientSatisfied'
  | 'createdAt'
  | 'createdBy'
  | 'updatedAt'
  | 'deletedAt'
  | 'version'
> & { content: string; callerPhoneNorm: string | null; clientSatisfied: boolean | null };

/** A new ticket's workflow fields: no step taken yet (nextDueAt is set from its deadlines). */
export const NO_STEPS_YET = {
  nextDueAt: null,
  firstResponseAt: null,
  firstResponseNote: null,
  answer: null,
  findings: null,
  rootCause: null,
  responsibleDept: null,
  solution: null,
  resolutionSummary: null,
  resolvedAt: null,
  feedbackMethod: null,
  feedbackAt: null,
  feedbackNote: null,
  clientSatisfied: null,
  satisfactionScore: null,
  closedAt: null,
  reopenCount: 0,
  convertedAt: null,
} as const satisfies Partial<TicketWrite>;

const COLUMNS: [column: string, field: keyof TicketWrite][] = [
  ['kind', 'kind'],
  ['channel', 'channel'],
  ['status', 'status'],
  ['client_id', 'clientId'],
  ['caller_name', 'callerName'],
  ['contact_id', 'contactId'],
  ['caller_phone', 'callerPhone'],
  ['caller_phone_norm', 'callerPhoneNorm'],
  ['received_at', 'receivedAt'],
  ['sla_start_at', 'slaStartAt'],
  ['content', 'content'],
  ['category', 'category'],
  ['severity', 'severity'],
  ['handler_id', 'handlerId'],
  ['group_id', 'groupId'],
  ['response_due_at', 'responseDueAt'],
  ['response_mode', 'responseMode'],
  ['resolution_due_at', 'resolutionDueAt'],
  ['resolution_mode', 'resolutionMode'],
  ['next_due_at', 'nextDueAt'],
  ['first_response_at', 'firstResponseAt'],
  ['first_response_note', 'firstResponseNote'],
  ['answer', 'answer'],
  ['findings', 'findings'],
  ['root_cause', 'rootCause'],
  ['responsible_dept', 'responsibleDept'],
  ['solution', 'solution'],
  ['resolution_summary', 'resolutionSummary'],
  ['resolved_at', 'resolvedAt'],
  ['feedback_method', 'feedbackMethod'],
  ['feedback_at', 'feedbackAt'],
  ['feedback_note', 'feedbackNote'],
  ['client_satisfied', 'clientSatisfied'],
  ['satisfaction_score', 'satisfactionScore'],
  ['closed_at', 'closedAt'],
  ['reopen_count', 'reopenCount'],
  ['converted_at', 'convertedAt'],
];

/** A write as named statement parameters (the columns an insert and an update both set). */
function params(w: TicketWrite): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [, field] of COLUMNS) out[field] = w[field];
  out.clientSatisfied = w.clientSatisfied === null ? null : w.clientSatisfied ? 1 : 0;
  return out;
}

/**
 * The client file's owner and group, copied onto the ticket so that lists decide who sees it from the ticket
 * alone (migration 0011 keeps them in step when the file changes hands).
 */
const CLIENT_OWNER = `(SELECT c.owner_id FROM clients c WHERE c.id = @clientId)`;
const CLIENT_GROUP = `(SELECT c.group_id FROM clients c WHERE c.id = @clientId)`;

const INSERT_SQL = `INSERT INTO service_tickets (id, code, ${COLUMNS.map(([c]) => c).join(', ')},
  client_owner_id, client_group_id, created_at, updated_at, created_by, updated_by)
  VALUES (@id, @code, ${COLUMNS.map(([, f]) => `@${f}`).join(', ')}, ${CLIENT_OWNER}, ${CLIENT_GROUP},
  @at, @at, @by, @by)`;

export function insertTicket(db: Db, id: string, code: string, w: TicketWrite, s: Stamp): void {
  stmt(db, INSERT_SQL).run({ ...params(w), id, code, at: s.at, by: s.by });
}

const UPDATE_SQL = `UPDATE service_tickets SET ${COLUMNS.map(([c, f]) => `${c} = @${f}`).join(', ')},
  client_owner_id = ${CLIENT_OWNER}, client_group_id = ${CLIENT_GROUP},
  updated_at = @at, updated_by = @by, version = version + 1
  WHERE id = @id AND version = @version AND deleted_at IS NULL`;

/** Writes the ticket's whole state if it is still at `version`; false when it is not (a stale read). */
export function updateTicket(db: Db, id: string, version: number, w: TicketWrite, s: Stamp): boolean {
  return stmt(db, UPDATE_SQL).run({ ...params(w), id, version, at: s.at, by: s.by }).changes === 1;
}

/** The ticket's whole stored state, for a write that changes part of it. */
export function ticketWriteOf(db: Db, id: string): TicketWrite | null {
  const r = stmt(
    db,
    `SELECT ${COLUMNS.map(([c, f]) => `${c} AS ${f}`).join(', ')} FROM service_tickets WHERE id = ?`,
  ).get(id) as (Omit<TicketWrite, 'clientSatisfied'> & { clientSatisfied: number | null }) | undefined;
  if (!r) return null;
  return { ...r, clientSatisfied: r.clientSatisfied === null ? null : r.clientSatisfied === 1 };
}

/** A client's tickets at a glance. */
export function clientTicketCounts(
  db: Db,
  clientId: string,
): { complaints: number; openComplaints: number; inquiries: number } {
  return stmt(
    db,
    `SELECT coalesce(sum(kind = 'complaint'), 0) AS complaints,
            coalesce(sum(kind = 'complaint' AND status <> 'closed'), 0) AS openComplaints,
            coalesce(sum(kind = 'inquiry'), 0) AS inquiries
     FROM service_tickets WHERE client_id = ? AND deleted_at IS NULL`,
  ).get(clientId) as { complaints: number; openComplaints: number; inquiries: number };
}
