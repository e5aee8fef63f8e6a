import { addDays } from '../../../shared/improvement/rules';
import { addMonths, DECISION_TODO_DAYS, MEETING_DUE_TODO_DAYS } from '../../../shared/meetings/rules';
import type { TodoItem, TodoUrgency } from '../../../shared/todo/types';
import type { UserCtx } from '../../core/context';
import { getSettings } from '../settings/service';
import { todayOf } from './meetingView';
import { openDecisionsOfOwner } from './repository/decisions';
import { lastPeriodicHeldOn } from './repository/meetings';

const urgencyOf = (due: string, today: string): TodoUrgency =>
  due < today ? 'overdue' : due === today ? 'today' : 'soon';

/** The owner's open decisions of issued minutes, overdue or due within a week; each opens its meeting. */
export function meetingDecisionTodos(ctx: UserCtx): TodoItem[] {
  const today = todayOf(ctx);
  return openDecisionsOfOwner(ctx.db, ctx.user.staffId, addDays(today, DECISION_TODO_DAYS)).map((d) => ({
    key: `meetingDecision:${d.id}`,
    kind: 'meetingDecision',
    urgency: urgencyOf(d.dueOn, today),
    dueDate: d.dueOn,
    dueAt: null,
    title: d.text,
    subject: { code: d.meetingCode, name: d.meetingTitle },
    assigneeName: null,
    link: `/risk-meetings/${d.meetingId}`,
    navPath: '/risk-meetings',
  }));
}

/**
 * The manager's reminder of the next periodic identification meeting: the last periodic one plus the
 * interval in settings; shown from two weeks before, overdue after. With none held yet it is due today.
 */
export function meetingDueTodos(ctx: UserCtx): TodoItem[] {
  if (ctx.user.role !== 'manager') return [];
  const today = todayOf(ctx);
  const last = lastPeriodicHeldOn(ctx.db);
  const due = last ? addMonths(last, getSettings(ctx).settings.riskMeetingIntervalMonths) : today;
  if (due > addDays(today, MEETING_DUE_TODO_DAYS)) return [];
  return [
    {
      key: `riskMeetingDue:${due}`,
      kind: 'riskMeetingDue',
      urgency: urgencyOf(due, today),
      dueDate: due,
      dueAt: null,
      title: '',
      titleKey: last ? 'meetings:todo.nextPeriodic' : 'meetings:todo.firstPeriodic',
      subject: null,
      assigneeName: null,
      link: '/risk-meetings/new?type=periodic',
      navPath: '/risk-meetings',
    },
  ];
}
