import { z } from 'zod';
import { channel, type ParsedInputOf } from '../contract/channel';
import {
  type FieldsOutput,
  calendarDate,
  id,
  isoTimestamp,
  optionalDate,
  optionalPastDate,
  optionalEmail,
  optionalPhone,
  optionalText,
  page,
  pageSize,
  requiredText,
  version,
} from '../contract/fields';
import { LIMITS } from '../contract/limits';
import { isValidCreditCode } from './rules';
import type {
  Client,
  ClientDetail,
  ClientPage,
  Communication,
  Contact,
  DuplicateMatch,
  FollowUp,
  StatusChange,
  Transaction,
} from './types';
import {
  CLIENT_SORT_FIELDS,
  CLIENT_SOURCES,
  CLIENT_STATUSES,
  CLIENT_TYPES,
  COMMUNICATION_CHANNELS,
  VALUE_TIERS,
} from './types';

const creditCode = () =>
  optionalText(LIMITS.code).refine((s) => s === null || isValidCreditCode(s), { message: 'creditCode' });

const tags = () => z.array(z.string().trim().min(1).max(LIMITS.tag)).max(20).default([]);

export const clientFields = {
  type: z.enum(CLIENT_TYPES).default('enterprise'),
  name: requiredText(LIMITS.shortText),
  creditCode: creditCode(),
  industry: optionalText(LIMITS.name),
  province: optionalText(LIMITS.name),
  city: optionalText(LIMITS.name),
  address: optionalText(LIMITS.shortText),
  source: z.enum(CLIENT_SOURCES).default('other'),
  tier: z.enum(VALUE_TIERS).default('C'),
  ownerId: id().nullable().default(null),
  tags: tags(),
  notes: optionalText(LIMITS.longText),
};

/** A client file as a form, an update or an import row writes it. */
export type ClientInput = FieldsOutput<typeof clientFields>;

/** Filters of the client list (also used by export). */
export const clientFilter = {
  search: optionalText(LIMITS.search),
  tiers: z.array(z.enum(VALUE_TIERS)).max(4).default([]),
  statuses: z.array(z.enum(CLIENT_STATUSES)).max(5).default([]),
  ownerId: id().nullable().default(null),
  groupId: id().nullable().default(null),
  province: optionalText(LIMITS.name),
  /** A city of the chosen province (the list offers it once a province is chosen). */
  city: optionalText(LIMITS.name),
  industry: optionalText(LIMITS.name),
  source: z.enum(CLIENT_SOURCES).nullable().default(null),
  stale: z.boolean().default(false),
  tags: z.array(z.string().trim().min(1).max(LIMITS.tag)).max(10).default([]),
};

/** The client list's filter as main receives it: every field present, defaults applied. */
export type ClientFilter = FieldsOutput<typeof clientFilter>;

/** No filter set — the schema's defaults: the empty filter state of the list screens. */
export const emptyClientFilter: Readonly<ClientFilter> = Object.freeze(
  z.strictObject(clientFilter).parse({}),
);

/** The order of the client list (also used by export). */
export const clientListOrder = {
  sort: z.enum(CLIENT_SORT_FIELDS).default('updatedAt'),
  order: z.enum(['asc', 'desc']).default('desc'),
};

export type ClientListOrder = FieldsOutput<typeof clientListOrder>;

export const contactFields = {
  name: requiredText(LIMITS.name),
  title: optionalText(LIMITS.name),
  mobile: optionalPhone(),
  email: optionalEmail(),
  wechat: optionalText(LIMITS.name),
  isPrimary: z.boolean().default(false),
  birthday: optionalPastDate(),
  notes: optionalText(LIMITS.text),
};

/** A contact as a form or an import row writes it. */
export type ContactInput = FieldsOutput<typeof contactFields>;

const communicationFields = {
  contactId: id().nullable().default(null),
  at: isoTimestamp(),
  channel: z.enum(COMMUNICATION_CHANNELS),
  content: requiredText(LIMITS.text),
  nextAction: optionalText(LIMITS.shortText),
  nextActionDate: optionalDate(),
  nextActionDone: z.boolean().default(false),
};

export type CommunicationInput = FieldsOutput<typeof communicationFields>;

const transactionFields = {
  date: calendarDate(),
  item: requiredText(LIMITS.shortText),
  quantity: z.number().min(0).max(1e9),
  /** Integer fen (分); at most 100 billion yuan. */
  amountFen: z.number().int().min(-1e13).max(1e13),
  contractRef: optionalText(LIMITS.code * 2),
  notes: optionalText(LIMITS.text),
};

export type TransactionInput = FieldsOutput<typeof transactionFields>;

// Generic over the extra fields, so an update's parsed input keeps their types (not just id and version).
const row = <T extends z.core.$ZodShape = Record<never, never>>(extra: T = {} as T) =>
  z.strictObject({ id: id(), version: version(), ...extra });

export const clientChannels = {
  'clients.list': channel<ClientPage>()({
    input: z.strictObject({ ...clientFilter, ...clientListOrder, page: page(), pageSize: pageSize() }),
    access: 'clients.read',
    kind: 'query',
  }),
  'clients.get': channel<ClientDetail>()({
    input: z.strictObject({ id: id() }),
    access: 'clients.read',
    kind: 'query',
  }),
  'clients.tags': channel<string[]>()({ input: z.strictObject({}), access: 'clients.read', kind: 'query' }),
  'clients.checkDuplicates': channel<DuplicateMatch[]>()({
    input: z.strictObject({
      exceptId: id().nullable().default(null),
      name: optionalText(LIMITS.shortText),
      creditCode: optionalText(LIMITS.code),
      phones: z.array(z.string().max(LIMITS.phone)).max(20).default([]),
    }),
    access: 'clients.read',
    kind: 'query',
  }),
  'clients.create': channel<Client>()({
    input: z.strictObject({ ...clientFields, status: z.enum(CLIENT_STATUSES).default('potential') }),
    access: 'clients.write',
    kind: 'mutation',
    changes: ['client'],
  }),
  'clients.update': channel<Client>()({
    input: z.strictObject({ id: id(), version: version(), ...clientFields }),
    access: 'clients.write',
    kind: 'mutation',
    changes: ['client'],
  }),
  'clients.setStatus': channel<Client>()({
    input: z.strictObject({
      id: id(),
      version: version(),
      status: z.enum(CLIENT_STATUSES),
      reason: requiredText(LIMITS.shortText),
    }),
    access: 'clients.write',
    kind: 'mutation',
    changes: ['client'],
  }),
  'clients.delete': channel<null>()({
    input: row(),
    access: 'clients.write',
    kind: 'mutation',
    changes: ['client'],
  }),
  'clients.recycleBin': channel<ClientPage>()({
    input: z.strictObject({ search: optionalText(LIMITS.search), page: page(), pageSize: pageSize() }),
    access: 'clients.recycle',
    kind: 'query',
  }),
  'clients.restore': channel<Client>()({
    input: row(),
    access: 'clients.recycle',
    kind: 'mutation',
    changes: ['client'],
  }),
  'clients.reassign': channel<{ updated: number }>()({
    input: z.strictObject({ ids: z.array(id()).min(1).max(LIMITS.bulkMax), ownerId: id() }),
    access: 'clients.reassign',
    kind: 'mutation',
    changes: ['client'],
  }),
  'clients.merge': channel<Client>()({
    input: z.strictObject({ keepId: id(), keepVersion: version(), mergeId: id(), mergeVersion: version() }),
    access: 'clients.merge',
    kind: 'mutation',
    changes: ['client', 'contact', 'communication', 'transaction', 'attachment'],
  }),
  'clients.statusHistory': channel<StatusChange[]>()({
    input: z.strictObject({ id: id() }),
    access: 'clients.read',
    kind: 'query',
  }),

  'contacts.create': channel<Contact>()({
    input: z.strictObject({ clientId: id(), ...contactFields }),
    access: 'clients.write',
    kind: 'mutation',
    changes: ['contact', 'client'],
  }),
  'contacts.update': channel<Contact>()({
    input: row(contactFields),
    access: 'clients.write',
    kind: 'mutation',
    changes: ['contact', 'client'],
  }),
  'contacts.delete': channel<null>()({
    input: row(),
    access: 'clients.write',
    kind: 'mutation',
    changes: ['contact', 'client'],
  }),

  'communications.list': channel<{ rows: Communication[]; total: number }>()({
    input: z.strictObject({ clientId: id(), page: page(), pageSize: pageSize() }),
    access: 'clients.read',
    kind: 'query',
  }),
  'communications.create': channel<Communication>()({
    input: z.strictObject({ clientId: id(), ...communicationFields }),
    access: 'clients.write',
    kind: 'mutation',
    changes: ['communication', 'client'],
  }),
  'communications.update': channel<Communication>()({
    input: row(communicationFields),
    access: 'clients.write',
    kind: 'mutation',
    changes: ['communication', 'client'],
  }),
  'communications.delete': channel<null>()({
    input: row(),
    access: 'clients.write',
    kind: 'mutation',
    changes: ['communication', 'client'],
  }),
  'communications.complete': channel<Communication>()({
    input: row(),
    access: 'clients.write',
    kind: 'mutation',
    changes: ['communication', 'client'],
  }),

  'transactions.create': channel<Transaction>()({
    input: z.strictObject({ clientId: id(), ...transactionFields }),
    access: 'clients.write',
    kind: 'mutation',
    changes: ['transaction', 'client'],
  }),
  'transactions.update': channel<Transaction>()({
    input: row(transactionFields),
    access: 'clients.write',
    kind: 'mutation',
    changes: ['transaction', 'client'],
  }),
  'transactions.delete': channel<null>()({
    input: row(),
    access: 'clients.write',
    kind: 'mutation',
    changes: ['transaction', 'client'],
  }),

  /** Next actions due: overdue, today, this week — the caller's own, or their team's (leads, deputies, manager). */
  'followups.list': channel<FollowUp[]>()({
    input: z.strictObject({
      scope: z.enum(['mine', 'team']).default('mine'),
      staffId: id().nullable().default(null),
    }),
    access: 'clients.read',
    kind: 'query',
  }),
};

type Parsed<C extends keyof typeof clientChannels> = ParsedInputOf<(typeof clientChannels)[C]>;

/** One page of the client list: filters, order and page. */
export type ClientListInput = Parsed<'clients.list'>;
/** A new client file: its fields and first status. */
export type ClientCreateInput = Parsed<'clients.create'>;
/** What a duplicate check compares: name, credit code, phones, and the file being edited (not a duplicate of itself). */
export type DuplicateQuery = Parsed<'clients.checkDuplicates'>;
export type RecycleBinQuery = Parsed<'clients.recycleBin'>;
