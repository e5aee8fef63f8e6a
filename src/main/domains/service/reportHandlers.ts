import type { serviceReportChannels } from '../../../shared/service/reportChannels';
import { contextOf, userContextOf } from '../../core/context';
import type { DomainHandlers } from '../../core/handlers';
import { printHandlingForm } from './reportService';
import { serviceStats } from './stats';

// The handling form shows one ticket to whoever may see it; the statistics are the whole department's, behind
// service.stats (leads and up).
export const serviceReportHandlers: DomainHandlers<keyof typeof serviceReportChannels> = (deps) => ({
  'service.printForm': (input, req) => printHandlingForm(userContextOf(deps, req), input.id, input.locale),
  'service.stats': (input, req) => serviceStats(contextOf(deps, req), input),
});
