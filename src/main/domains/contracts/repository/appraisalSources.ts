import type { ProfitRecord } from '../../../../shared/contracts/appraisalSources';
import { stmt, type Db } from '../../../db/connection';

/*
 * What signed contracts brought in over a period — the one rule the appraisal's profit indicator and the sales
 * plans' actuals both count by.
 *
 * Counted: live contracts signed in the period (signed_on, China calendar dates, both ends included) that
 * stand signed, in execution or completed. A contract signed in the period and terminated later is NOT
 * counted: its revenue will not come in, and neither a plan's progress nor a person's appraisal may rest on a
 * deal that fell through (a termination after the period closes lowers that period's figures when they are
 * looked at again, until an appraisal's publication freezes them). Drafts, contracts under review or approved
 * but unsigned have no signing date and are not revenue yet.
 *
 * Profit: amount − cost over the counted contracts whose cost is recorded; a contract without a cost counts
 * in the revenue but not in the profit (it is reported as uncosted, never guessed as 0 or as the amount).
 */
const COUNTED = `c.deleted_at IS NULL AND c.status IN ('signed', 'executing', 'completed')
  AND c.signed_on >= @from AND c.signed_on <= @to`;

const PROFIT = 'CASE WHEN c.cost_fen IS NOT NULL THEN c.amount_fen - c.cost_fen END';

const SUMS = `count(*) AS contracts, coalesce(sum(c.amount_fen), 0) AS revenueFen,
  coalesce(sum(${PROFIT}), 0) AS profitFen, coalesce(sum(c.cost_fen IS NULL), 0) AS uncostedContracts`;

export interface ContractTotals {
  revenueFen: number;
  /** Amount − cost, over the contracts whose cost is recorded. */
  profitFen: number;
  uncostedContracts: number;
  contracts: number;
}

/**
 * Per owner: the contracts each person owns, in one query whatever the number of owners (contracts_owner:
 * owner, status, signing date). Owners without any are missing from the map.
 */
export function contractTotalsByOwners(
  db: Db,
  q: { from: string; to: string; ownerIds: readonly string[] },
): Map<string, ContractTotals> {
  const rows = stmt(
    db,
    `SELECT c.owner_id AS ownerId, ${SUMS} FROM contracts c
     WHERE ${COUNTED} AND c.owner_id IN (SELECT value FROM json_each(@owners))
     GROUP BY c.owner_id`,
  ).all({ from: q.from, to: q.to, owners: JSON.stringify(q.ownerIds) }) as (ContractTotals & {
    ownerId: string;
  })[];
  return new Map(rows.map(({ ownerId, ...t }) => [ownerId, t]));
}

/**
 * A group's: the contracts kept under the group (its group when made), and those kept under no group whose
 * owner is in the group now.
 */
export function contractTotalsOfGroup(
  db: Db,
  q: { from: string; to: string; groupId: string },
): ContractTotals {
  return stmt(
    db,
    `SELECT ${SUMS} FROM contracts c
     WHERE ${COUNTED} AND (c.group_id = @groupId
       OR (c.group_id IS NULL AND c.owner_id IN (SELECT id FROM staff WHERE group_id = @groupId)))`,
  ).get(q) as ContractTotals;
}

/** The contracts contractTotalsByOwners counts for one owner, by signing date then code, costed or not. */
export function profitRecordsOf(db: Db, q: { from: string; to: string; ownerId: string }): ProfitRecord[] {
  return stmt(
    db,
    `SELECT c.id AS contractId, c.code AS contractCode, c.title, cl.id AS clientId, cl.code AS clientCode,
            cl.name AS clientName, c.signed_on AS signedOn, c.amount_fen AS amountFen, c.cost_fen AS costFen,
            ${PROFIT} AS profitFen
     FROM contracts c JOIN clients cl ON cl.id = c.client_id
     WHERE c.owner_id = @ownerId AND ${COUNTED}
     ORDER BY c.signed_on, c.code`,
  ).all(q) as ProfitRecord[];
}
