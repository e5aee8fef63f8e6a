import type { DeadlineMode } from '../../../../shared/calendar/types';
import { stmt, type Db } from '../../../db/connection';
import { CONTENT_HEAD_CHARS } from './tickets';

/** A ticket whose running deadline may be near, with what a to-do item shows of it. */
export interface DeadlineCandidate {
  id: string;
  code: string;
  clientName: string | null;
  contentHead: string;
  handlerId: string | null;
  handlerName: string | null;
  responseDueAt: string;
  responseMode: DeadlineMode;
  resolutionDueAt: string;
  resolutionMode: DeadlineMode;
  firstResponseAt: string | null;
  resolvedAt: string | null;
}

/**
 * Live tickets with a running deadline at or before `horizon`, handled by the person or (with a group) in
 * that group: each through its own index on (handler or group, next deadline).
 */
export function deadlineCandidates(
  db: Db,
  q: { staffId: string; groupId: string | null; horizon: string },
): DeadlineCandidate[] {
  return stmt(
    db,
    `SELECT t.id, t.code, coalesce(c.name, t.caller_name) AS clientName,
            substr(t.content, 1, ${CONTENT_HEAD_CHARS}) AS contentHead, t.handler_id AS handlerId,
            h.name AS handlerName, t.response_due_at AS responseDueAt, t.response_mode AS responseMode,
            t.resolution_due_at AS resolutionDueAt, t.resolution_mode AS resolutionMode,
            t.first_response_at AS firstResponseAt, t.resolved_at AS resolvedAt
     FROM service_tickets t
     LEFT JOIN clients c ON c.id = t.client_id
     LEFT JOIN staff h ON h.id = t.handler_id
     WHERE t.rowid IN (
       SELECT rowid FROM service_tickets
       WHERE handler_id = @staffId AND next_due_at IS NOT NULL AND next_due_at <= @horizon AND deleted_at IS NULL
       UNION
       SELECT rowid FROM service_tickets
       WHERE group_id = @groupId AND next_due_at IS NOT NULL AND next_due_at <= @horizon AND deleted_at IS NULL)
     ORDER BY t.next_due_at, t.id`,
  ).all(q) as DeadlineCandidate[];
}
