import type { AuditFilter } from '../../../shared/audit/channels';
import type { AuditPage } from '../../../shared/audit/types';
import type { FilePayload, Locale } from '../../../shared/contract/fields';
import type { Ctx } from '../../core/context';
import { auditWorkbook } from './exportAudit';
import { withNames } from './names';
import {
  auditEntities,
  countAudit,
  iterateAudit,
  latestAuditId,
  listAudit,
  type AuditQuery,
} from './repository';

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

/** A page of the trail, newest first, each row's ids resolved to the names a reader knows. */
export function listAuditTrail(ctx: Ctx, filter: AuditFilter, page: number, pageSize: number): AuditPage {
  const db = ctx.db;
  const q = toQuery(filter);
  return {
    rows: withNames(db, listAudit(db, q, pageSize, (page - 1) * pageSize)),
    total: countAudit(db, q),
    page,
    pageSize,
  };
}

/** The kinds of record the trail holds rows for (the filter's choices). */
export const auditTrailEntities = (ctx: Ctx): string[] => auditEntities(ctx.db);

/** The trail under the filter as an Excel workbook in the reader's language. */
export function exportAuditTrail(ctx: Ctx, filter: AuditFilter, locale: Locale): Promise<FilePayload> {
  const db = ctx.db;
  return auditWorkbook(iterateAudit(db, toQuery(filter)), (batch) => withNames(db, batch), {
    locale,
    now: ctx.clock.now(),
  });
}

/** The newest trail row's id (0 when there is none): the automatic backup skips when it has not moved. */
export const latestAuditRowId = (ctx: Ctx): number => latestAuditId(ctx.db);
