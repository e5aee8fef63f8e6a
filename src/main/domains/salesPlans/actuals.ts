import { progressPct } from '../../../shared/salesPlans/rules';
import type { PlanActual, PlanProgress } from '../../../shared/salesPlans/types';
import type { Ctx } from '../../core/context';
import { newCustomersByOwner } from '../clients/appraisalSources';
import {
  contractTotalsByOwners,
  contractTotalsOfGroup,
  type ContractTotals,
} from './repository/contractTotals';
import { peopleOfGroup } from './repository/people';

/*
 * What a plan's period achieved: revenue and profit from the signed contracts (repository/contractTotals.ts
 * says which count), new clients from the client files' rule (a file that became a customer for the first
 * time in the period, counted for the person who owns it now). A person's figures are theirs as owner; a
 * group's are the contracts kept under the group and the new customers of the people in the group now.
 */

export interface Period {
  from: string;
  to: string;
}

const NO_CONTRACTS: ContractTotals = { revenueFen: 0, profitFen: 0, uncostedContracts: 0, contracts: 0 };

/** Each person's actuals over one period, in one query for the contracts and one for the new customers. */
export function personActuals(
  ctx: Ctx,
  period: Period,
  staffIds: readonly string[],
): Map<string, PlanActual> {
  if (staffIds.length === 0) return new Map();
  const contracts = contractTotalsByOwners(ctx.db, { ...period, ownerIds: staffIds });
  const customers = newCustomersByOwner(ctx, { ...period, ownerIds: staffIds });
  return new Map(
    staffIds.map((id) => [
      id,
      { ...(contracts.get(id) ?? NO_CONTRACTS), newClients: customers.get(id) ?? 0 },
    ]),
  );
}

export function groupActual(ctx: Ctx, period: Period, groupId: string): PlanActual {
  const contracts = contractTotalsOfGroup(ctx.db, { ...period, groupId });
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
