import type { Core } from '../../src/main/core/createCore';
import type { Session } from '../../src/main/core/session';
import type { ChannelInput } from '../../src/shared/contract/channels';
import type { MeetingDetail } from '../../src/shared/meetings/types';
import { unwrap } from './core';

/** The tests' "today" is 2026-11-27 (FakeClock); meetings are held the week before. */
export const MEETING_DAY = '2026-11-20';

/** A meeting's whole form: chaired by `chairId`, attended by the chair and `others`, one decision of `ownerId`. */
export function meetingInput(
  chairId: string,
  others: readonly string[] = [],
  extra: Partial<ChannelInput<'meetings.create'>> = {},
): ChannelInput<'meetings.create'> {
  return {
    title: '2026年第四季度风险识别会议',
    type: 'periodic',
    heldOn: MEETING_DAY,
    startTime: '09:30',
    endTime: '11:00',
    location: '三号会议室',
    chairId,
    attendeeIds: [chairId, ...others],
    agenda: [{ title: '回顾上季度风险应对情况', presenterId: chairId }, { title: '识别新的信用风险' }],
    decisions: [{ text: '复核所有 A 类客户的授信额度', ownerId: chairId, dueOn: '2026-12-15' }],
    minutesHtml:
      '<p>会议由<strong>主持人</strong>召开。</p><ul><li>信用风险上升</li><li>应收账款逾期增加</li></ul>',
    ...extra,
  };
}

/** The form of a meeting as read, for an update that changes only what `patch` names. */
export function meetingUpdateInput(
  d: MeetingDetail,
  patch: Partial<ChannelInput<'meetings.update'>> = {},
): ChannelInput<'meetings.update'> {
  const m = d.meeting;
  return {
    id: m.id,
    version: m.version,
    title: m.title,
    type: m.type,
    heldOn: m.heldOn,
    startTime: m.startTime,
    endTime: m.endTime,
    location: m.location,
    chairId: m.chairId,
    attendeeIds: d.attendees.map((a) => a.staffId),
    agenda: d.agenda.map((a) => ({ title: a.title, presenterId: a.presenterId })),
    decisions: d.decisions.map((x) => ({ id: x.id, text: x.text, ownerId: x.ownerId, dueOn: x.dueOn })),
    minutesHtml: d.minutesHtml,
    ...patch,
  };
}

export async function createMeeting(
  core: Core,
  session: Session,
  input: ChannelInput<'meetings.create'>,
): Promise<MeetingDetail> {
  return unwrap(await core.call('meetings.create', input, session));
}

/** A meeting created and issued by `session`. */
export async function issuedMeeting(
  core: Core,
  session: Session,
  input: ChannelInput<'meetings.create'>,
): Promise<MeetingDetail> {
  const d = await createMeeting(core, session, input);
  return unwrap(await core.call('meetings.issue', { id: d.meeting.id, version: d.meeting.version }, session));
}
