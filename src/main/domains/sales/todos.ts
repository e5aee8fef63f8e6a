import type { TodoItem } from '../../../shared/todo/types';
import type { UserCtx } from '../../core/context';
import { overdueClause } from './listQuery';
import { allOf } from './listQuery';
import { salesBook } from './opportunityView';
import { opportunityRows } from './repository/opportunities';

/**
 * The pipeline's provider of My to-do: the user's own open opportunities whose next step is due today or
 * past, or whose expected close date has passed (the deal needs a new date or a decision).
 */
export function opportunityTodos(ctx: UserCtx): TodoItem[] {
  const { today } = salesBook(ctx);
  const where = allOf([
    { sql: 'o.deleted_at IS NULL AND o.owner_id = ?', params: [ctx.user.staffId] },
    {
      sql: `(${overdueClause(today).sql} OR (o.stage NOT IN ('won', 'lost') AND o.next_step_on = ?))`,
      params: [...overdueClause(today).params, today],
    },
  ]);
  return opportunityRows(ctx.db, where, 'o.code', 1000).map((o) => {
    const due = [o.nextStepOn, o.expectedCloseOn]
      .filter((d): d is string => d !== null && d <= today)
      .sort()[0]!;
    const closeOverdue = o.expectedCloseOn !== null && o.expectedCloseOn < today;
    return {
      key: `opportunity:${o.id}`,
      kind: 'opportunityDue',
      urgency: due < today ? 'overdue' : 'today',
      dueDate: due,
      dueAt: null,
      title: closeOverdue || !o.nextStep ? o.title : o.nextStep,
      ...(closeOverdue ? { titleKey: 'todo:opportunityCloseOverdue' } : {}),
      subject: { code: o.code, name: o.clientName },
      assigneeName: null,
      link: `/sales/opportunities/${o.id}`,
      navPath: '/sales/opportunities',
    } satisfies TodoItem;
  });
}
