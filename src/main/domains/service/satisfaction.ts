import { chinaDayStart, dayOfIsoDate } from '../../../shared/calendar/workingTime';
import type { SatisfactionScore } from '../../../shared/service/types';
import type { Ctx } from '../../core/context';
import { closedComplaintScores } from './repository/satisfaction';

/** Whose scores, over which days (calendar dates on the Chinese calendar, both included). */
export interface SatisfactionQuery {
  from: string;
  to: string;
  handlerId?: string | null;
  groupId?: string | null;
}

/**
 * The satisfaction scores clients gave at closed complaints' feedback visits between `from` and `to`, for
 * appraisal (a handler's or a group's results) and loyalty (a client's) to read. Not scoped by the caller:
 * those workflows decide who sees their results.
 */
export function satisfactionScores(ctx: Ctx, q: SatisfactionQuery): SatisfactionScore[] {
  return closedComplaintScores(ctx.db, {
    fromIso: new Date(chinaDayStart(dayOfIsoDate(q.from))).toISOString(),
    toIso: new Date(chinaDayStart(dayOfIsoDate(q.to) + 1)).toISOString(),
    handlerId: q.handlerId ?? null,
    groupId: q.groupId ?? null,
  });
}
