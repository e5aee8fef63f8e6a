import type { auditChannels } from '../../../shared/audit/channels';
import type { HandlersOf } from '../../core/handlers';
import type { Services } from '../../core/services';

export const auditHandlers = (s: Services): HandlersOf<keyof typeof auditChannels> => ({
  'audit.list': ({ page, pageSize, ...filter }) => s.audit.list(filter, page, pageSize),
  'audit.entities': () => s.audit.entities(),
  'audit.export': ({ locale, ...filter }) => s.audit.exportXlsx(filter, locale),
});
