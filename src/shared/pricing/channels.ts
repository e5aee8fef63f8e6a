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
import {
  PRODUCT_KINDS,
  QUOTE_STATUSES,
  type Product,
  type ProductPage,
  type Quote,
  type QuoteOpportunityOption,
  type QuotePage,
} from './types';

/** The most a price may be: ¥10 billion, in fen. */
const MAX_FEN = 1_000_000_000_000;
const fen = () => z.number().int().min(0).max(MAX_FEN);

/** What the product form writes; main checks floor ≤ list and the validity order. */
export const productFields = {
  code: requiredText(LIMITS.code),
  nameZh: requiredText(LIMITS.name),
  nameEn: optionalText(LIMITS.name),
  kind: z.enum(PRODUCT_KINDS),
  unit: requiredText(LIMITS.tag),
  listPriceFen: fen(),
  floorPriceFen: fen(),
  validFrom: calendarDate(),
  validTo: optionalDate(),
  active: z.boolean().default(true),
};
export type ProductInput = FieldsOutput<typeof productFields>;

export const productFilter = {
  search: optionalText(LIMITS.search),
  kinds: z.array(z.enum(PRODUCT_KINDS)).max(2).default([]),
  /** Only products on offer: active and valid on this day (the quote editor's picker). */
  offeredOn: calendarDate().nullable().default(null),
};
export type ProductFilter = FieldsOutput<typeof productFilter>;
export const emptyProductFilter: ProductFilter = z.strictObject(productFilter).parse({});

/**
 * A quote line as typed. The quantity, price and discount are checked in main (quoteLineProblems) so that
 * each wrong one is named under its own cell.
 */
export const quoteLineFields = {
  productId: id().nullable().default(null),
  description: requiredText(LIMITS.shortText),
  unit: requiredText(LIMITS.tag),
  quantity: z.number().min(-10_000_000).max(10_000_000),
  unitPriceFen: z.number().int().min(-MAX_FEN).max(MAX_FEN),
  discountPct: z.number().min(-1000).max(1000).default(0),
};
export type QuoteLineInput = FieldsOutput<typeof quoteLineFields>;

export const quoteFields = {
  clientId: id(),
  opportunityId: id().nullable().default(null),
  quotedOn: calendarDate(),
  validUntil: calendarDate(),
  lines: z.array(z.strictObject(quoteLineFields)).min(1).max(200),
  terms: optionalText(LIMITS.text),
};
export type QuoteInput = FieldsOutput<typeof quoteFields>;

export const QUOTE_SORTS = ['quotedOn', 'code', 'totalFen', 'validUntil'] as const;

export const quoteFilter = {
  search: optionalText(LIMITS.search),
  statuses: z.array(z.enum(QUOTE_STATUSES)).max(QUOTE_STATUSES.length).default([]),
  clientId: id().nullable().default(null),
  /** Quoted on or after / on or before. */
  from: calendarDate().nullable().default(null),
  to: calendarDate().nullable().default(null),
  sort: z.enum(QUOTE_SORTS).default('quotedOn'),
  order: z.enum(['asc', 'desc']).default('desc'),
};
export type QuoteFilter = FieldsOutput<typeof quoteFilter>;
export const emptyQuoteFilter: QuoteFilter = z.strictObject(quoteFilter).parse({});

const ref = { id: id(), version: version() };

export const pricingChannels = {
  /** The price system: everyone reads it (floor prices only the settings' audience). */
  'pricing.products': channel<ProductPage>()({
    input: z.strictObject({ ...productFilter, page: page(), pageSize: pageSize() }),
    access: 'pricing.read',
    kind: 'query',
  }),
  'pricing.createProduct': channel<Product>()({
    input: z.strictObject(productFields),
    access: 'pricing.manage',
    kind: 'mutation',
    changes: ['product'],
  }),
  'pricing.updateProduct': channel<Product>()({
    input: z.strictObject({ ...ref, ...productFields }),
    access: 'pricing.manage',
    kind: 'mutation',
    changes: ['product'],
  }),

  /** The quotes the reader may see: their own, their group's (leads), their groups' (deputies), all (manager). */
  'quotes.list': channel<QuotePage>()({
    input: z.strictObject({ ...quoteFilter, page: page(), pageSize: pageSize() }),
    access: 'quotes.read',
    kind: 'query',
  }),
  'quotes.get': channel<Quote>()({
    input: z.strictObject({ id: id() }),
    access: 'quotes.read',
    kind: 'query',
  }),
  /** The open opportunities of a client the reader may see, for linking a quote. */
  'quotes.opportunities': channel<QuoteOpportunityOption[]>()({
    input: z.strictObject({ clientId: id() }),
    access: 'quotes.read',
    kind: 'query',
  }),
  'quotes.create': channel<Quote>()({
    input: z.strictObject(quoteFields),
    access: 'quotes.write',
    kind: 'mutation',
    changes: ['quote'],
  }),
  /** Changing the lines of a pending or approved quote takes it back to draft and withdraws the request. */
  'quotes.update': channel<Quote>()({
    input: z.strictObject({ ...ref, ...quoteFields }),
    access: 'quotes.write',
    kind: 'mutation',
    changes: ['quote', 'approval'],
  }),
  /** Asks the manager to approve the lines below their floor, with the reason. */
  'quotes.submit': channel<Quote>()({
    input: z.strictObject({ ...ref, reason: requiredText(LIMITS.text) }),
    access: 'quotes.write',
    kind: 'mutation',
    changes: ['quote', 'approval'],
  }),
  'quotes.markSent': channel<Quote>()({
    input: z.strictObject(ref),
    access: 'quotes.write',
    kind: 'mutation',
    changes: ['quote'],
  }),
  'quotes.markAccepted': channel<Quote>()({
    input: z.strictObject(ref),
    access: 'quotes.write',
    kind: 'mutation',
    changes: ['quote'],
  }),
  'quotes.markDeclined': channel<Quote>()({
    input: z.strictObject(ref),
    access: 'quotes.write',
    kind: 'mutation',
    changes: ['quote'],
  }),
  'quotes.export': channel<FilePayload>()({
    input: z.strictObject({ ...quoteFilter, locale: locale() }),
    access: 'quotes.read',
    kind: 'query',
  }),
  /** The printable quote (A4 PDF) in the chosen language. */
  'quotes.print': channel<FilePayload>()({
    input: z.strictObject({ id: id(), locale: locale() }),
    access: 'quotes.read',
    kind: 'query',
  }),
};
