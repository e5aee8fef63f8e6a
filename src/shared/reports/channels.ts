import { z } from 'zod';
import { channel } from '../contract/channel';
import type { FilePayload } from '../contract/fields';
import { calendarDate, id, locale } from '../contract/fields';

export const reportChannels = {
  'reports.roster': channel<FilePayload>()({
    input: z.strictObject({ locale: locale(), groupId: id().nullable().default(null) }),
    access: 'reports.roster',
    kind: 'query',
  }),
  /** The complaint analysis report for a period as PDF: statistics, charts, improvement measures. */
  'service.analysisReport': channel<FilePayload>()({
    input: z.strictObject({ from: calendarDate(), to: calendarDate(), locale: locale() }),
    access: 'service.stats',
    kind: 'query',
  }),
};
