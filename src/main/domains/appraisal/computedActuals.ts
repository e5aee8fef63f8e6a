import { phaseReached, type AppraisalCycle } from '../../../shared/appraisal/cycles';
import type { FormItem } from '../../../shared/appraisal/forms';
import type { IndicatorSource } from '../../../shared/appraisal/indicators';
import { evalScoreOf } from '../../../shared/appraisal/scoring';
import type { Ctx } from '../../core/context';
import { newCustomersByOwner, revenueByOwner } from '../clients/appraisalSources';
import { profitByOwner } from '../contracts/appraisalSources';
import { satisfactionByClientOwner } from '../service/satisfaction';
import type { FormRow } from './repository/forms';

/*
 * The actuals of the computed indicators (六(一): revenue, new clients, client satisfaction, sales profit),
 * read from the department's records for the cycle's period. Live until the cycle is published — a
 * transaction entered or a contract signed late in the review still counts — and kept in the form from
 * publication on (the stored actuals count).
 *
 * In batch: one query per source for every person of the rows, so the manager's consolidated table of a
 * whole cycle costs four queries, not four per person.
 *
 * Units as the indicators state them: revenue and profit in yuan (the records keep fen), new clients as a
 * count, satisfaction as the mean feedback score (1–5) × 20 on 0–100. A person whose clients gave no feedback
 * score in the period has nothing to measure: the actual stays empty (null), and the evaluator scores the
 * indicator by hand with a comment (scoring.ts evalScoreOf) rather than the person getting 0 or 100 for
 * complaints nobody made. A person with no signed contract in the period made no profit: 0, like revenue.
 */

type ComputedSource = Exclude<IndicatorSource, 'manual'>;
export const isComputed = (i: Pick<FormItem, 'source'>): i is FormItem & { source: ComputedSource } =>
  i.source !== 'manual';

const round2 = (n: number): number => Math.round(n * 100) / 100;

/** Each person's actual per computed source, for the cycle's period. */
export function actualsFor(
  ctx: Ctx,
  period: { from: string; to: string },
  staffIds: readonly string[],
  sources: ReadonlySet<ComputedSource>,
): Record<ComputedSource, Map<string, number | null>> {
  const q = { ...period, ownerIds: staffIds };
  const out: Record<ComputedSource, Map<string, number | null>> = {
    revenue: new Map(),
    newClients: new Map(),
    satisfaction: new Map(),
    profit: new Map(),
  };
  if (sources.has('revenue'))
    for (const [id, r] of revenueByOwner(ctx, q)) out.revenue.set(id, r.amountFen / 100);
  if (sources.has('newClients')) for (const [id, n] of newCustomersByOwner(ctx, q)) out.newClients.set(id, n);
  if (sources.has('satisfaction'))
    for (const [id, s] of satisfactionByClientOwner(ctx, q))
      out.satisfaction.set(id, s.mean === null ? null : round2(s.mean * 20));
  if (sources.has('profit')) for (const [id, fen] of profitByOwner(ctx, q)) out.profit.set(id, fen / 100);
  return out;
}

/**
 * The rows with every computed indicator's actual as the records give it now, and its score in the
 * evaluation by the formula (evalScoreOf) — while the cycle is before publication; from publication on the
 * rows as stored.
 */
export function liveActuals(
  ctx: Ctx,
  cycle: Pick<AppraisalCycle, 'phase' | 'periodFrom' | 'periodTo'>,
  rows: FormRow[],
): FormRow[] {
  if (phaseReached(cycle.phase, 'published')) return rows;
  const sources = new Set<ComputedSource>();
  const people = new Set<string>();
  for (const r of rows)
    for (const i of r.items)
      if (isComputed(i)) {
        sources.add(i.source);
        people.add(r.staffId);
      }
  if (!sources.size) return rows;
  const actuals = actualsFor(ctx, { from: cycle.periodFrom, to: cycle.periodTo }, [...people], sources);
  return rows.map((r) => ({
    ...r,
    items: r.items.map((i) => {
      if (!isComputed(i)) return i;
      // No transaction, new customer or signed contract in the period is a result of 0; no feedback score is nothing to measure.
      const none = i.source === 'satisfaction' ? null : 0;
      const found = actuals[i.source].get(r.staffId);
      const live = { ...i, actual: found === undefined ? none : found };
      return { ...live, evalScore: evalScoreOf(live) };
    }),
  }));
}
