import { z } from 'zod';
import { channel } from '../contract/channel';
import {
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

/** Filters of the client list (also used by export). */
export const clientFilter = {
  search: optionalText(LIMITS.search),
  tiers: z.array(z.enum(VALUE_TIERS)).max(4).default([]),
  statuses: z.array(z.enum(CLIENT_STATUSES)).max(5).default([]),
  ownerId: id().nullable().default(null),
  groupId: id().nullable().default(null),
  province: optionalText(LIMITS.name),
  industry: optionalText(LIMITS.name),
  source: z.enum(CLIENT_SOURCES).nullable().default(null),
  stale: z.boolean().default(false),
  tags: z.array(z.string().trim().min(1).max(LIMITS.tag)).max(10).default([]),
};

const contactFields = {
  name: requiredText(LIMITS.name),
  title: optionalText(LIMITS.name),
  mobile: optionalPhone(),
  email: optionalEmail(),
  wechat: optionalText(LIMITS.name),
  isPrimary: z.boolean().default(false),
  birthday: optionalPastDate(),
  notes: optionalText(LIMITS.text),
};

const communicationFields = {
  contactId: id().nullable().default(null),
  at: isoTimestamp(),
  channel: z.enum(COMMUNICATION_CHANNELS),
  content: requiredText(LIMITS.text),
  nextAction: optionalText(LIMITS.shortText),
  nextActionDate: optionalDate(),
  nextActionDone: z.boolean().default(false),
};

const transactionFields = {
  date: calendarDate(),
  item: requiredText(LIMITS.shortText),
  quantity: z.number().min(0).max(1e9),
  /** Integer fen (分); at most 100 billion yuan. */
  amountFen: z.number().int().min(-1e13).max(1e13),
  contractRef: optionalText(LIMITS.code * 2),
  notes: optionalText(LIMITS.text),
};

// Generic over the extra fields, so an update's parsed input keeps their types (not just id and version).
const row = <T extends z.core.$ZodShape = Record<never, never>>(extra: T = {} as T) =>
  z.strictObject({ id: id(), version: version(), ...extra });

export const clientChannels = {
  'clients.list': channel<ClientPage>()({
    input: z.strictObject({
      ...clientFilter,
      sort: z.enum(CLIENT_SORT_FIELDS).default('updatedAt'),
      order: z.enum(['asc', 'desc']).default('desc'),
      page: page(),
      pageSize: pageSize(),
    }),
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
