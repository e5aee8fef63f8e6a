import { z } from 'zod';
import { channel, type ParsedInputOf } from '../contract/channel';
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
import { DEFAULT_ATTACHMENT_MAX_MB } from '../clients/fileTypes';
import { PERIOD_KINDS } from '../salesPlans/rules';
import { STAGES } from './stages';
import type {
  ActivityOption,
  Board,
  ForecastMonth,
  Funnel,
  LostReasonRow,
  Opportunity,
  OpportunityDetail,
  OpportunityPage,
  SalesFile,
} from './types';
import { OPPORTUNITY_SORT_FIELDS, SALES_SCOPES } from './types';

/** The most a proposal's file may weigh: the same limit as a client file's attachments. */
export const PROPOSAL_FILE_MAX_BYTES = DEFAULT_ATTACHMENT_MAX_MB * 1024 * 1024;

/** Money in fen: whole, not negative, below a trillion yuan. */
const fen = () => z.number().int().min(0).max(100_000_000_000_000);
const percent = () => z.number().int().min(0).max(100);
const bytes = () => z.instanceof(Uint8Array);
const month = () => z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'salesMonth' });

/** What the opportunity form writes (creating and editing). */
export const opportunityFields = {
  title: requiredText(LIMITS.shortText),
  expectedAmountFen: fen().nullable().default(null),
  /** The owner's own estimate of the chance (percent); null: the stage's from the settings. */
  probability: percent().nullable().default(null),
  expectedCloseOn: optionalDate(),
  nextStep: optionalText(LIMITS.shortText),
  nextStepOn: optionalDate(),
  sourceActivityId: id().nullable().default(null),
};
export type OpportunityInput = FieldsOutput<typeof opportunityFields>;

/** The records the stages need, kept on the opportunity as they are made. */
export const stageRecordFields = {
  screening: z
    .array(z.strictObject({ key: z.string().trim().min(1).max(LIMITS.tag), rating: percent() }))
    .max(12)
    .default([]),
  needs: optionalText(LIMITS.text),
  proposal: optionalText(LIMITS.longText),
  visitInvitedOn: optionalDate(),
  visitHeldOn: optionalDate(),
  visitNotes: optionalText(LIMITS.text),
  negotiationNotes: optionalText(LIMITS.text),
};
export type StageRecordInput = FieldsOutput<typeof stageRecordFields>;

/** A company not yet on file: its client file is made with the lead (status potential). */
export const newCompanyFields = {
  name: requiredText(LIMITS.shortText),
  industry: optionalText(LIMITS.name),
};

export const opportunityFilter = {
  scope: z.enum(SALES_SCOPES).default('all'),
  search: optionalText(LIMITS.search),
  stages: z.array(z.enum(STAGES)).max(STAGES.length).default([]),
  ownerId: id().nullable().default(null),
  clientId: id().nullable().default(null),
  sourceActivityId: id().nullable().default(null),
  /** Expected to close on or after / on or before. */
  closeFrom: optionalDate(),
  closeTo: optionalDate(),
  /** Only those whose next step or expected close date has passed. */
  overdue: z.boolean().default(false),
};
export type OpportunityFilter = FieldsOutput<typeof opportunityFilter>;
export const emptyOpportunityFilter: OpportunityFilter = z.strictObject(opportunityFilter).parse({});

const sort = {
  sortBy: z.enum(OPPORTUNITY_SORT_FIELDS).default('updatedAt'),
  sortDir: z.enum(['asc', 'desc']).default('desc'),
};

const period = { from: calendarDate(), to: calendarDate() };

export const salesChannels = {
  'sales.list': channel<OpportunityPage>()({
    input: z.strictObject({ ...opportunityFilter, ...sort, page: page(), pageSize: pageSize() }),
    access: 'sales.read',
    kind: 'query',
  }),
  /** The board: every stage's opportunities (the first of each column) with the column's totals. */
  'sales.board': channel<Board>()({
    input: z.strictObject({
      scope: z.enum(SALES_SCOPES).default('all'),
      search: optionalText(LIMITS.search),
      ownerId: id().nullable().default(null),
      /** Won and lost ones closed on or after this day (the board keeps the recent ones). */
      closedSince: optionalDate(),
    }),
    access: 'sales.read',
    kind: 'query',
  }),
  'sales.get': channel<OpportunityDetail>()({
    input: z.strictObject({ id: id() }),
    access: 'sales.read',
    kind: 'query',
  }),
  /** A new lead: for a client file on record, or for a new company whose file is made with it. */
  'sales.create': channel<Opportunity>()({
    input: z.strictObject({
      ...opportunityFields,
      clientId: id().nullable().default(null),
      newCompany: z.strictObject(newCompanyFields).nullable().default(null),
      ownerId: id().nullable().default(null),
    }),
    access: 'sales.write',
    kind: 'mutation',
    changes: ['opportunity', 'client'],
  }),
  /** The opportunity's fields and the stage records, as the detail page edits them. */
  'sales.update': channel<Opportunity>()({
    input: z.strictObject({ id: id(), version: version(), ...opportunityFields, ...stageRecordFields }),
    access: 'sales.write',
    kind: 'mutation',
    changes: ['opportunity'],
  }),
  /**
   * A move to another stage: forward when the records of every stage on the way are there, back at any time,
   * won (closing day), lost (a reason of the settings' list).
   */
  'sales.move': channel<Opportunity>()({
    input: z.strictObject({
      id: id(),
      version: version(),
      to: z.enum(STAGES),
      lostReason: optionalText(LIMITS.tag),
      lostNote: optionalText(LIMITS.text),
      closedOn: optionalDate(),
    }),
    access: 'sales.write',
    kind: 'mutation',
    changes: ['opportunity'],
  }),
  /** A lost one taken up again, at the stage it was lost from. */
  'sales.reopen': channel<Opportunity>()({
    input: z.strictObject({ id: id(), version: version() }),
    access: 'sales.write',
    kind: 'mutation',
    changes: ['opportunity'],
  }),
  /** Hands the opportunity to another person (who then owns it; its group is theirs). */
  'sales.assign': channel<Opportunity>()({
    input: z.strictObject({ id: id(), version: version(), ownerId: id() }),
    access: 'sales.assign',
    kind: 'mutation',
    changes: ['opportunity'],
  }),
  'sales.addProposalFile': channel<SalesFile>()({
    input: z.strictObject({ opportunityId: id(), fileName: requiredText(255), bytes: bytes() }),
    access: 'sales.write',
    maxInputBytes: PROPOSAL_FILE_MAX_BYTES + 1024 * 1024,
    kind: 'mutation',
    changes: ['opportunity'],
  }),
  'sales.deleteProposalFile': channel<null>()({
    input: z.strictObject({ id: id() }),
    access: 'sales.write',
    kind: 'mutation',
    changes: ['opportunity'],
  }),
  'sales.openProposalFile': channel<FilePayload>()({
    input: z.strictObject({ id: id() }),
    access: 'sales.read',
    kind: 'query',
  }),
  /** Stage-to-stage conversion and days in each stage of the opportunities created in the period. */
  'sales.funnel': channel<Funnel>()({
    input: z.strictObject({ ...period, scope: z.enum(SALES_SCOPES).default('all') }),
    access: 'sales.read',
    kind: 'query',
  }),
  /** The weighted forecast by month of expected close, from `from` for `months` months. */
  'sales.forecast': channel<ForecastMonth[]>()({
    input: z.strictObject({
      from: month(),
      months: z.number().int().min(1).max(24).default(6),
      scope: z.enum(SALES_SCOPES).default('all'),
    }),
    access: 'sales.read',
    kind: 'query',
  }),
  /** Why deals were lost in the period (closed on), by reason. */
  'sales.lostReasons': channel<LostReasonRow[]>()({
    input: z.strictObject({ ...period, scope: z.enum(SALES_SCOPES).default('all') }),
    access: 'sales.read',
    kind: 'query',
  }),
  'sales.export': channel<FilePayload>()({
    input: z.strictObject({ ...opportunityFilter, ...sort, locale: locale() }),
    access: 'sales.read',
    kind: 'query',
  }),
  /**
   * The sales report for a month, quarter or year as PDF: plan vs actual by group and person, the funnel, the
   * weighted forecast by month and the lost reasons — of what the reader may see.
   */
  'sales.report': channel<FilePayload>()({
    input: z.strictObject({
      periodKind: z.enum(PERIOD_KINDS),
      periodFrom: calendarDate(),
      locale: locale(),
    }),
    access: 'sales.read',
    kind: 'query',
  }),
  /** Promotion activities a lead may come from, the latest first. */
  'sales.activities': channel<ActivityOption[]>()({
    input: z.strictObject({ search: optionalText(LIMITS.search), id: id().nullable().default(null) }),
    access: 'sales.read',
    kind: 'query',
  }),
};

export type OpportunityListInput = ParsedInputOf<(typeof salesChannels)['sales.list']>;
export type BoardInput = ParsedInputOf<(typeof salesChannels)['sales.board']>;
export type OpportunityCreateInput = ParsedInputOf<(typeof salesChannels)['sales.create']>;
export type MoveInput = ParsedInputOf<(typeof salesChannels)['sales.move']>;
export type SalesReportInput = ParsedInputOf<(typeof salesChannels)['sales.report']>;
export type SalesExportInput = ParsedInputOf<(typeof salesChannels)['sales.export']>;
