import type { ClientStatus } from '../../../../shared/clients/types';
import { stmt, type Db } from '../../../db/connection';
import type { Clause } from '../../../db/clause';

/**
 * Live files in the scope (a condition on `clients c`; '1' for every file) per lifecycle status, and how many
 * were last touched before `staleBefore`: two counts, each from its own index (status; touched time) when the
 * scope is every file, never the rows.
 */
export function clientCounts(
  db: Db,
  scope: Clause,
  staleBefore: string,
): { byStatus: { status: ClientStatus; n: number }[]; stale: number } {
  const all = scope.sql === '1';
  const where = all ? 'c.deleted_at IS NULL' : `c.deleted_at IS NULL AND ${scope.sql}`;
  const byStatus = stmt(
    db,
    `SELECT c.status AS status, count(*) AS n FROM clients c${all ? ' INDEXED BY clients_live_status' : ''}
     WHERE ${where} GROUP BY c.status`,
  ).all(...scope.params) as { status: ClientStatus; n: number }[];
  const stale = stmt(
    db,
    `SELECT count(*) FROM clients c${all ? ' INDEXED BY clients_live_touched' : ''}
     WHERE ${where} AND c.touched_at < ?`,
  )
    .pluck()
    .get(...scope.params, staleBefore) as number;
  return { byStatus, stale };
}
