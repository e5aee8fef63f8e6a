import { z } from 'zod';
import { channel } from '../contract/channel';
import {
  type FieldsOutput,
  type FilePayload,
  calendarDate,
  id,
  locale,
  optionalDate,
  optionalText,
  page,
  pageSize,
  requiredText,
  version,
} from '../contract/fields';
import { LIMITS } from '../contract/limits';
import { RISK_LEVELS } from './levels';
import type { HeatMap, Risk, RiskAction, RiskActionPage, RiskDetail, RiskOption, RiskPage } from './types';
import { RISK_ACTION_STATUSES, RISK_SCOPES, RISK_SORT_FIELDS, RISK_STATUSES, RISK_STRATEGIES } from './types';

const categoryKey = () => z.string().trim().min(1).max(LIMITS.tag);
const oneToFive = () => z.number().int().min(1).max(5);

/** What the risk form writes (identify and edit). */
export const riskFields = {
  title: requiredText(LIMITS.shortText),
  category: categoryKey(),
  description: optionalText(LIMITS.text),
  cause: optionalText(LIMITS.text),
  ownerId: id(),
  clientId: id().nullable().default(null),
  identifiedOn: calendarDate(),
};
export type RiskInput = FieldsOutput<typeof riskFields>;

export const riskFilter = {
  scope: z.enum(RISK_SCOPES).default('all'),
  search: optionalText(LIMITS.search),
  categories: z.array(categoryKey()).max(50).default([]),
  levels: z.array(z.enum(RISK_LEVELS)).max(4).default([]),
  statuses: z.array(z.enum(RISK_STATUSES)).max(5).default([]),
  strategies: z.array(z.enum(RISK_STRATEGIES)).max(4).default([]),
  ownerId: id().nullable().default(null),
  clientId: id().nullable().default(null),
  /** Only risks whose review is due (next review on or before today). */
  reviewDue: z.boolean().default(false),
  /** Only risks with an overdue action. */
  overdueActions: z.boolean().default(false),
  openOnly: z.boolean().default(false),
  /** Identified on or after / on or before. */
  from: optionalDate(),
  to: optionalDate(),
};
export type RiskFilter = FieldsOutput<typeof riskFilter>;
export const emptyRiskFilter: RiskFilter = z.strictObject(riskFilter).parse({});

export const riskActionFields = {
  title: requiredText(LIMITS.shortText),
  ownerId: id(),
  /** Never before the risk was identified. */
  dueOn: calendarDate(),
};

export const riskActionFilter = {
  scope: z.enum(RISK_SCOPES).default('all'),
  search: optionalText(LIMITS.search),
  statuses: z.array(z.enum(RISK_ACTION_STATUSES)).max(3).default([]),
  ownerId: id().nullable().default(null),
  overdue: z.boolean().default(false),
};
export type RiskActionFilter = FieldsOutput<typeof riskActionFilter>;

const heatMapFilter = {
  categories: z.array(categoryKey()).max(50).default([]),
  ownerId: id().nullable().default(null),
};

const sort = {
  sortBy: z.enum(RISK_SORT_FIELDS).default('score'),
  sortDir: z.enum(['asc', 'desc']).default('desc'),
};

export const riskChannels = {
  'risk.list': channel<RiskPage>()({
    input: z.strictObject({ ...riskFilter, ...sort, page: page(), pageSize: pageSize() }),
    access: 'risk.read',
    kind: 'query',
  }),
  'risk.get': channel<RiskDetail>()({
    input: z.strictObject({ id: id() }),
    access: 'risk.read',
    kind: 'query',
  }),
  /** Risks for a picker (meeting form, indicator, finding): visible ones by code or title, open first. */
  'risk.pick': channel<RiskOption[]>()({
    input: z.strictObject({ search: optionalText(LIMITS.search), includeClosed: z.boolean().default(false) }),
    access: 'risk.read',
    kind: 'query',
  }),
  /**
   * Identify a risk. Likelihood and impact may be given at once (both or neither): the risk is then
   * assessed. (A meeting raises risks through its own channel, which calls the same service.)
   */
  'risk.create': channel<Risk>()({
    input: z.strictObject({
      ...riskFields,
      likelihood: oneToFive().nullable().default(null),
      impact: oneToFive().nullable().default(null),
    }),
    access: 'risk.write',
    kind: 'mutation',
    changes: ['risk'],
  }),
  'risk.update': channel<Risk>()({
    input: z.strictObject({ id: id(), version: version(), ...riskFields }),
    access: 'risk.write',
    kind: 'mutation',
    changes: ['risk'],
  }),
  /** First assessment (identified → assessed) or a reassessment, which needs a reason; each one is kept. */
  'risk.assess': channel<Risk>()({
    input: z.strictObject({
      id: id(),
      version: version(),
      likelihood: oneToFive(),
      impact: oneToFive(),
      reason: optionalText(LIMITS.text),
    }),
    access: 'risk.write',
    kind: 'mutation',
    changes: ['risk', 'approval'],
  }),
  /**
   * Choose or change the response strategy (assessed → responding). Accepting a high or critical risk
   * needs a reason and goes to the manager for approval.
   */
  'risk.respond': channel<Risk>()({
    input: z.strictObject({
      id: id(),
      version: version(),
      strategy: z.enum(RISK_STRATEGIES),
      responsePlan: optionalText(LIMITS.text),
      acceptanceReason: optionalText(LIMITS.text),
    }),
    access: 'risk.write',
    kind: 'mutation',
    changes: ['risk', 'approval'],
  }),
  'risk.move': channel<Risk>()({
    input: z.strictObject({
      id: id(),
      version: version(),
      to: z.enum(RISK_STATUSES),
      note: optionalText(LIMITS.text),
    }),
    access: 'risk.write',
    kind: 'mutation',
    changes: ['risk'],
  }),
  'risk.reopen': channel<Risk>()({
    input: z.strictObject({ id: id(), version: version(), reason: requiredText(LIMITS.text) }),
    access: 'risk.write',
    kind: 'mutation',
    changes: ['risk'],
  }),
  /** The periodic review: the next one is due after the interval of the risk's level. */
  'risk.review': channel<Risk>()({
    input: z.strictObject({ id: id(), version: version(), note: requiredText(LIMITS.text) }),
    access: 'risk.write',
    kind: 'mutation',
    changes: ['risk'],
  }),
  'risk.addAction': channel<RiskAction>()({
    input: z.strictObject({ riskId: id(), ...riskActionFields }),
    access: 'risk.write',
    kind: 'mutation',
    changes: ['riskAction', 'risk'],
  }),
  'risk.updateAction': channel<RiskAction>()({
    input: z.strictObject({ id: id(), version: version(), ...riskActionFields }),
    access: 'risk.write',
    kind: 'mutation',
    changes: ['riskAction', 'risk'],
  }),
  /** Done (with the date it was done), cancelled (with a note), or open again. */
  'risk.setActionStatus': channel<RiskAction>()({
    input: z.strictObject({
      id: id(),
      version: version(),
      status: z.enum(RISK_ACTION_STATUSES),
      doneOn: optionalDate(),
      note: optionalText(LIMITS.text),
    }),
    access: 'risk.write',
    kind: 'mutation',
    changes: ['riskAction', 'risk'],
  }),
  'risk.listActions': channel<RiskActionPage>()({
    input: z.strictObject({ ...riskActionFilter, page: page(), pageSize: pageSize() }),
    access: 'risk.read',
    kind: 'query',
  }),
  /** The 5×5 grid of open risks, and optionally as it stood at the end of an earlier date. */
  'risk.heatmap': channel<HeatMap>()({
    input: z.strictObject({ ...heatMapFilter, compareTo: optionalDate() }),
    access: 'risk.read',
    kind: 'query',
  }),
  /** The risks of one cell (now, or as of an earlier date), for the click on the heat map. */
  'risk.heatmapCell': channel<Risk[]>()({
    input: z.strictObject({
      ...heatMapFilter,
      likelihood: oneToFive(),
      impact: oneToFive(),
      asOf: optionalDate(),
    }),
    access: 'risk.read',
    kind: 'query',
  }),
  'risk.export': channel<FilePayload>()({
    input: z.strictObject({ ...riskFilter, ...sort, locale: locale() }),
    access: 'risk.read',
    kind: 'query',
  }),
  'risk.exportActions': channel<FilePayload>()({
    input: z.strictObject({ ...riskActionFilter, locale: locale() }),
    access: 'risk.read',
    kind: 'query',
  }),
};
