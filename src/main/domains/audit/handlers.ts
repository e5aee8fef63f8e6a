import type { auditChannels } from '../../../shared/audit/channels';
import type { DomainHandlers } from '../../core/handlers';
import { createAuditService } from './service';

export const auditHandlers: DomainHandlers<keyof typeof auditChannels> = (deps) => {
  const audit = createAuditService(deps);
  return {
    'audit.list': ({ page, pageSize, ...filter }) => audit.list(filter, page, pageSize),
    'audit.entities': () => audit.entities(),
    'audit.export': ({ locale, ...filter }) => audit.exportXlsx(filter, locale),
  };
};
