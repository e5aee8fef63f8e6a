import { approvalChannels } from '../approvals/channels';
import {
  appraisalCycleChannels,
  appraisalFormChannels,
  appraisalPrintChannels,
  appraisalReviewChannels,
} from '../appraisal/channels';
import { appraisalLibraryChannels } from '../appraisal/libraryChannels';
import { auditChannels } from '../audit/channels';
import { authChannels } from '../auth/channels';
import { backupChannels } from '../backup/channels';
import { calendarChannels } from '../calendar/channels';
import { clientChannels } from '../clients/channels';
import { clientFileChannels } from '../clients/fileChannels';
import { contractsChannels } from '../contracts/channels';
import { controlChannels } from '../control/channels';
import { homeChannels } from '../home/channels';
import { improvementChannels } from '../improvement/channels';
import { incentivesChannels } from '../incentives/channels';
import { pricingChannels } from '../pricing/channels';
import { meetingsChannels } from '../meetings/channels';
import { kriChannels } from '../kri/channels';
import { marketChannels } from '../market/channels';
import { orgChannels } from '../org/channels';
import { reportChannels } from '../reports/channels';
import { salesPlansChannels } from '../salesPlans/channels';
import { riskChannels } from '../risk/channels';
import { salesChannels } from '../sales/channels';
import { serviceChannels } from '../service/channels';
import { serviceReportChannels } from '../service/reportChannels';
import { settingsChannels } from '../settings/channels';
import { systemChannels } from '../system/channels';
import { todoChannels } from '../todo/channels';
import type { InputOf, OutputOf } from './channel';
import { joinRegistry } from './registry';

/** Each domain's channels; a new domain adds its map here. */
export const CHANNEL_GROUPS = [
  systemChannels,
  authChannels,
  orgChannels,
  settingsChannels,
  auditChannels,
  backupChannels,
  reportChannels,
  clientChannels,
  clientFileChannels,
  homeChannels,
  todoChannels,
  improvementChannels,
  calendarChannels,
  serviceChannels,
  serviceReportChannels,
  meetingsChannels,
  riskChannels,
  approvalChannels,
  kriChannels,
  controlChannels,
  appraisalLibraryChannels,
  appraisalCycleChannels,
  appraisalReviewChannels,
  appraisalFormChannels,
  appraisalPrintChannels,
  incentivesChannels,
  salesPlansChannels,
  pricingChannels,
  marketChannels,
  salesChannels,
  contractsChannels,
] as const;

/**
 * Every channel of the app: `domain.verb` → input schema, access rule, kind, output type. A name that two
 * domains declare stops the app at start (and the registries test).
 */
export const channels = joinRegistry('channel name', CHANNEL_GROUPS);

export type Channels = typeof channels;
export type ChannelName = keyof Channels;
export type ChannelInput<C extends ChannelName> = InputOf<Channels[C]>;
export type ChannelOutput<C extends ChannelName> = OutputOf<Channels[C]>;
export const CHANNEL_NAMES = Object.keys(channels) as ChannelName[];

export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(channels, name);
}
