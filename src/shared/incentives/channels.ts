import { z } from 'zod';
import { channel } from '../contract/channel';
import {
  type FieldsOutput,
  type FilePayload,
  calendarDate,
  id,
  locale,
  optionalText,
  page,
  pageSize,
  requiredText,
  version,
} from '../contract/fields';
import { LIMITS } from '../contract/limits';
import {
  INCENTIVE_KINDS,
  INCENTIVE_STATUSES,
  INCENTIVE_TYPES,
  type Incentive,
  type IncentiveCandidate,
  type IncentivePage,
  type IncentiveResultOption,
} from './types';

/** What the proposal form writes; main checks the amount or title the kind needs. */
export const incentiveFields = {
  staffId: id(),
  kind: z.enum(INCENTIVE_KINDS),
  /** Yuan in fen: a bonus, a fine, a special contribution award's sum. */
  amountFen: z.number().int().min(1).max(100_000_000_00).nullable().default(null),
  title: optionalText(LIMITS.name),
  reason: requiredText(LIMITS.text),
  effectiveOn: calendarDate(),
  /** The appraisal result it follows from (the person's form in a published cycle). */
  formId: id().nullable().default(null),
};
export type IncentiveInput = FieldsOutput<typeof incentiveFields>;

export const incentiveFilter = {
  search: optionalText(LIMITS.search),
  staffId: id().nullable().default(null),
  cycleId: id().nullable().default(null),
  types: z.array(z.enum(INCENTIVE_TYPES)).max(3).default([]),
  statuses: z.array(z.enum(INCENTIVE_STATUSES)).max(4).default([]),
  /** Effective on or after / on or before. */
  from: calendarDate().nullable().default(null),
  to: calendarDate().nullable().default(null),
};
export type IncentiveFilter = FieldsOutput<typeof incentiveFilter>;
export const emptyIncentiveFilter: IncentiveFilter = z.strictObject(incentiveFilter).parse({});

export const incentivesChannels = {
  /** The incentives the reader may see: their own, and those of the people they oversee (the manager: all). */
  'incentives.list': channel<IncentivePage>()({
    input: z.strictObject({ ...incentiveFilter, page: page(), pageSize: pageSize() }),
    access: 'incentives.read',
    kind: 'query',
  }),
  'incentives.get': channel<Incentive>()({
    input: z.strictObject({ id: id() }),
    access: 'incentives.read',
    kind: 'query',
  }),
  /** Proposes an incentive for someone the proposer oversees; it goes to the manager (approved at once when the manager proposes). */
  'incentives.propose': channel<Incentive>()({
    input: z.strictObject(incentiveFields),
    access: 'incentives.propose',
    kind: 'mutation',
    changes: ['incentive', 'approval'],
  }),
  /** The proposer withdraws a proposal still pending. */
  'incentives.withdraw': channel<Incentive>()({
    input: z.strictObject({ id: id(), version: version() }),
    access: 'incentives.propose',
    kind: 'mutation',
    changes: ['incentive', 'approval'],
  }),
  'incentives.export': channel<FilePayload>()({
    input: z.strictObject({ ...incentiveFilter, locale: locale() }),
    access: 'incentives.read',
    kind: 'query',
  }),
  /** The people the caller may propose for (the proposal form's picker): those they oversee, not themselves. */
  'incentives.candidates': channel<IncentiveCandidate[]>()({
    input: z.strictObject({}),
    access: 'incentives.propose',
    kind: 'query',
  }),
  /** A candidate's published appraisal results the caller may read, to link a proposal to one. */
  'incentives.results': channel<IncentiveResultOption[]>()({
    input: z.strictObject({ staffId: id() }),
    access: 'incentives.propose',
    kind: 'query',
  }),
};
