import type { ProfitRecord } from '../../../shared/contracts/appraisalSources';
import type { Ctx } from '../../core/context';
import {
  contractTotalsByOwners,
  contractTotalsOfGroup,
  profitRecordsOf,
  type ContractTotals,
} from './repository/appraisalSources';

/*
 * The contracts' figures for the appraisal's computed sales profit (六 performance appraisal) and the sales
 * plans' actuals (三(二)1): per person or group over a period, in one query for a whole cycle of people, and
 * the contracts behind a person's figure (the drill-down). Which contracts count and what their profit is:
 * repository/appraisalSources.ts, one rule for both.
 *
 * Whose: the contract's owner now (a contract handed to another owner brings its figures with it). Not scoped
 * by the caller: the appraisal and the plans decide who sees a person's results.
 */

export type { ContractTotals };

/** A period of China calendar dates (YYYY-MM-DD), both ends included. */
export interface ContractPeriod {
  from: string;
  to: string;
}

export const NO_CONTRACTS: ContractTotals = {
  revenueFen: 0,
  profitFen: 0,
  uncostedContracts: 0,
  contracts: 0,
};

/** Every owner asked, in the order asked, with NO_CONTRACTS where none counted. */
export function contractTotalsByOwner(
  ctx: Ctx,
  q: ContractPeriod & { ownerIds: readonly string[] },
): Map<string, ContractTotals> {
  const ownerIds = [...new Set(q.ownerIds)];
  const found =
    ownerIds.length === 0 || q.from > q.to
      ? new Map<string, ContractTotals>()
      : contractTotalsByOwners(ctx.db, { from: q.from, to: q.to, ownerIds });
  return new Map(ownerIds.map((id) => [id, found.get(id) ?? NO_CONTRACTS]));
}

/** A group's contracts: those kept under it, and those under no group whose owner is in it now. */
export function contractTotalsForGroup(ctx: Ctx, q: ContractPeriod & { groupId: string }): ContractTotals {
  return q.from > q.to ? NO_CONTRACTS : contractTotalsOfGroup(ctx.db, q);
}

/** Sales profit per person (fen): amount − cost of the counted contracts whose cost is recorded; 0 for none. */
export function profitByOwner(
  ctx: Ctx,
  q: ContractPeriod & { ownerIds: readonly string[] },
): Map<string, number> {
  return new Map([...contractTotalsByOwner(ctx, q)].map(([id, t]) => [id, t.profitFen]));
}

/**
 * The contracts profitByOwner counts for one person, by signing date, with those whose cost is not recorded
 * (listed, not counted: their profitFen is null).
 */
export function profitRecords(ctx: Ctx, q: ContractPeriod & { ownerId: string }): ProfitRecord[] {
  return q.from > q.to ? [] : profitRecordsOf(ctx.db, q);
}
