/**
 * What the sales sample domains (market, pipeline, quotes, contracts, plans) share: the people who sell and
 * whose login records their work, the deals handed from one domain to the next, and the sample's calendar
 * for them (a China calendar date of a moment, a moment some days after another).
 */
import type { Session } from '../../src/main/core/session';
import { chinaDateOf } from '../../src/shared/calendar/workingTime';
import type { SampleContext } from './context';
import { daysBefore, stepAt } from './moments';

import type { SalesGroup, SalesIds, SampleOpportunity, SampleProduct, Seller } from './salesIds';
export type { SalesGroup, SalesIds, SampleOpportunity, SampleProduct, Seller };

/** The app's calendar day (China) of a moment. */
export const chinaDate = (moment: Date): string => chinaDateOf(moment.getTime());

/**
 * The calendar day of a write made at `moment`: its own day when the core's clock follows the sample's
 * moments; today when it does not (a benchmark's core stamps every write now, and a closing, signing or due
 * date before the record's own creation would be refused).
 */
export function dayOf(ctx: SampleContext): (moment: Date) => string {
  const probe = new Date(ctx.time.now.getTime() - 3 * 86_400_000);
  ctx.time.at(probe);
  const follows = Math.abs(ctx.core.deps.clock.now().getTime() - probe.getTime()) < 1000;
  ctx.time.at(ctx.time.now);
  return follows ? chinaDate : () => chinaDate(ctx.time.now);
}

/** About `days` days after `from`, on a working day in office hours; null when that moment has not come yet. */
export function daysLater(ctx: SampleContext, from: Date, days: number): Date | null {
  const ago = daysBefore(ctx, from) - days;
  // stepAt would put a day still to come on today: it has not happened.
  return ago < 0 ? null : stepAt(ctx, from, ago);
}

/** A China date `days` calendar days after a China date. */
export const plusDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Yuan to fen. */
export const fen = (yuan: number): number => Math.round(yuan * 100);

/** The sales ids the earlier sales domains made; refuses to run without them. */
export function salesIds(ctx: SampleContext, domain: string): SalesIds {
  if (!ctx.ids.sales) throw new Error(`the ${domain} sample needs the market and pipeline samples first`);
  return ctx.ids.sales;
}

/** A session per login, the manager's own for 'manager'. */
export function sessionsOf(ctx: SampleContext): (username: string) => Promise<Session> {
  return (username) => (username === 'manager' ? Promise.resolve(ctx.manager) : ctx.sessionFor(username));
}

const LEADS: Record<SalesGroup, string> = { sales: 'lead.sales', market: 'lead.market' };

/** The sales and market groups' people at work, each with the login their deals are entered under. */
export async function sellersOf(ctx: SampleContext): Promise<Seller[]> {
  const org = ctx.ids.org;
  if (!org) throw new Error('the sales samples need the org sample first');
  const staff = await ctx.call('org.staff.list', { status: 'active' });
  const hired = new Map(staff.map((s) => [s.id, s.hireDate]));
  const byLogin = new Map(Object.entries(org.accounts).map(([u, a]) => [a.staffId, u]));
  const out: Seller[] = [];
  for (const group of ['sales', 'market'] as const) {
    for (const staffId of org.activeStaffByGroup[group]) {
      const login = byLogin.get(staffId);
      const own = login === 'staff1' || login === LEADS[group];
      out.push({
        staffId,
        group,
        groupId: org.groups[group],
        hireDate: hired.get(staffId) ?? null,
        actor: own ? login! : LEADS[group],
        ownLogin: own,
        weight: (login === 'staff1' ? 3 : own ? 2 : 1) * (group === 'sales' ? 1.3 : 0.8),
      });
    }
  }
  return out;
}
