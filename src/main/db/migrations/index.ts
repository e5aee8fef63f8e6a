import { sql as foundation } from './0001_foundation';
import { sql as clients } from './0002_clients';
import { sql as clientRecords } from './0003_client_records';
import { sql as clientSearch } from './0004_client_search';
import { sql as searchTextVersion } from './0005_search_text_version';
import { sql as clientRegions } from './0006_client_regions';
import { sql as workingCalendar } from './0007_working_calendar';
import { sql as serviceTickets } from './0008_service_tickets';
import { sql as improvementMeasures } from './0009_improvement_measures';
import { sql as serviceTicketFilters } from './0010_service_ticket_filters';
import { sql as improvementEffectIndex } from './0011_improvement_effect_index';
import { sql as serviceTicketLists } from './0012_service_ticket_lists';
import { sql as ticketsFollowMerge } from './0013_tickets_follow_merge';
import { sql as approvals } from './0014_approvals';
import { sql as riskRegister } from './0015_risk_register';
import { sql as riskMeetings } from './0016_risk_meetings';
import { sql as kris } from './0017_kris';
import { sql as internalControl } from './0018_internal_control';
import { sql as riskActionCounts } from './0019_risk_action_counts';
import { sql as appraisalSources } from './0020_appraisal_sources';
import { sql as appraisalLibrary } from './0021_appraisal_library';
import { sql as appraisalCycles } from './0022_appraisal_cycles';
import { sql as sales } from './0023_sales';
import { sql as kriReceivables } from './0024_kri_receivables';
import { sql as appraisalProfit } from './0025_appraisal_profit';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Numbered migrations, applied in order; never edit one that has shipped — add the next number. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'foundation', sql: foundation },
  { version: 2, name: 'clients', sql: clients },
  { version: 3, name: 'client_records', sql: clientRecords },
  { version: 4, name: 'client_search', sql: clientSearch },
  { version: 5, name: 'search_text_version', sql: searchTextVersion },
  { version: 6, name: 'client_regions', sql: clientRegions },
  { version: 7, name: 'working_calendar', sql: workingCalendar },
  { version: 8, name: 'service_tickets', sql: serviceTickets },
  { version: 9, name: 'improvement_measures', sql: improvementMeasures },
  { version: 10, name: 'service_ticket_filters', sql: serviceTicketFilters },
  { version: 11, name: 'improvement_effect_index', sql: improvementEffectIndex },
  { version: 12, name: 'service_ticket_lists', sql: serviceTicketLists },
  { version: 13, name: 'tickets_follow_merge', sql: ticketsFollowMerge },
  { version: 14, name: 'approvals', sql: approvals },
  { version: 15, name: 'risk_register', sql: riskRegister },
  { version: 16, name: 'risk_meetings', sql: riskMeetings },
  { version: 17, name: 'kris', sql: kris },
  { version: 18, name: 'internal_control', sql: internalControl },
  { version: 19, name: 'risk_action_counts', sql: riskActionCounts },
  { version: 20, name: 'appraisal_sources', sql: appraisalSources },
  { version: 21, name: 'appraisal_library', sql: appraisalLibrary },
  { version: 22, name: 'appraisal_cycles', sql: appraisalCycles },
  { version: 23, name: 'sales', sql: sales },
  { version: 24, name: 'kri_receivables', sql: kriReceivables },
  { version: 25, name: 'appraisal_profit', sql: appraisalProfit },
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;
