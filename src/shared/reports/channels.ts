import { z } from 'zod';
import { channel } from '../contract/channel';
import type { FilePayload } from '../contract/fields';
import { calendarDate, id, locale, optionalDate } from '../contract/fields';
import { LIMITS } from '../contract/limits';

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
  /**
   * The risk register report (风险登记报告) as PDF: the risks, actions and indicators the caller may see, with
   * the figures of a period, and the heat map beside the one of an earlier day when `compareTo` is given.
   */
  'reports.riskRegister': channel<FilePayload>()({
    input: z.strictObject({
      locale: locale(),
      from: calendarDate(),
      to: calendarDate(),
      compareTo: optionalDate(),
      categories: z.array(z.string().trim().min(1).max(LIMITS.tag)).max(50).default([]),
    }),
    access: 'risk.read',
    kind: 'query',
  }),
};
