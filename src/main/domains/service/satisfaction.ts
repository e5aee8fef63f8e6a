import { chinaDayStart, dayOfIsoDate } from '../../../shared/calendar/workingTime';
import type { SatisfactionRecord, SatisfactionTotal } from '../../../shared/service/appraisalSources';
import { chinaDate } from '../../../shared/service/statsPeriod';
import type { SatisfactionScore } from '../../../shared/service/types';
import type { Ctx } from '../../core/context';
import { clientNames } from '../clients/desk';
import {
  clientOwnerScoreTickets,
  closedComplaintScores,
  scoresByClientOwners,
} from './repository/satisfaction';

/** Whose scores, over which days (calendar dates on the Chinese calendar, both included). */
export interface SatisfactionQuery {
  from: string;
  to: string;
  handlerId?: string | null;
  groupId?: string | null;
  /** The owner of the complaint's client file (now: tickets follow their file when it changes hands or merges). */
  clientOwnerId?: string | null;
}

/** The period as instants: from the start of `from` to the start of the day after `to` (China days). */
const instants = (from: string, to: string) => ({
  fromIso: new Date(chinaDayStart(dayOfIsoDate(from))).toISOString(),
  toIso: new Date(chinaDayStart(dayOfIsoDate(to) + 1)).toISOString(),
});

/**
 * The satisfaction scores clients gave at closed complaints' feedback visits between `from` and `to`, for
 * appraisal (a handler's, a group's or a client owner's results) and loyalty (a client's) to read. Not scoped
 * by the caller: those workflows decide who sees their results.
 */
export function satisfactionScores(ctx: Ctx, q: SatisfactionQuery): SatisfactionScore[] {
  return closedComplaintScores(ctx.db, {
    ...instants(q.from, q.to),
    handlerId: q.handlerId ?? null,
    groupId: q.groupId ?? null,
    clientOwnerId: q.clientOwnerId ?? null,
  });
}

/*
 * The appraisal's client satisfaction indicator (六): the feedback scores (1–5) of closed complaints about the
 * files a person owns now, dated by the feedback visit's China day. A ticket carries its file's owner, kept in
 * step when the file changes hands or is merged (0012, 0013); a complaint about a file deleted since still
 * counts — the complaint and its feedback stay on the service desk's record.
 */

/** Per person (as client owner): how many scores fell in the period and their mean; every owner asked is in the map. */
export function satisfactionByClientOwner(
  ctx: Ctx,
  q: { from: string; to: string; ownerIds: readonly string[] },
): Map<string, SatisfactionTotal> {
  const ownerIds = [...new Set(q.ownerIds)];
  const found =
    ownerIds.length === 0 || q.from > q.to
      ? new Map<string, SatisfactionTotal>()
      : scoresByClientOwners(ctx.db, { ...instants(q.from, q.to), ownerIds });
  return new Map(ownerIds.map((id) => [id, found.get(id) ?? { n: 0, mean: null }]));
}

/** The complaints satisfactionByClientOwner counts for one person, oldest feedback first, with their files' names. */
export function satisfactionRecords(
  ctx: Ctx,
  q: { from: string; to: string; clientOwnerId: string },
): SatisfactionRecord[] {
  if (q.from > q.to) return [];
  const tickets = clientOwnerScoreTickets(ctx.db, { ...instants(q.from, q.to), ownerId: q.clientOwnerId });
  const names = clientNames(
    ctx,
    tickets.flatMap((t) => (t.clientId ? [t.clientId] : [])),
  );
  return tickets.map((t) => {
    const client = t.clientId ? names.get(t.clientId) : undefined;
    return {
      ticketId: t.ticketId,
      ticketCode: t.ticketCode,
      clientId: t.clientId,
      clientCode: client?.code ?? null,
      clientName: client?.name ?? null,
      feedbackDate: chinaDate(t.at),
      score: t.score,
    };
  });
}
