import type { AuditChange, AuditPage } from '../../../shared/audit/types';
import type { FilePayload, Locale } from '../../../shared/contract/fields';
import type { Db } from '../../db/connection';
import type { Actor, CoreDeps } from '../../core/context';
import { auditWorkbook } from './exportAudit';
import { withNames } from './names';
import {
  auditEntities,
  countAudit,
  insertAudit,
  iterateAudit,
  listAudit,
  type AuditQuery,
} from './repository';

export interface AuditFilter {
  actorUserId: string | null;
  entity: string | null;
  entityId: string | null;
  from: string | null;
  to: string | null;
}

/** Calendar-date filter → inclusive ISO bounds, days read in the machine's time zone. */
function toQuery(f: AuditFilter): AuditQuery {
  const startOf = (d: string) => new Date(`${d}T00:00:00`).toISOString();
  // The next local midnight, not start + 24 h: a day when the clocks change has 23 or 25 hours.
  const endOf = (d: string) => {
    const next = new Date(`${d}T00:00:00`);
    next.setDate(next.getDate() + 1);
    return new Date(next.getTime() - 1).toISOString();
  };
  return {
    actorUserId: f.actorUserId,
    entity: f.entity,
    entityId: f.entityId,
    fromIso: f.from ? startOf(f.from) : null,
    toIso: f.to ? endOf(f.to) : null,
  };
}

export function createAuditService(deps: CoreDeps) {
  return {
    /** Writes one trail row; call inside the mutation's transaction so both land or neither does. */
    record(
      db: Db,
      actor: Actor,
      entry: { entity: string; entityId: string | null; action: string; changes?: AuditChange[] },
    ): void {
      insertAudit(db, {
        at: deps.clock.now().toISOString(),
        actorUserId: actor.userId,
        actorName: actor.name,
        entity: entry.entity,
        entityId: entry.entityId,
        action: entry.action,
        changes: entry.changes ?? [],
      });
    },

    list(filter: AuditFilter, page: number, pageSize: number): AuditPage {
      const db = deps.store.db;
      const q = toQuery(filter);
      return {
        rows: withNames(db, listAudit(db, q, pageSize, (page - 1) * pageSize)),
        total: countAudit(db, q),
        page,
        pageSize,
      };
    },

    entities(): string[] {
      return auditEntities(deps.store.db);
    },

    exportXlsx(filter: AuditFilter, locale: Locale): Promise<FilePayload> {
      const db = deps.store.db;
      return auditWorkbook(iterateAudit(db, toQuery(filter)), (batch) => withNames(db, batch), {
        locale,
        now: deps.clock.now(),
      });
    },
  };
}

export type AuditService = ReturnType<typeof createAuditService>;
