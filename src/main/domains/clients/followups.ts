import type { FollowUp } from '../../../shared/clients/types';
import type { UserCtx } from '../../core/context';
import type { Clause } from '../../db/clause';
import { listScope } from './listQuery';
import { openNextActions } from './repository/followUps';
import { teamClause } from './visibility';

/** "This week": the next seven calendar days after today. */
export const FOLLOW_UP_WINDOW_DAYS = 7;

/** YYYY-MM-DD of `d` in the machine's time zone: "today" is the user's calendar day, not UTC's. */
export function localDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * Open next actions due up to a week from today, for the caller ('mine') or their team, each on a client
 * the caller may see. A staffId narrows the list to that person inside the scope; outside it, nothing.
 */
export function listFollowUps(ctx: UserCtx, scope: 'mine' | 'team', staffId: string | null): FollowUp[] {
  const viewer = ctx.user;
  const today = localDate(ctx.clock.now());
  const people: Clause =
    scope === 'mine' ? { sql: 'm.staff_id = ?', params: [viewer.staffId] } : teamClause(viewer, 'm');
  const clients = listScope(ctx.db, viewer, 'c');
  const parts = [people.sql, clients.sql];
  const params = [...people.params, ...clients.params];
  if (staffId) {
    parts.push('m.staff_id = ?');
    params.push(staffId);
  }
  const where = { sql: parts.filter((p) => p !== '1').join(' AND '), params };
  return openNextActions(ctx.db, addDays(today, FOLLOW_UP_WINDOW_DAYS), where).map((r) => ({
    ...r,
    due: r.nextActionDate < today ? 'overdue' : r.nextActionDate === today ? 'today' : 'week',
  }));
}
