import type { auditChannels } from '../../../shared/audit/channels';
import { contextOf, type Request } from '../../core/context';
import type { DomainHandlers } from '../../core/handlers';
import { auditTrailEntities, exportAuditTrail, listAuditTrail } from './service';

export const auditHandlers: DomainHandlers<keyof typeof auditChannels> = (deps) => {
  const ctx = (req: Request) => contextOf(deps, req);
  return {
    'audit.list': ({ page, pageSize, ...filter }, req) => listAuditTrail(ctx(req), filter, page, pageSize),
    'audit.entities': (_input, req) => auditTrailEntities(ctx(req)),
    'audit.export': ({ locale, ...filter }, req) => exportAuditTrail(ctx(req), filter, locale),
  };
};
