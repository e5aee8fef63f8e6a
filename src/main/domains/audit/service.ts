import ExcelJS from 'exceljs';
import type { AuditPage } from '../../../shared/audit/types';
import type { FilePayload, Locale } from '../../../shared/contract/fields';
import type { CoreDeps, Ctx } from '../../core/context';
import { translator } from '../../i18n/translate';
import { formatDateTime } from '../../i18n/format';
import {
  auditEntities,
  countAudit,
  iterateAudit,
  latestAuditId,
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

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

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
    list(filter: AuditFilter, page: number, pageSize: number): AuditPage {
      const db = deps.store.db;
      const q = toQuery(filter);
      return {
        rows: listAudit(db, q, pageSize, (page - 1) * pageSize),
        total: countAudit(db, q),
        page,
        pageSize,
      };
    },

    entities(): string[] {
      return auditEntities(deps.store.db);
    },

    async exportXlsx(filter: AuditFilter, locale: Locale): Promise<FilePayload> {
      const t = translator(locale);
      const wb = new ExcelJS.Workbook();
      wb.creator = 'BizOps Desk';
      const ws = wb.addWorksheet(t('audit:title'));
      ws.columns = [
        { header: t('audit:columns.at'), key: 'at', width: 22 },
        { header: t('audit:columns.actor'), key: 'actor', width: 16 },
        { header: t('audit:columns.entity'), key: 'entity', width: 16 },
        { header: t('audit:columns.entityId'), key: 'entityId', width: 38 },
        { header: t('audit:columns.action'), key: 'action', width: 16 },
        { header: t('audit:columns.changes'), key: 'changes', width: 80 },
      ];
      ws.getRow(1).font = { bold: true };
      ws.views = [{ state: 'frozen', ySplit: 1 }];
      for (const e of iterateAudit(deps.store.db, toQuery(filter))) {
        ws.addRow({
          at: formatDateTime(e.at, locale),
          actor: e.actorName ?? t('audit:system'),
          entity: t(`audit:entities.${e.entity}`, { defaultValue: e.entity }),
          entityId: e.entityId ?? '',
          action: t(`audit:actions.${e.action}`, { defaultValue: e.action }),
          changes: e.changes
            .map(
              (c) =>
                `${t(`audit:fieldLabels.${e.entity}.${c.field}`, { defaultValue: c.field })}: ${JSON.stringify(c.before)} → ${JSON.stringify(c.after)}`,
            )
            .join('\n'),
        });
      }
      const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
      const day = deps.clock.now().toISOString().slice(0, 10);
      return { fileName: `${t('audit:fileName')}-${day}.xlsx`, mime: XLSX_MIME, bytes };
    },
  };
}

export type AuditService = ReturnType<typeof createAuditService>;

/** The newest trail row's id (0 when there is none): the automatic backup skips when it has not moved. */
export const latestAuditRowId = (ctx: Ctx): number => latestAuditId(ctx.db);
