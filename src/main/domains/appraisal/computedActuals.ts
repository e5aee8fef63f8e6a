import { phaseReached, type AppraisalCycle } from '../../../shared/appraisal/cycles';
import type { FormItem } from '../../../shared/appraisal/forms';
import type { Ctx } from '../../core/context';
import { newCustomersByOwner, revenueByOwner } from '../clients/appraisalSources';
import { satisfactionByClientOwner } from '../service/satisfaction';
import type { FormRow } from './repository/forms';

/*
 * The computed indicators' actuals (六(一)): revenue in yuan from the clients a person owns, new customers
 * (成交) with them as owner, their clients' complaint feedback (mean 1–5 × 20, so 0–100), for the cycle's
 * period. Live until publication — the records may still change — then publication keeps them in the items.
 * One query per source for all the rows at once, so a cycle of hundreds of people costs three queries.
 */

type Period = Pick<AppraisalCycle, 'phase' | 'periodFrom' | 'periodTo'>;

/**
 * The rows with each computed indicator's actual as the records give it now (manual items as they are) while
 * the cycle is before publication; from publication on the rows as stored.
 */
export function liveActuals(ctx: Ctx, cycle: Period, rows: FormRow[]): FormRow[] {
  if (phaseReached(cycle.phase, 'published')) return rows;
  const wanted = (source: FormItem['source']) =>
    rows.filter((r) => r.items.some((i) => i.source === source)).map((r) => r.staffId);
  const q = (ownerIds: string[]) => ({ from: cycle.periodFrom, to: cycle.periodTo, ownerIds });
  const revenueOwners = wanted('revenue');
  const newOwners = wanted('newClients');
  const satisfactionOwners = wanted('satisfaction');
  const revenue = revenueOwners.length ? revenueByOwner(ctx, q(revenueOwners)) : new Map();
  const newClients = newOwners.length ? newCustomersByOwner(ctx, q(newOwners)) : new Map();
  const satisfaction = satisfactionOwners.length
    ? satisfactionByClientOwner(ctx, q(satisfactionOwners))
    : new Map();
  const actualOf = (source: FormItem['source'], staffId: string): number | null => {
    if (source === 'revenue') return (revenue.get(staffId)?.amountFen ?? 0) / 100;
    if (source === 'newClients') return newClients.get(staffId) ?? 0;
    const mean = satisfaction.get(staffId)?.mean ?? null;
    return mean === null ? null : Math.round(mean * 20 * 100) / 100;
  };
  return rows.map((r) => ({
    ...r,
    items: r.items.map((i) => (i.source === 'manual' ? i : { ...i, actual: actualOf(i.source, r.staffId) })),
  }));
}
