import type { MeetingDetail, MeetingRiskRelation } from '../../../shared/meetings/types';
import type { UserCtx } from '../../core/context';
import { mutate, type Mutation } from '../../core/mutation';
import { fieldRefusal } from '../../core/refusals';
import { meetingDetail, visibleMeeting } from './meetingView';
import { deleteLink, insertLink, linkOf, riskCodeOf } from './repository/riskLinks';
import { visibleRiskRef } from '../risk/service';
import { touchMeeting } from './repository/meetings';
import { draftToChange } from './service';

/** A risk the person may link: on the register and visible to them; else a field error on the picker. */
export function riskToLink(m: Mutation<UserCtx>, riskId: string): { id: string; code: string } {
  const risk = visibleRiskRef(m, riskId);
  if (!risk) throw fieldRefusal('VALIDATION', 'riskId', 'validation.notFound');
  return risk;
}

/** Records the link in the caller's mutation: a risk is linked once, the meeting's version moves. */
export function linkInMutation(
  m: Mutation<UserCtx>,
  meetingId: string,
  risk: { id: string; code: string },
  relation: MeetingRiskRelation,
  note: string | null,
  action: 'raise_risk' | 'link_risk',
): void {
  if (linkOf(m.db, meetingId, risk.id)) throw fieldRefusal('DUPLICATE', 'riskId', 'validation.riskLinked');
  insertLink(m.db, meetingId, risk.id, relation, note, m.stamp);
  touchMeeting(m.db, meetingId, m.stamp);
  m.audit({
    entity: 'riskMeeting',
    entityId: meetingId,
    action,
    changes: [
      { field: 'risk', before: null, after: risk.code },
      { field: 'relation', before: null, after: relation },
      ...(note ? [{ field: 'note', before: null, after: note }] : []),
    ],
  });
}

/** A risk of the register the person may see, discussed (or raised) in a draft meeting they manage. */
export function linkRisk(
  ctx: UserCtx,
  input: { meetingId: string; riskId: string; relation: MeetingRiskRelation; note: string | null },
): MeetingDetail {
  return mutate(ctx, (m) => {
    draftToChange(m, input.meetingId, null);
    linkInMutation(m, input.meetingId, riskToLink(m, input.riskId), input.relation, input.note, 'link_risk');
    return meetingDetail(m, visibleMeeting(m, input.meetingId));
  });
}

/** Takes a risk off a draft meeting (the risk itself stays on the register). */
export function unlinkRisk(ctx: UserCtx, input: { meetingId: string; riskId: string }): MeetingDetail {
  return mutate(ctx, (m) => {
    draftToChange(m, input.meetingId, null);
    const link = linkOf(m.db, input.meetingId, input.riskId);
    if (!link) throw fieldRefusal('VALIDATION', 'riskId', 'validation.notFound');
    deleteLink(m.db, link.id);
    touchMeeting(m.db, input.meetingId, m.stamp);
    m.audit({
      entity: 'riskMeeting',
      entityId: input.meetingId,
      action: 'unlink_risk',
      changes: [
        { field: 'risk', before: riskCodeOf(m.db, input.riskId), after: null },
        { field: 'relation', before: link.relation, after: null },
      ],
    });
    return meetingDetail(m, visibleMeeting(m, input.meetingId));
  });
}
