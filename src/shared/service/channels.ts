import { z } from 'zod';
import { channel, type ParsedInputOf } from '../contract/channel';
import {
  type FieldsOutput,
  type FilePayload,
  calendarDate,
  id,
  isoTimestamp,
  locale,
  optionalDate,
  optionalText,
  page,
  pageSize,
  requiredText,
  version,
} from '../contract/fields';
import { LIMITS } from '../contract/limits';
import type { CallerMatch, ClientTicketFigures, TicketAction, TicketDetail, TicketPage } from './types';
import {
  FEEDBACK_METHODS,
  TICKET_CHANNELS,
  TICKET_KINDS,
  TICKET_SCOPES,
  TICKET_SEVERITIES,
  TICKET_SORT_FIELDS,
  TICKET_STATUSES,
} from './types';

/** A key of a settings list (category, responsible department); main checks it is on the list. */
const listKey = () => z.string().trim().min(1).max(LIMITS.tag);
/** When a step happened, as the person says (defaults to now in the form); main refuses the future and a time before the previous step. */
const stepAt = () => isoTimestamp();
/** A phone as the caller gave it: digits, spaces, dashes, a leading + (checked loosely: callers' numbers are what they are). */
const callerPhone = () =>
  optionalText(LIMITS.phone).refine((s) => s === null || /^\+?[0-9][0-9 -]{2,30}$/.test(s), {
    message: 'phone',
  });

/** What the intake form and an edit write. */
export const ticketFields = {
  kind: z.enum(TICKET_KINDS),
  channel: z.enum(TICKET_CHANNELS),
  callerPhone: callerPhone(),
  /** The linked client file; null for an unknown caller (linkable later). */
  clientId: id().nullable().default(null),
  /** What an unknown caller called themselves or their company; ignored once a file is linked. */
  callerName: optionalText(LIMITS.shortText),
  contactId: id().nullable().default(null),
  receivedAt: isoTimestamp(),
  content: requiredText(LIMITS.longText),
  category: listKey(),
  severity: z.enum(TICKET_SEVERITIES).default('normal'),
  handlerId: id(),
};
export type TicketInput = FieldsOutput<typeof ticketFields>;

/** An edit changes what was recorded, not the kind (an inquiry becomes a complaint by converting it). */
const { kind: _kind, ...ticketEditFields } = ticketFields;
export type TicketEditInput = FieldsOutput<typeof ticketEditFields>;

export const ticketFilter = {
  scope: z.enum(TICKET_SCOPES).default('mine'),
  search: optionalText(LIMITS.search),
  kinds: z.array(z.enum(TICKET_KINDS)).max(2).default([]),
  statuses: z.array(z.enum(TICKET_STATUSES)).max(7).default([]),
  categories: z.array(listKey()).max(50).default([]),
  severities: z.array(z.enum(TICKET_SEVERITIES)).max(3).default([]),
  channels: z.array(z.enum(TICKET_CHANNELS)).max(5).default([]),
  departments: z.array(listKey()).max(50).default([]),
  /** Only tickets whose running deadline has passed. */
  overdue: z.boolean().default(false),
  /** Only tickets still open (not closed). */
  openOnly: z.boolean().default(false),
  /** Received on or after / on or before (calendar dates, local). */
  from: optionalDate(),
  to: optionalDate(),
  clientId: id().nullable().default(null),
  handlerId: id().nullable().default(null),
};
export type TicketFilter = FieldsOutput<typeof ticketFilter>;
export const emptyTicketFilter: Readonly<TicketFilter> = Object.freeze(
  z.strictObject(ticketFilter).parse({}),
);

export const ticketListOrder = {
  sort: z.enum(TICKET_SORT_FIELDS).default('receivedAt'),
  order: z.enum(['asc', 'desc']).default('desc'),
};
export type TicketListOrder = FieldsOutput<typeof ticketListOrder>;

export const investigationFields = {
  findings: optionalText(LIMITS.longText),
  rootCause: optionalText(LIMITS.text),
  responsibleDept: listKey().nullable().default(null),
  solution: optionalText(LIMITS.longText),
};
export type InvestigationInput = FieldsOutput<typeof investigationFields>;

export const actionFields = {
  department: listKey(),
  ownerId: id().nullable().default(null),
  description: requiredText(LIMITS.text),
  dueDate: calendarDate(),
};
export type TicketActionInput = FieldsOutput<typeof actionFields>;

export const feedbackFields = {
  feedbackMethod: z.enum(FEEDBACK_METHODS).nullable().default(null),
  feedbackAt: isoTimestamp().nullable().default(null),
  feedbackNote: optionalText(LIMITS.text),
  clientSatisfied: z.boolean().nullable().default(null),
  satisfactionScore: z.number().int().min(1).max(5).nullable().default(null),
};
export type FeedbackInput = FieldsOutput<typeof feedbackFields>;

const row = <T extends z.core.$ZodShape = Record<never, never>>(extra: T = {} as T) =>
  z.strictObject({ id: id(), version: version(), ...extra });

const mutation = (changes: ('ticket' | 'ticketAction')[] = ['ticket']) =>
  ({ access: 'service.write', kind: 'mutation', changes }) as const;

export const serviceChannels = {
  /** Caller ID: the client files and contacts a phone number belongs to (any file: the desk serves every client). */
  'service.lookupCaller': channel<CallerMatch[]>()({
    input: z.strictObject({ phone: requiredText(LIMITS.phone) }),
    access: 'service.write',
    kind: 'query',
  }),
  /** The intake form's client picker: files by name, code or phone, with their contacts. */
  'service.findClients': channel<CallerMatch[]>()({
    input: z.strictObject({ search: requiredText(LIMITS.search) }),
    access: 'service.write',
    kind: 'query',
  }),
  'service.list': channel<TicketPage>()({
    input: z.strictObject({ ...ticketFilter, ...ticketListOrder, page: page(), pageSize: pageSize() }),
    access: 'service.read',
    kind: 'query',
  }),
  'service.get': channel<TicketDetail>()({
    input: z.strictObject({ id: id() }),
    access: 'service.read',
    kind: 'query',
  }),
  'service.clientFigures': channel<ClientTicketFigures>()({
    input: z.strictObject({ clientId: id() }),
    access: 'service.read',
    kind: 'query',
  }),
  'service.create': channel<TicketDetail>()({
    input: z.strictObject(ticketFields),
    ...mutation(),
  }),
  'service.update': channel<TicketDetail>()({ input: row(ticketEditFields), ...mutation() }),
  'service.assign': channel<TicketDetail>()({
    input: row({ handlerId: id() }),
    access: 'service.assign',
    kind: 'mutation',
    changes: ['ticket'],
  }),
  'service.startInvestigation': channel<TicketDetail>()({
    input: row({ at: stepAt(), note: requiredText(LIMITS.text) }),
    ...mutation(),
  }),
  'service.saveInvestigation': channel<TicketDetail>()({ input: row(investigationFields), ...mutation() }),
  'service.startResolving': channel<TicketDetail>()({
    input: row({ at: stepAt(), ...investigationFields }),
    ...mutation(),
  }),
  'service.addAction': channel<TicketAction>()({
    input: z.strictObject({ ticketId: id(), ...actionFields }),
    ...mutation(['ticketAction', 'ticket']),
  }),
  'service.updateAction': channel<TicketAction>()({
    input: row(actionFields),
    ...mutation(['ticketAction', 'ticket']),
  }),
  'service.completeAction': channel<TicketAction>()({
    input: row({ at: stepAt(), note: optionalText(LIMITS.text) }),
    ...mutation(['ticketAction', 'ticket']),
  }),
  'service.deleteAction': channel<null>()({ input: row(), ...mutation(['ticketAction', 'ticket']) }),
  'service.resolve': channel<TicketDetail>()({
    input: row({ at: stepAt(), summary: requiredText(LIMITS.text) }),
    ...mutation(),
  }),
  'service.answer': channel<TicketDetail>()({
    input: row({ at: stepAt(), answer: requiredText(LIMITS.longText) }),
    ...mutation(),
  }),
  /** Closes a complaint after its feedback visit (the feedback fields are required for a complaint) or an answered inquiry. */
  'service.close': channel<TicketDetail>()({
    input: row({ at: stepAt(), ...feedbackFields }),
    ...mutation(),
  }),
  'service.reopen': channel<TicketDetail>()({
    input: row({ reason: requiredText(LIMITS.text) }),
    ...mutation(),
  }),
  /** An inquiry turns out to be a complaint: same ticket and history, the complaint workflow from here. */
  'service.convert': channel<TicketDetail>()({
    input: row({
      category: listKey(),
      severity: z.enum(TICKET_SEVERITIES),
      reason: requiredText(LIMITS.text),
    }),
    ...mutation(),
  }),
  'service.export': channel<FilePayload>()({
    input: z.strictObject({ ...ticketFilter, ...ticketListOrder, locale: locale() }),
    access: 'service.read',
    kind: 'query',
  }),
};

type Parsed<C extends keyof typeof serviceChannels> = ParsedInputOf<(typeof serviceChannels)[C]>;
export type TicketListInput = Parsed<'service.list'>;
export type TicketExportInput = Parsed<'service.export'>;
