import type { reportChannels } from '../../../shared/reports/channels';
import type { HandlersOf } from '../../core/handlers';
import type { Services } from '../../core/services';

export const reportsHandlers = (s: Services): HandlersOf<keyof typeof reportChannels> => ({
  'reports.roster': (input) => s.reports.roster(input.locale, input.groupId),
});
