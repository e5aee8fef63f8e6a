import type { AuditEntry } from '../../../src/shared/audit/types';
import type { Core } from '../../../src/main/core/createCore';
import type { Printer } from '../../../src/main/printing/printer';
import { writeStamp } from '../../support/writeStamp';

/** A printer that answers with a tiny PDF, for tests about the boundary rather than the report itself. */
export const fakePdfPrinter: Printer = {
  printToPdf: () => Promise.resolve(new TextEncoder().encode('%PDF-1.4\n% fake\n')),
};

/**
 * Equal before and after a call exactly when the call wrote nothing to the database, audit_log included (see
 * writeStamp: a write counter kept by temporary triggers, plus what triggers cannot see). Cheap enough to
 * take around every call, where hashing every table cost ~5 ms a time and grew with each module's tables.
 */
export function tableChecksum(core: Core): string {
  return writeStamp(core.store.db);
}

export function auditCount(core: Core): number {
  return (core.store.db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
}

type Row = {
  id: number;
  at: string;
  actor_user_id: string | null;
  actor_name: string | null;
  entity: string;
  entity_id: string | null;
  action: string;
  changes: string;
};

/** Audit rows with id > afterId, oldest first, read straight from the table. */
export function auditRowsAfter(core: Core, afterId: number): AuditEntry[] {
  const rows = core.store.db
    .prepare('SELECT * FROM audit_log WHERE id > ? ORDER BY id')
    .all(afterId) as Row[];
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    actorUserId: r.actor_user_id,
    actorName: r.actor_name,
    entity: r.entity,
    entityId: r.entity_id,
    action: r.action,
    changes: JSON.parse(r.changes) as AuditEntry['changes'],
  }));
}

export function lastAuditId(core: Core): number {
  return (core.store.db.prepare('SELECT coalesce(max(id), 0) AS id FROM audit_log').get() as { id: number })
    .id;
}
