import type { AuditEntry } from '../../shared/audit/types';
import { stmt, type Db } from '../db/connection';

/** One row of the audit trail as stored. Only mutate() writes them (m.audit); the audit domain reads them. */
export type AuditRow = Omit<AuditEntry, 'id'>;

export function insertAudit(db: Db, row: AuditRow): void {
  stmt(
    db,
    `INSERT INTO audit_log (at, actor_user_id, actor_name, entity, entity_id, action, changes)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    row.at,
    row.actorUserId,
    row.actorName,
    row.entity,
    row.entityId,
    row.action,
    JSON.stringify(row.changes),
  );
}
