import type { RaiseRiskInput } from '../../../shared/meetings/channels';
import type { MeetingDetail } from '../../../shared/meetings/types';
import type { UserCtx } from '../../core/context';
import { mutate } from '../../core/mutation';
import { createRisk } from '../risk/service';
import { meetingDetail, visibleMeeting } from './meetingView';
import { linkInMutation } from './riskLinks';
import { draftToChange } from './service';

/*
 * A risk raised in the meeting is created by the register's own service (its rules, code, first assessment
 * and trail) in the meeting's mutation, so the risk and its link commit together or not at all.
 */

/** Identifies a risk in a draft meeting the person manages: on the register (the register's rules) and linked 'raised'. */
export function raiseRisk(ctx: UserCtx, input: RaiseRiskInput): MeetingDetail {
  const { meetingId, ...risk } = input;
  return mutate(ctx, (m) => {
    draftToChange(m, meetingId, null);
    const created = createRisk(m, risk);
    linkInMutation(m, meetingId, created, 'raised', null, 'raise_risk');
    return meetingDetail(m, visibleMeeting(m, meetingId));
  });
}
