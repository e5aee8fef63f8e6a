import type { reportChannels } from '../../../shared/reports/channels';
import { contextOf, userContextOf } from '../../core/context';
import type { DomainHandlers } from '../../core/handlers';
import { printAnalysisReport } from './complaintAnalysis';
import { printRiskRegister } from './riskRegister';
import { printRoster } from './service';

export const reportsHandlers: DomainHandlers<keyof typeof reportChannels> = (deps) => ({
  'reports.roster': (input, req) => printRoster(contextOf(deps, req), input.locale, input.groupId),
  'service.analysisReport': (input, req) =>
    printAnalysisReport(contextOf(deps, req), { from: input.from, to: input.to }, input.locale),
  'reports.riskRegister': ({ locale, ...request }, req) =>
    printRiskRegister(userContextOf(deps, req), request, locale),
});
