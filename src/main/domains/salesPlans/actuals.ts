import { progressPct } from '../../../shared/salesPlans/rules';
import type { PlanActual, PlanProgress } from '../../../shared/salesPlans/types';
import type { Ctx } from '../../core/context';
import { newCustomersByOwner } from '../clients/appraisalSources';
import { NO_CONTRACTS, contractTotalsByOwner, contractTotalsForGroup } from '../contracts/appraisalSources';
import { peopleOfGroup } from './repository/people';

/*
 * What a plan's period achieved: revenue and profit from the signed contracts (the contracts' own rule,
 * contracts/appraisalSources.ts, which the appraisal's sales profit counts by too), new clients from the client
 * files' rule (a file that became a customer for the first time in the period, counted for the person who owns
 * it now). A person's figures are theirs as owner; a
 * group's are the contracts kept under the group and the new customers of the people in the group now.
 */

export interface Period {
  from: string;
  to: string;
}

/** Each person's actuals over one period, in one query for the contracts and one for the new customers. */
export function personActuals(
  ctx: Ctx,
  period: Period,
  staffIds: readonly string[],
): Map<string, PlanActual> {
  if (staffIds.length === 0) return new Map();
  const contracts = contractTotalsByOwner(ctx, { ...period, ownerIds: staffIds });
  const customers = newCustomersByOwner(ctx, { ...period, ownerIds: staffIds });
  return new Map(
    staffIds.map((id) => [
      id,
      { ...(contracts.get(id) ?? NO_CONTRACTS), newClients: customers.get(id) ?? 0 },
    ]),
  );
}

export function groupActual(ctx: Ctx, period: Period, groupId: string): PlanActual {
  const contracts = contractTotalsForGroup(ctx, { ...period, groupId });
  const people = peopleOfGroup(ctx.db, groupId).map((p) => p.staffId);
  let newClients = 0;
  for (const n of newCustomersByOwner(ctx, { ...period, ownerIds: people }).values()) newClients += n;
  return { ...contracts, newClients };
}

export const EMPTY_ACTUAL: PlanActual = { ...NO_CONTRACTS, newClients: 0 };

export function progressOf(
  actual: PlanActual,
  target: { revenueTargetFen: number; profitTargetFen: number; newClientsTarget: number },
): PlanProgress {
  return {
    revenuePct: progressPct(actual.revenueFen, target.revenueTargetFen),
    profitPct: progressPct(actual.profitFen, target.profitTargetFen),
    newClientsPct: progressPct(actual.newClients, target.newClientsTarget),
  };
}
