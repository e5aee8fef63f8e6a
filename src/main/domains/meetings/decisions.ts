import { AppError } from '../../../shared/contract/errors';
import type { DecisionListInput, DecisionMove } from '../../../shared/meetings/channels';
import { DECISION_MOVES, type DecisionPage, type MeetingDetail } from '../../../shared/meetings/types';
import type { UserCtx } from '../../core/context';
import { mutate } from '../../core/mutation';
import { conflict, fieldRefusal, notFound } from '../../core/refusals';
import { meetingDetail, mayProgressDecision, toDecision, todayOf, visibleMeeting } from './meetingView';
import * as decisions from './repository/decisions';
import type { DecisionStatusWrite } from './repository/decisions';
import { touchMeeting } from './repository/meetings';
import { meetingScopeClause } from './visibility';

/** Decisions of issued meetings the person may see, filtered, sorted and paged. */
export function listDecisions(ctx: UserCtx, input: DecisionListInput): DecisionPage {
  const { page, pageSize, ...query } = input;
  const today = todayOf(ctx);
  const { rows, total } = decisions.listDecisions(
    ctx.db,
    query,
    meetingScopeClause(ctx.user),
    ctx.user.staffId,
    today,
    pageSize,
    (page - 1) * pageSize,
  );
  return { items: rows.map((d) => toDecision(ctx.user, d, today)), total, page, pageSize };
}

/**
 * Follows a decision up once the minutes are issued: done (on a day not before the meeting and not in the
 * future; today when not given), cancelled (with a note saying why), or open again. Its owner or one who
 * manages the meeting; the meeting's version moves too, so a form open on it notices.
 */
export function setDecisionStatus(
  ctx: UserCtx,
  id: string,
  version: number,
  move: DecisionMove,
): MeetingDetail {
  return mutate(ctx, (m) => {
    const d = decisions.getDecision(m.db, id);
    if (!d) throw notFound('riskMeeting');
    visibleMeeting(m, d.meetingId);
    if (d.version !== version) throw conflict('riskMeeting');
    if (d.meetingStatus !== 'issued') throw new AppError('INVALID_STATE', 'the minutes are not issued yet');
    if (!mayProgressDecision(m.user, d))
      throw new AppError('FORBIDDEN', 'not a decision this user follows up');
    if (!DECISION_MOVES[d.status].includes(move.status))
      throw new AppError('INVALID_STATE', `a decision cannot move from ${d.status} to ${move.status}`);

    const today = todayOf(m);
    let write: DecisionStatusWrite;
    if (move.status === 'done') {
      const doneOn = move.doneOn ?? today;
      if (doneOn > today) throw fieldRefusal('VALIDATION', 'doneOn', 'validation.dateFuture');
      if (doneOn < d.meetingHeldOn) throw fieldRefusal('VALIDATION', 'doneOn', 'validation.beforeMeeting');
      write = { status: 'done', doneOn, note: move.note ?? d.note };
    } else if (move.status === 'cancelled') {
      if (!move.note) throw fieldRefusal('VALIDATION', 'note', 'validation.required');
      write = { status: 'cancelled', doneOn: null, note: move.note };
    } else {
      write = { status: 'open', doneOn: null, note: move.note ?? d.note };
    }
    m.versioned('riskMeeting', decisions.updateDecisionStatus(m.db, id, version, write, m.stamp));
    touchMeeting(m.db, d.meetingId, m.stamp);
    m.audit({
      entity: 'riskMeeting',
      entityId: d.meetingId,
      action: 'set_decision_status',
      changes: [
        // Which decision: named once, as the row's subject.
        { field: 'decision', before: null, after: d.text },
        ...(
          [
            ['decisionStatus', d.status, write.status],
            ['doneOn', d.doneOn, write.doneOn],
            ['note', d.note, write.note],
          ] as const
        )
          .filter(([, b, a]) => b !== a)
          .map(([field, before, after]) => ({ field, before, after })),
      ],
    });
    return meetingDetail(m, visibleMeeting(m, d.meetingId));
  });
}
