import { addDays } from '../../../shared/improvement/rules';
import type { TodoItem, TodoKind } from '../../../shared/todo/types';
import type { UserCtx } from '../../core/context';
import { todayOf } from './audits';
import { waitingForAuditor, workOfOwner, type RectificationRow } from './repository/rectifications';

/** A rectification due within this many days is on its owner's to-do. */
export const RECTIFICATION_TODO_DAYS = 7;

function item(kind: TodoKind, r: RectificationRow, today: string): TodoItem {
  return {
    key: `${kind}:${r.id}`,
    kind,
    urgency: r.dueOn < today ? 'overdue' : r.dueOn === today ? 'today' : 'soon',
    dueDate: r.dueOn,
    dueAt: null,
    title: r.requirement,
    subject: { code: r.findingCode, name: r.findingTitle },
    assigneeName: kind === 'rectificationVerify' ? r.ownerName : null,
    link: `/control/${r.auditId}`,
    navPath: '/control',
  };
}

/** The owner's rectifications still to do (open or returned), overdue or due within a week. */
export function rectificationDueTodos(ctx: UserCtx): TodoItem[] {
  const today = todayOf(ctx);
  return workOfOwner(ctx.db, ctx.user.staffId, addDays(today, RECTIFICATION_TODO_DAYS)).map((r) =>
    item('rectificationDue', r, today),
  );
}

/** Evidence handed in on the audits the user audits, waiting for their verification. */
export function rectificationVerifyTodos(ctx: UserCtx): TodoItem[] {
  const today = todayOf(ctx);
  return waitingForAuditor(ctx.db, ctx.user.staffId).map((r) => item('rectificationVerify', r, today));
}
