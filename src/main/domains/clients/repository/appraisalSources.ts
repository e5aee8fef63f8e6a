import type { RevenueRecord, RevenueTotal } from '../../../../shared/clients/appraisalSources';
import { stmt, type Db } from '../../../db/connection';

/*
 * The appraisal's revenue and new-customer figures per owner. Two ways to the same answer, because the
 * planner has no statistics to choose between them:
 *
 * - from the owners: each owner's live files (clients_live_owner), then each file's records in the period —
 *   a fraction of a millisecond for one person's form, but every file of every owner asked (a cycle of 500
 *   people over 100,000 files: 240 ms);
 * - from the period: the period's records alone (0020's indexes), each matched to its file by id and kept
 *   when the file's owner is one asked for — 10–25 ms for a quarter whoever is asked.
 *
 * A batch of more than OWNER_WALK_MAX owners goes from the period. `+c.owner_id` keeps the planner from
 * starting at the owners' index there; CROSS JOIN fixes the order of the tables — in the walk from the owners
 * too, where SQLite 3.53 otherwise starts from the period's records (60 ms for one person's form on the bench
 * database instead of 0.3 ms).
 */
const OWNER_WALK_MAX = 40;

/** Files' first change to 'customer' ever (ties by row), so a file counts once: the period it first became one. */
const FIRST_TIME_CUSTOMER = `h.to_status = 'customer' AND h.changed_at >= @start AND h.changed_at < @end
  AND NOT EXISTS (SELECT 1 FROM client_status_changes e
                  WHERE e.client_id = h.client_id AND e.to_status = 'customer'
                    AND (e.changed_at, e.rowid) < (h.changed_at, h.rowid))`;

const OWNERS = 'SELECT value FROM json_each(@owners)';

type Totals = { ownerId: string; amountFen: number; transactions: number }[];

/** Live transactions dated in [from, to] (calendar dates) of the owners' live files, per owner. */
export function revenueByOwners(
  db: Db,
  q: { from: string; to: string; ownerIds: readonly string[] },
): Map<string, RevenueTotal> {
  const params = { from: q.from, to: q.to, owners: JSON.stringify(q.ownerIds) };
  const rows =
    q.ownerIds.length <= OWNER_WALK_MAX
      ? (stmt(
          db,
          `SELECT c.owner_id AS ownerId, sum(t.amount_fen) AS amountFen, count(*) AS transactions
           FROM clients c CROSS JOIN client_transactions t ON t.client_id = c.id
           WHERE c.owner_id IN (${OWNERS}) AND c.deleted_at IS NULL
             AND t.date >= @from AND t.date <= @to AND t.deleted_at IS NULL
           GROUP BY c.owner_id`,
        ).all(params) as Totals)
      : (stmt(
          db,
          `SELECT c.owner_id AS ownerId, sum(s.amountFen) AS amountFen, sum(s.n) AS transactions
           FROM (SELECT client_id, sum(amount_fen) AS amountFen, count(*) AS n FROM client_transactions
                 WHERE date >= @from AND date <= @to AND deleted_at IS NULL GROUP BY client_id) s
           CROSS JOIN clients c ON c.id = s.client_id
           WHERE +c.owner_id IN (${OWNERS}) AND c.deleted_at IS NULL
           GROUP BY c.owner_id`,
        ).all(params) as Totals);
  return new Map(rows.map((r) => [r.ownerId, { amountFen: r.amountFen, transactions: r.transactions }]));
}

/** The transactions revenueByOwners counts for one owner, by date (then as entered). */
export function revenueRecordsOf(db: Db, q: { from: string; to: string; ownerId: string }): RevenueRecord[] {
  return stmt(
    db,
    `SELECT t.id AS transactionId, t.date, c.id AS clientId, c.code AS clientCode, c.name AS clientName, t.item,
            t.amount_fen AS amountFen
     FROM clients c CROSS JOIN client_transactions t ON t.client_id = c.id
     WHERE c.owner_id = @ownerId AND c.deleted_at IS NULL
       AND t.date >= @from AND t.date <= @to AND t.deleted_at IS NULL
     ORDER BY t.date, t.created_at, t.id`,
  ).all(q) as RevenueRecord[];
}

/** Live files of the owners that first became customers in [start, end) (instants), per owner. */
export function newCustomersByOwners(
  db: Db,
  q: { start: string; end: string; ownerIds: readonly string[] },
): Map<string, number> {
  const params = { start: q.start, end: q.end, owners: JSON.stringify(q.ownerIds) };
  const rows =
    q.ownerIds.length <= OWNER_WALK_MAX
      ? (stmt(
          db,
          `SELECT c.owner_id AS ownerId, count(*) AS n
           FROM clients c CROSS JOIN client_status_changes h ON h.client_id = c.id
           WHERE c.owner_id IN (${OWNERS}) AND c.deleted_at IS NULL AND ${FIRST_TIME_CUSTOMER}
           GROUP BY c.owner_id`,
        ).all(params) as { ownerId: string; n: number }[])
      : (stmt(
          db,
          `SELECT c.owner_id AS ownerId, count(*) AS n
           FROM client_status_changes h CROSS JOIN clients c ON c.id = h.client_id
           WHERE ${FIRST_TIME_CUSTOMER} AND +c.owner_id IN (${OWNERS}) AND c.deleted_at IS NULL
           GROUP BY c.owner_id`,
        ).all(params) as { ownerId: string; n: number }[]);
  return new Map(rows.map((r) => [r.ownerId, r.n]));
}

/** The files newCustomersByOwners counts for one owner, with when each first became a customer, in that order. */
export function newCustomerRecordsOf(
  db: Db,
  q: { start: string; end: string; ownerId: string },
): { clientId: string; clientCode: string; clientName: string; at: string }[] {
  return stmt(
    db,
    `SELECT c.id AS clientId, c.code AS clientCode, c.name AS clientName, h.changed_at AS at
     FROM clients c CROSS JOIN client_status_changes h ON h.client_id = c.id
     WHERE c.owner_id = @ownerId AND c.deleted_at IS NULL AND ${FIRST_TIME_CUSTOMER}
     ORDER BY h.changed_at, c.code`,
  ).all(q) as { clientId: string; clientCode: string; clientName: string; at: string }[];
}
