import type { AuditChange, AuditEntry } from '../../../shared/audit/types';
import { stmt, type Db } from '../../db/connection';

export interface AuditQuery {
  actorUserId: string | null;
  entity: string | null;
  entityId: string | null;
  /** Inclusive ISO bounds. */
  fromIso: string | null;
  toIso: string | null;
}

type DbAuditRow = {
  id: number;
  at: string;
  actor_user_id: string | null;
  actor_name: string | null;
  entity: string;
  entity_id: string | null;
  action: string;
  changes: string;
};

const toEntry = (r: DbAuditRow): AuditEntry => ({
  id: r.id,
  at: r.at,
  actorUserId: r.actor_user_id,
  actorName: r.actor_name,
  entity: r.entity,
  entityId: r.entity_id,
  action: r.action,
  changes: JSON.parse(r.changes) as AuditChange[],
});

function where(q: AuditQuery): { sql: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  if (q.actorUserId) {
    parts.push('actor_user_id = ?');
    params.push(q.actorUserId);
  }
  if (q.entity) {
    parts.push('entity = ?');
    params.push(q.entity);
  }
  if (q.entityId) {
    parts.push('entity_id = ?');
    params.push(q.entityId);
  }
  if (q.fromIso) {
    parts.push('at >= ?');
    params.push(q.fromIso);
  }
  if (q.toIso) {
    parts.push('at <= ?');
    params.push(q.toIso);
  }
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params };
}

export function countAudit(db: Db, q: AuditQuery): number {
  const w = where(q);
  return (stmt(db, `SELECT count(*) AS n FROM audit_log ${w.sql}`).get(...w.params) as { n: number }).n;
}

export function listAudit(db: Db, q: AuditQuery, limit: number, offset: number): AuditEntry[] {
  const w = where(q);
  return (
    stmt(db, `SELECT * FROM audit_log ${w.sql} ORDER BY id DESC LIMIT ? OFFSET ?`).all(
      ...w.params,
      limit,
      offset,
    ) as DbAuditRow[]
  ).map(toEntry);
}

export function* iterateAudit(db: Db, q: AuditQuery): Generator<AuditEntry> {
  const w = where(q);
  for (const r of stmt(db, `SELECT * FROM audit_log ${w.sql} ORDER BY id DESC`).iterate(
    ...w.params,
  ) as IterableIterator<DbAuditRow>) {
    yield toEntry(r);
  }
}

export function auditEntities(db: Db): string[] {
  return (
    stmt(db, 'SELECT DISTINCT entity FROM audit_log ORDER BY entity').all() as { entity: string }[]
  ).map((r) => r.entity);
}

export function latestAuditId(db: Db): number {
  return (stmt(db, 'SELECT coalesce(max(id), 0) AS id FROM audit_log').get() as { id: number }).id;
}
