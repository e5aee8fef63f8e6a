import type { SatisfactionTotal } from '../../../../shared/service/appraisalSources';
import type { SatisfactionScore } from '../../../../shared/service/types';
import { stmt, type Db } from '../../../db/connection';

type ScoreRow = Omit<SatisfactionScore, 'satisfied'> & { satisfied: number };

const SCORE_COLUMNS = `id AS ticketId, client_id AS clientId, handler_id AS handlerId, group_id AS groupId,
  feedback_at AS at, client_satisfied AS satisfied, satisfaction_score AS score`;

const SCORED = `kind = 'complaint' AND status = 'closed' AND deleted_at IS NULL AND satisfaction_score IS NOT NULL
  AND feedback_at >= @fromIso AND feedback_at < @toIso`;

/*
 * A client owner's scores are read through their own index (0020): the planner, without statistics, would
 * otherwise take every closed ticket by status and read each row.
 */
const BY_OWNER_FEEDBACK = 'service_tickets INDEXED BY service_tickets_owner_feedback';

/**
 * Satisfaction given at closed complaints' feedback visits (回访) in [fromIso, toIso), optionally of one
 * handler, group or client owner, oldest first.
 */
export function closedComplaintScores(
  db: Db,
  q: {
    fromIso: string;
    toIso: string;
    handlerId: string | null;
    groupId: string | null;
    clientOwnerId: string | null;
  },
): SatisfactionScore[] {
  const { clientOwnerId, ...rest } = q;
  const others =
    '(@handlerId IS NULL OR handler_id = @handlerId) AND (@groupId IS NULL OR group_id = @groupId)';
  const rows =
    clientOwnerId === null
      ? (stmt(
          db,
          `SELECT ${SCORE_COLUMNS} FROM service_tickets WHERE ${SCORED} AND ${others} ORDER BY feedback_at, id`,
        ).all(rest) as ScoreRow[])
      : (stmt(
          db,
          `SELECT ${SCORE_COLUMNS} FROM ${BY_OWNER_FEEDBACK}
           WHERE client_owner_id = @clientOwnerId AND ${SCORED} AND ${others} ORDER BY feedback_at, id`,
        ).all({ ...rest, clientOwnerId }) as ScoreRow[]);
  return rows.map((r) => ({ ...r, satisfied: r.satisfied === 1 }));
}

/** Per client owner: how many closed complaints' feedback scores fell in [fromIso, toIso), and their mean. */
export function scoresByClientOwners(
  db: Db,
  q: { fromIso: string; toIso: string; ownerIds: readonly string[] },
): Map<string, SatisfactionTotal> {
  const rows = stmt(
    db,
    `SELECT client_owner_id AS ownerId, count(*) AS n, avg(satisfaction_score) AS mean FROM ${BY_OWNER_FEEDBACK}
     WHERE client_owner_id IN (SELECT value FROM json_each(@owners)) AND ${SCORED}
     GROUP BY client_owner_id`,
  ).all({ fromIso: q.fromIso, toIso: q.toIso, owners: JSON.stringify(q.ownerIds) }) as ({
    ownerId: string;
  } & SatisfactionTotal)[];
  return new Map(rows.map((r) => [r.ownerId, { n: r.n, mean: r.mean }]));
}

/** The tickets scoresByClientOwners counts for one owner, oldest feedback first. */
export function clientOwnerScoreTickets(
  db: Db,
  q: { fromIso: string; toIso: string; ownerId: string },
): { ticketId: string; ticketCode: string; clientId: string | null; at: string; score: number }[] {
  return stmt(
    db,
    `SELECT id AS ticketId, code AS ticketCode, client_id AS clientId, feedback_at AS at,
            satisfaction_score AS score
     FROM ${BY_OWNER_FEEDBACK} WHERE client_owner_id = @ownerId AND ${SCORED} ORDER BY feedback_at, id`,
  ).all(q) as { ticketId: string; ticketCode: string; clientId: string | null; at: string; score: number }[];
}
