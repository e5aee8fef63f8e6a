import { CHANNEL_NAMES, isChannelName } from '../../shared/contract/channels';
import { joinRegistry, type Joined } from '../../shared/contract/registry';
import { approvalHandlers } from '../domains/decisions/handlers';
import { auditHandlers } from '../domains/audit/handlers';
import { authHandlers } from '../domains/auth/handlers';
import { backupHandlers } from '../domains/backup/handlers';
import { calendarHandlers } from '../domains/calendar/handlers';
import { clientFileHandlers } from '../domains/clients/fileHandlers';
import { clientsHandlers } from '../domains/clients/handlers';
import { controlHandlers } from '../domains/control/handlers';
import { orgHandlers } from '../domains/org/handlers';
import { reportsHandlers } from '../domains/reports/handlers';
import { riskHandlers } from '../domains/risk/handlers';
import { salesHandlers } from '../domains/sales/handlers';
import { serviceHandlers } from '../domains/service/handlers';
import { serviceReportHandlers } from '../domains/service/reportHandlers';
import { settingsHandlers } from '../domains/settings/handlers';
import { systemHandlers } from '../domains/system/handlers';
import { homeHandlers } from '../domains/home/handlers';
import { todoHandlers } from '../domains/todo/handlers';
import { improvementHandlers } from '../domains/improvement/handlers';
import { meetingsHandlers } from '../domains/meetings/handlers';
import { kriHandlers } from '../domains/kri/handlers';
import { appraisalLibraryHandlers } from '../domains/appraisal/libraryHandlers';
import { appraisalCycleHandlers } from '../domains/appraisal/cycleHandlers';
import { appraisalReviewHandlers } from '../domains/appraisal/reviewHandlers';
import { appraisalFormHandlers } from '../domains/appraisal/formHandlers';
import { appraisalPrintHandlers } from '../domains/appraisal/printHandlers';
import { incentivesHandlers } from '../domains/incentives/handlers';
import { salesPlansHandlers } from '../domains/salesPlans/handlers';
import { pricingHandlers } from '../domains/pricing/handlers';
import { marketHandlers } from '../domains/market/handlers';
import { contractsHandlers } from '../domains/contracts/handlers';
import type { CoreDeps } from './context';

/** Every domain's handlers; a new domain adds its own here (and its channels to CHANNEL_GROUPS). */
export function domainHandlers(deps: CoreDeps) {
  return [
    systemHandlers(deps),
    authHandlers(deps),
    orgHandlers(deps),
    settingsHandlers(deps),
    auditHandlers(deps),
    backupHandlers(deps),
    reportsHandlers(deps),
    clientsHandlers(deps),
    clientFileHandlers(deps),
    homeHandlers(deps),
    todoHandlers(deps),
    improvementHandlers(deps),
    calendarHandlers(deps),
    serviceHandlers(deps),
    serviceReportHandlers(deps),
    meetingsHandlers(deps),
    riskHandlers(deps),
    approvalHandlers(deps),
    kriHandlers(deps),
    controlHandlers(deps),
    appraisalLibraryHandlers(deps),
    appraisalCycleHandlers(deps),
    appraisalReviewHandlers(deps),
    appraisalFormHandlers(deps),
    appraisalPrintHandlers(deps),
    incentivesHandlers(deps),
    salesPlansHandlers(deps),
    pricingHandlers(deps),
    marketHandlers(deps),
    salesHandlers(deps),
    contractsHandlers(deps),
  ] as const;
}

/**
 * The table dispatch looks channels up in. A channel handled twice, a handler without a channel, or a
 * channel without a handler stops the core at start; the last is a type error already where the table
 * is typed as HandlerTable (createCore).
 */
export function handlerTable<const Parts extends readonly object[]>(parts: Parts): Joined<Parts> {
  const table = joinRegistry('handler', parts);
  for (const name of Object.keys(table as object))
    if (!isChannelName(name)) throw new Error(`handler without a channel: ${name}`);
  for (const name of CHANNEL_NAMES)
    if (!Object.prototype.hasOwnProperty.call(table as object, name))
      throw new Error(`channel without a handler: ${name}`);
  return table;
}
