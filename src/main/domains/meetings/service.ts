import { AppError } from '../../../shared/contract/errors';
import type { MeetingInput, MeetingListInput } from '../../../shared/meetings/channels';
import type { MeetingDetail, MeetingPage } from '../../../shared/meetings/types';
import { diffRecords } from '../../core/auditDiff';
import type { UserCtx } from '../../core/context';
import { newId } from '../../core/ids';
import { mutate, type Mutation } from '../../core/mutation';
import { conflict, fieldRefusal } from '../../core/refusals';
import { nextMeetingCode } from './codes';
import { meetingFormWrite, meetingSearchText, type MeetingBefore } from './meetingForm';
import { meetingDetail, todayOf, visibleMeeting } from './meetingView';
import { minutesText } from './minutes';
import { decisionsOf, replaceDecisions } from './repository/decisions';
import * as meetings from './repository/meetings';
import { agendaOf, attendeesOf, replaceAgenda, replaceAttendees } from './repository/parts';
import { meetingScopeClause, mayManageMeeting, partOfClause } from './visibility';

/** A meeting as the audit trail shows it: people by id, agenda and decisions as lines, the minutes' words. */
export function meetingAuditView(m: Mutation | UserCtx, id: string) {
  const row = meetings.getMeeting(m.db, id)!;
  return {
    code: row.code,
    title: row.title,
    type: row.type,
    heldOn: row.heldOn,
    startTime: row.startTime,
    endTime: row.endTime,
    location: row.location,
    chairId: row.chairId,
    status: row.status,
    attendeeIds: attendeesOf(m.db, id)
      .map((a) => a.staffId)
      .sort(),
    agenda: agendaOf(m.db, id).map((a) => a.title),
    decisions: decisionsOf(m.db, id).map((d) => `${d.text} · ${d.ownerName} · ${d.dueOn}`),
    minutes: minutesText(row.minutesHtml),
  };
}

export function listMeetings(ctx: UserCtx, input: MeetingListInput): MeetingPage {
  const { page, pageSize, ...query } = input;
  const { rows, total } = meetings.listMeetings(
    ctx.db,
    query,
    { scope: meetingScopeClause(ctx.user), mine: partOfClause(ctx.user) },
    pageSize,
    (page - 1) * pageSize,
  );
  return { items: rows, total, page, pageSize };
}

export function getMeeting(ctx: UserCtx, id: string): MeetingDetail {
  return meetingDetail(ctx, visibleMeeting(ctx, id));
}

/** A meeting the person may manage, at the version read, still a draft. */
export function draftToChange(ctx: UserCtx, id: string, version: number | null): meetings.MeetingRow {
  const row = visibleMeeting(ctx, id);
  if (version !== null && row.version !== version) throw conflict('riskMeeting');
  if (!mayManageMeeting(ctx.user, row)) throw new AppError('FORBIDDEN', 'not a meeting this user manages');
  if (row.status !== 'draft') throw new AppError('INVALID_STATE', 'issued minutes no longer change');
  return row;
}

function beforeOf(m: Mutation<UserCtx>, row: meetings.MeetingRow): MeetingBefore {
  return {
    chairId: row.chairId,
    attendeeIds: attendeesOf(m.db, row.id).map((a) => a.staffId),
    presenterIds: agendaOf(m.db, row.id).map((a) => a.presenterId),
    decisions: decisionsOf(m.db, row.id),
  };
}

/** A new draft with its attendees, agenda, decisions and minutes; whoever writes it up may manage it. */
export function createMeeting(ctx: UserCtx, input: MeetingInput): MeetingDetail {
  return mutate(ctx, (m) => {
    const w = meetingFormWrite(m, input, null);
    const id = newId();
    const code = nextMeetingCode(m.db, input.heldOn);
    meetings.insertMeeting(
      m.db,
      id,
      code,
      { ...w.meeting, searchText: meetingSearchText(code, w.searchParts) },
      m.stamp,
    );
    replaceAttendees(m.db, id, w.attendeeIds, m.stamp);
    replaceAgenda(m.db, id, w.agenda, m.stamp);
    replaceDecisions(m.db, id, w.decisions, m.stamp);
    m.audit({
      entity: 'riskMeeting',
      entityId: id,
      action: 'create',
      changes: diffRecords(null, meetingAuditView(m, id)),
    });
    return getMeeting(m, id);
  });
}

export function updateMeeting(ctx: UserCtx, id: string, version: number, input: MeetingInput): MeetingDetail {
  return mutate(ctx, (m) => {
    const row = draftToChange(m, id, version);
    const before = meetingAuditView(m, id);
    const w = meetingFormWrite(m, input, beforeOf(m, row));
    const searchText = meetingSearchText(row.code, w.searchParts);
    m.versioned(
      'riskMeeting',
      meetings.updateMeeting(m.db, id, version, { ...w.meeting, searchText }, m.stamp),
    );
    replaceAttendees(m.db, id, w.attendeeIds, m.stamp);
    replaceAgenda(m.db, id, w.agenda, m.stamp);
    replaceDecisions(m.db, id, w.decisions, m.stamp);
    m.audit({
      entity: 'riskMeeting',
      entityId: id,
      action: 'update',
      changes: diffRecords(before, meetingAuditView(m, id)),
    });
    return getMeeting(m, id);
  });
}

/**
 * Issues the minutes: the meeting must have been held (not later than today) and have an attendee; from
 * now on they are the record, and their decisions are their owners' to-dos.
 */
export function issueMeeting(ctx: UserCtx, id: string, version: number): MeetingDetail {
  return mutate(ctx, (m) => {
    const row = draftToChange(m, id, version);
    if (row.attendeeCount === 0)
      throw fieldRefusal('VALIDATION', 'attendeeIds', 'validation.attendeesRequired');
    if (row.heldOn > todayOf(m)) throw fieldRefusal('VALIDATION', 'heldOn', 'validation.meetingNotHeld');
    m.versioned('riskMeeting', meetings.setMeetingStatus(m.db, id, version, 'issued', m.stamp));
    m.audit({
      entity: 'riskMeeting',
      entityId: id,
      action: 'issue',
      changes: [{ field: 'status', before: 'draft', after: 'issued' }],
    });
    return getMeeting(m, id);
  });
}
