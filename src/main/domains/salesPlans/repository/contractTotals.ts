import { stmt, type Db } from '../../../db/connection';

/**
 * What signed contracts brought in over a period, read-only from the contracts table (the contracts domain
 * writes it). Counted: live contracts signed in the period (signed_on, both ends included) that stand signed,
 * in execution or completed. A contract signed in the period and terminated later is NOT counted: its revenue
 * will not come in, and a plan's progress must not rest on a deal that fell through (a termination after the
 * period closes lowers that period's figures when they are looked at again). Drafts, contracts under review or
 * approved but unsigned have no signing date and are not revenue yet.
 */
export interface ContractTotals {
  revenueFen: number;
  /** Amount − cost, over the contracts whose cost is known. */
  profitFen: number;
  uncostedContracts: number;
  contracts: number;
}

const COUNTED = `c.deleted_at IS NULL AND c.status IN ('signed', 'executing', 'completed')
  AND c.signed_on >= @from AND c.signed_on <= @to`;

const SUMS = `count(*) AS contracts, coalesce(sum(c.amount_fen), 0) AS revenueFen,
  coalesce(sum(CASE WHEN c.cost_fen IS NOT NULL THEN c.amount_fen - c.cost_fen END), 0) AS profitFen,
  coalesce(sum(c.cost_fen IS NULL), 0) AS uncostedContracts`;

/** Per owner: the contracts each person owns. Owners without any are missing from the map. */
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
