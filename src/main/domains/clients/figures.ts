import { CLIENT_STATUSES, type ClientStatus } from '../../../shared/clients/types';
import type { ClientFigures } from '../../../shared/home/types';
import { stmt, type Db } from '../../db/connection';
import { listScope, type Viewer } from './visibility';

/**
 * Home's client figures for what the viewer may see: live files per lifecycle status, and how many were last
 * touched before `staleBefore`. Two counts, each from its own index (status; touched time), never the rows.
 */
export function clientFigures(db: Db, viewer: Viewer, staleBefore: string): ClientFigures {
  const scope = listScope(db, viewer, 'c');
  const where = ['c.deleted_at IS NULL', scope.sql].filter((p) => p !== '1').join(' AND ');
  const all = scope.by === 'all';
  const counts = stmt(
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
  const byStatus = Object.fromEntries(CLIENT_STATUSES.map((s) => [s, 0])) as Record<ClientStatus, number>;
  for (const c of counts) byStatus[c.status] = c.n;
  return { byStatus, total: counts.reduce((sum, c) => sum + c.n, 0), stale };
}
