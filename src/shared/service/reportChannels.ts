import { z } from 'zod';
import { channel, type ParsedInputOf } from '../contract/channel';
import { type FilePayload, calendarDate, id, locale } from '../contract/fields';
import type { ServiceStats } from './stats';
import { TICKET_KINDS } from './types';

/** Customer service on paper and in figures: the handling form and the statistics (the analysis report, which
 * also reads improvement measures, is one of the department's reports: shared/reports/channels.ts). */
export const serviceReportChannels = {
  /** The complaint handling form (投诉处理单) as PDF. */
  'service.printForm': channel<FilePayload>()({
    input: z.strictObject({ id: id(), locale: locale() }),
    access: 'service.read',
    kind: 'query',
  }),
  /** Statistics for a period (三(三)5), against the previous period of the same length. */
  'service.stats': channel<ServiceStats>()({
    input: z.strictObject({
      from: calendarDate(),
      to: calendarDate(),
      kind: z.enum(TICKET_KINDS).default('complaint'),
    }),
    access: 'service.stats',
    kind: 'query',
  }),
};

export type ServiceStatsInput = ParsedInputOf<(typeof serviceReportChannels)['service.stats']>;
