import { createHash } from 'node:crypto';
import type { AuditEntry } from '../../../src/shared/audit/types';
import type { Core } from '../../../src/main/core/createCore';
import type { Printer } from '../../../src/main/printing/printer';

/** A printer that answers with a tiny PDF, for tests about the boundary rather than the report itself. */
export const fakePdfPrinter: Printer = {
  printToPdf: () => Promise.resolve(new TextEncoder().encode('%PDF-1.4\n% fake\n')),
};

/** SHA-256 over the full content of every table (audit_log and sqlite_sequence included), in a stable order. */
export function tableChecksum(core: Core): string {
  const db = core.store.db;
  const tables = (
    db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as {
      name: string;
    }[]
  ).map((t) => t.name);
  const hash = createHash('sha256');
  for (const t of tables) {
    const rows = (db.prepare(`SELECT * FROM "${t.replace(/"/g, '""')}"`).all() as Record<string, unknown>[])
      .map((r) => JSON.stringify(r))
      .sort();
    hash.update(`${t}\n${rows.join('\n')}\n`);
  }
  return hash.digest('hex');
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
