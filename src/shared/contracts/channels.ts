import { z } from 'zod';
import { DEFAULT_ATTACHMENT_MAX_MB } from '../clients/fileTypes';
import { channel, type ParsedInputOf } from '../contract/channel';
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
  CHECKLIST_ITEMS,
  CONTRACT_STATUSES,
  MILESTONE_KINDS,
  type ContractAttachment,
  type ContractDetail,
  type ContractPage,
  type ContractSource,
} from './types';

/** The most a signed copy (a scan) may weigh: the same limit as a client file's attachments. */
export const CONTRACT_FILE_MAX_BYTES = DEFAULT_ATTACHMENT_MAX_MB * 1024 * 1024;

/** Integer fen; at most 100 billion yuan. */
const money = () => z.number().int().min(0).max(1e13);

export const contractLineFields = {
  productId: id().nullable().default(null),
  description: requiredText(LIMITS.shortText),
  unit: optionalText(LIMITS.tag),
  quantity: z.number().gt(0).max(1e9),
  unitPriceFen: money(),
  discount: z.number().min(0).max(100).default(0),
};
export type ContractLineInput = FieldsOutput<typeof contractLineFields>;

/** What the draft's form edits: the particulars and the terms the checklist reviews. */
export const contractFields = {
  title: requiredText(LIMITS.shortText),
  /** With lines, main computes it from them; without, it is the amount typed in. */
  amountFen: money(),
  costFen: money().nullable().default(null),
  lines: z.array(z.strictObject(contractLineFields)).max(200).default([]),
  subject: optionalText(LIMITS.text),
  deliveryTerms: optionalText(LIMITS.text),
  paymentTerms: optionalText(LIMITS.text),
  liabilityTerms: optionalText(LIMITS.text),
  disputeTerms: optionalText(LIMITS.text),
};
export type ContractInput = FieldsOutput<typeof contractFields>;

/** A new contract for a client file, or from a won opportunity or an accepted quote (its lines copied). */
export const contractCreateFields = {
  clientId: id().nullable().default(null),
  opportunityId: id().nullable().default(null),
  quoteId: id().nullable().default(null),
  ...contractFields,
};
export type ContractCreateInput = FieldsOutput<typeof contractCreateFields>;

export const contractFilter = {
  search: optionalText(LIMITS.search),
  statuses: z.array(z.enum(CONTRACT_STATUSES)).max(CONTRACT_STATUSES.length).default([]),
  ownerId: id().nullable().default(null),
  clientId: id().nullable().default(null),
  /** Signed on or after / on or before. */
  signedFrom: calendarDate().nullable().default(null),
  signedTo: calendarDate().nullable().default(null),
};
export type ContractFilter = FieldsOutput<typeof contractFilter>;
export const emptyContractFilter: ContractFilter = z.strictObject(contractFilter).parse({});

export const CONTRACT_SORTS = ['updated', 'code', 'amount', 'signedOn'] as const;
export const contractOrder = {
  sort: z.enum(CONTRACT_SORTS).default('updated'),
  direction: z.enum(['asc', 'desc']).default('desc'),
};
export type ContractOrder = FieldsOutput<typeof contractOrder>;

export const checklistInput = z
  .array(
    z.strictObject({
      item: z.enum(CHECKLIST_ITEMS),
      result: z.enum(['passed', 'failed']),
      comment: optionalText(LIMITS.text),
    }),
  )
  .min(1)
  .max(CHECKLIST_ITEMS.length);
export type ChecklistInput = z.output<typeof checklistInput>;

export const milestoneFields = {
  kind: z.enum(MILESTONE_KINDS),
  title: requiredText(LIMITS.shortText),
  ownerId: id(),
  dueOn: calendarDate(),
  /** Payments only: what is due. */
  amountFen: z.number().int().min(1).max(1e13).nullable().default(null),
  note: optionalText(LIMITS.text),
};
export type MilestoneInput = FieldsOutput<typeof milestoneFields>;

export const handoffChoice = z.strictObject({
  department: requiredText(LIMITS.tag),
  assigneeId: id().nullable().default(null),
  note: optionalText(LIMITS.text),
});

const row = <T extends z.core.$ZodShape = Record<never, never>>(extra: T = {} as T) =>
  z.strictObject({ id: id(), version: version(), ...extra });

export const contractsChannels = {
  'contracts.list': channel<ContractPage>()({
    input: z.strictObject({ ...contractFilter, ...contractOrder, page: page(), pageSize: pageSize() }),
    access: 'contracts.read',
    kind: 'query',
  }),
  'contracts.get': channel<ContractDetail>()({
    input: z.strictObject({ id: id() }),
    access: 'contracts.read',
    kind: 'query',
  }),
  'contracts.export': channel<FilePayload>()({
    input: z.strictObject({ ...contractFilter, ...contractOrder, locale: locale() }),
    access: 'contracts.read',
    kind: 'query',
  }),
  /** The contract review form 合同评审表 as PDF. */
  'contracts.printReview': channel<FilePayload>()({
    input: z.strictObject({ id: id(), locale: locale() }),
    access: 'contracts.read',
    kind: 'query',
  }),
  /** Won opportunities and accepted quotes the caller sees that no live contract was made from yet. */
  'contracts.sources': channel<ContractSource[]>()({
    input: z.strictObject({ search: optionalText(LIMITS.search) }),
    access: 'contracts.write',
    kind: 'query',
  }),
  'contracts.openAttachment': channel<FilePayload>()({
    input: z.strictObject({ id: id() }),
    access: 'contracts.read',
    kind: 'query',
  }),

  'contracts.create': channel<ContractDetail>()({
    input: z.strictObject(contractCreateFields),
    access: 'contracts.write',
    kind: 'mutation',
    changes: ['contract'],
  }),
  /** Only a draft is edited; a contract under review goes back to draft first. */
  'contracts.update': channel<ContractDetail>()({
    input: row(contractFields),
    access: 'contracts.write',
    kind: 'mutation',
    changes: ['contract'],
  }),
  /** draft → review: the checklist starts over, every item pending. */
  'contracts.submit': channel<ContractDetail>()({
    input: row(),
    access: 'contracts.write',
    kind: 'mutation',
    changes: ['contract'],
  }),
  /** review → draft, to change the terms a reviewer found wanting. */
  'contracts.returnToDraft': channel<ContractDetail>()({
    input: row({ comment: optionalText(LIMITS.text) }),
    access: 'contracts.write',
    kind: 'mutation',
    changes: ['contract'],
  }),
  /** A reviewer records checklist results: passed, or failed with a comment. */
  'contracts.check': channel<ContractDetail>()({
    input: row({ checklist: checklistInput }),
    access: 'contracts.review',
    kind: 'mutation',
    changes: ['contract'],
  }),
  /** A reviewer's opinion 评审意见: agree or disagree, with a comment. */
  'contracts.opine': channel<ContractDetail>()({
    input: row({ agree: z.boolean(), comment: optionalText(LIMITS.text) }),
    access: 'contracts.review',
    kind: 'mutation',
    changes: ['contract'],
  }),
  /** review → approved, only when every checklist item passed. */
  'contracts.approve': channel<ContractDetail>()({
    input: row(),
    access: 'contracts.approve',
    kind: 'mutation',
    changes: ['contract'],
  }),
  /**
   * approved → signed, in one go: the client's transactions, a potential client made a customer, the
   * opportunity won, the hand-off to each department chosen.
   */
  'contracts.sign': channel<ContractDetail>()({
    input: row({ signedOn: calendarDate(), handoffs: z.array(handoffChoice).max(20).default([]) }),
    access: 'contracts.write',
    kind: 'mutation',
    changes: ['contract', 'contractHandoff', 'transaction', 'client', 'opportunity'],
  }),
  'contracts.terminate': channel<ContractDetail>()({
    input: row({ reason: requiredText(LIMITS.text) }),
    access: 'contracts.write',
    kind: 'mutation',
    changes: ['contract'],
  }),
  'contracts.addMilestone': channel<ContractDetail>()({
    input: z.strictObject({ contractId: id(), ...milestoneFields }),
    access: 'contracts.write',
    kind: 'mutation',
    changes: ['contractMilestone', 'contract'],
  }),
  'contracts.updateMilestone': channel<ContractDetail>()({
    input: row(milestoneFields),
    access: 'contracts.write',
    kind: 'mutation',
    changes: ['contractMilestone', 'contract'],
  }),
  'contracts.deleteMilestone': channel<ContractDetail>()({
    input: row(),
    access: 'contracts.write',
    kind: 'mutation',
    changes: ['contractMilestone', 'contract'],
  }),
  /** A delivery, acceptance or invoice milestone done on a day (payments are done when fully received). */
  'contracts.completeMilestone': channel<ContractDetail>()({
    input: row({ doneOn: calendarDate() }),
    access: 'contracts.write',
    kind: 'mutation',
    changes: ['contractMilestone', 'contract'],
  }),
  /** Money received against a payment milestone: never more than what is still owed on it. */
  'contracts.recordPayment': channel<ContractDetail>()({
    input: row({ amountFen: z.number().int().min(1).max(1e13), receivedOn: calendarDate() }),
    access: 'contracts.write',
    kind: 'mutation',
    changes: ['contractMilestone', 'contract'],
  }),
  /** The department took the contract over: its assignee, or the owner recording who and when. */
  'contracts.acknowledgeHandoff': channel<ContractDetail>()({
    input: row({ acknowledgedBy: optionalText(LIMITS.name) }),
    access: 'contracts.write',
    kind: 'mutation',
    changes: ['contractHandoff', 'contract'],
  }),
  'contracts.addAttachment': channel<ContractAttachment>()({
    input: z.strictObject({ contractId: id(), fileName: requiredText(255), bytes: z.instanceof(Uint8Array) }),
    access: 'contracts.write',
    maxInputBytes: CONTRACT_FILE_MAX_BYTES + 1024 * 1024,
    kind: 'mutation',
    changes: ['contract'],
  }),
  'contracts.deleteAttachment': channel<null>()({
    input: z.strictObject({ id: id() }),
    access: 'contracts.write',
    kind: 'mutation',
    changes: ['contract'],
  }),
};

export type ContractListInput = ParsedInputOf<(typeof contractsChannels)['contracts.list']>;
