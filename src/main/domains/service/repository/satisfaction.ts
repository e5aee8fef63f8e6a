import type { SatisfactionScore } from '../../../../shared/service/types';
import { stmt, type Db } from '../../../db/connection';

/**
 * Satisfaction given at closed complaints' feedback visits (回访) in [fromIso, toIso), optionally of one
 * handler or group, oldest first.
 */
export function closedComplaintScores(
  db: Db,
  q: { fromIso: string; toIso: string; handlerId: string | null; groupId: string | null },
): SatisfactionScore[] {
  return (
    stmt(
      db,
      `SELECT id AS ticketId, client_id AS clientId, handler_id AS handlerId, group_id AS groupId,
              feedback_at AS at, client_satisfied AS satisfied, satisfaction_score AS score
       FROM service_tickets
       WHERE kind = 'complaint' AND status = 'closed' AND deleted_at IS NULL AND satisfaction_score IS NOT NULL
         AND feedback_at >= @fromIso AND feedback_at < @toIso
         AND (@handlerId IS NULL OR handler_id = @handlerId) AND (@groupId IS NULL OR group_id = @groupId)
       ORDER BY feedback_at, id`,
    ).all(q) as (Omit<SatisfactionScore, 'satisfied'> & { satisfied: number })[]
  ).map((r) => ({ ...r, satisfied: r.satisfied === 1 }));
}
