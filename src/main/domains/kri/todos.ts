import { chinaDate } from '../../../shared/service/statsPeriod';
import type { TodoItem } from '../../../shared/todo/types';
import type { UserCtx } from '../../core/context';
import { krisAnsweredFor } from './repository/kris';
import { seriesReader } from './series';
import { warningOf } from './warnings';

/**
 * The indicator provider of My to-do: indicators past a threshold, for the person who answers for them —
 * the owner of the risk the indicator watches, or the indicator's owner when it watches none. An alarm is
 * to be looked at today; a warning within the week.
 */
export function kriBreachTodos(ctx: UserCtx): TodoItem[] {
  const today = chinaDate(ctx.clock.now());
  const reader = seriesReader(ctx);
  return krisAnsweredFor(ctx.db, ctx.user.staffId).flatMap((row): TodoItem[] => {
    const w = warningOf(reader.toKri(row));
    if (!w) return [];
    return [
      {
        key: `kriBreach:${w.id}`,
        kind: 'kriBreach',
        urgency: w.state === 'alarm' ? 'today' : 'soon',
        dueDate: today,
        dueAt: null,
        // The figure as recorded, with the unit the indicator counts in (both as the user wrote them).
        title: [String(w.value), w.unit].filter(Boolean).join(' '),
        subject: { code: w.code, name: w.name },
        assigneeName: null,
        link: `/kris/${w.id}`,
        navPath: '/kris',
      },
    ];
  });
}
