import { chinaDateOf } from '../../../shared/calendar/workingTime';
import {
  DECISION_MOVES,
  type MeetingDecision,
  type MeetingDetail,
  type MeetingRisk,
} from '../../../shared/meetings/types';
import { riskLevel } from '../../../shared/risk/rules';
import type { Ctx, UserCtx } from '../../core/context';
import { notFound } from '../../core/refusals';
import { getSettings } from '../settings/service';
import { decisionsOf, type DecisionRow } from './repository/decisions';
import { getMeeting, type MeetingRow } from './repository/meetings';
import { agendaOf, attendeesOf, groupOfStaff } from './repository/parts';
import { riskLinksOf } from './repository/riskLinks';
import { maySeeMeeting, mayManageMeeting, type MeetingViewer } from './visibility';

/** Today in China (the department's calendar), as YYYY-MM-DD. */
export const todayOf = (ctx: Ctx): string => chinaDateOf(ctx.clock.now().getTime());

/** Whether the person may move this decision: its owner, or one who manages its meeting — once issued. */
export function mayProgressDecision(v: MeetingViewer, d: DecisionRow): boolean {
  if (d.meetingStatus !== 'issued') return false;
  return (
    d.ownerId === v.staffId ||
    mayManageMeeting(v, { chairId: d.meetingChairId, createdBy: d.meetingCreatedBy })
  );
}

export function toDecision(v: MeetingViewer, d: DecisionRow, today: string): MeetingDecision {
  const { meetingChairId: _c, meetingCreatedBy: _b, ...rest } = d;
  return {
    ...rest,
    overdue: d.status === 'open' && d.dueOn < today,
    moves: mayProgressDecision(v, d) ? [...DECISION_MOVES[d.status]] : [],
  };
}

/** A live meeting the person may see; missing and out of sight answer the same NOT_FOUND. */
export function visibleMeeting(ctx: UserCtx, id: string): MeetingRow {
  const row = getMeeting(ctx.db, id);
  if (!row) throw notFound('riskMeeting');
  const attendees = attendeesOf(ctx.db, id);
  const decisions = decisionsOf(ctx.db, id);
  const chairGroup =
    attendees.find((a) => a.staffId === row.chairId)?.groupId ?? groupOfStaff(ctx.db, row.chairId);
  const parties = {
    chairId: row.chairId,
    createdBy: row.createdBy,
    attendeeIds: attendees.map((a) => a.staffId),
    decisionOwnerIds: decisions.map((d) => d.ownerId),
    groupIds: [chairGroup, ...attendees.map((a) => a.groupId), ...decisions.map((d) => d.groupId)],
  };
  if (!maySeeMeeting(ctx.user, parties)) throw notFound('riskMeeting');
  return row;
}

/** The meeting with everything the detail, the form and the minutes show, and what this person may do. */
export function meetingDetail(ctx: UserCtx, row: MeetingRow): MeetingDetail {
  const today = todayOf(ctx);
  const matrix = getSettings(ctx).settings.riskLevelMatrix;
  const risks: MeetingRisk[] = riskLinksOf(ctx.db, row.id).map((r) => ({
    ...r,
    level: r.likelihood !== null && r.impact !== null ? riskLevel(matrix, r.likelihood, r.impact) : null,
  }));
  const { minutesHtml, createdBy: _b, ...meeting } = row;
  const draft = row.status === 'draft';
  const manages = mayManageMeeting(ctx.user, row);
  return {
    meeting,
    minutesHtml,
    attendees: attendeesOf(ctx.db, row.id),
    agenda: agendaOf(ctx.db, row.id),
    decisions: decisionsOf(ctx.db, row.id).map((d) => toDecision(ctx.user, d, today)),
    risks,
    allowed: { edit: draft && manages, issue: draft && manages, risks: draft && manages },
  };
}
