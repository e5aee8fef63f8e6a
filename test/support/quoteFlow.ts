import type { Core } from '../../src/main/core/createCore';
import type { Session } from '../../src/main/core/session';
import type { ChannelInput } from '../../src/shared/contract/channels';
import type { Product, Quote } from '../../src/shared/pricing/types';
import { unwrap } from './core';

/*
 * Products and quotes for tests: a product listed at ¥100.00 with its floor at ¥80.00, and quotes of one line
 * of it — at 10 % off (net ¥90.00, above the floor) or at 30 % off (net ¥70.00, below it).
 */

let seq = 0;
const next = () => `${process.pid % 1000}${++seq}`;

export const QUOTED_ON = '2026-05-11';

export const productInput = (
  over: Partial<ChannelInput<'pricing.createProduct'>> = {},
): ChannelInput<'pricing.createProduct'> => ({
  code: `CP-${next()}`,
  nameZh: '智能仓储管理系统',
  nameEn: 'Smart warehouse system',
  kind: 'product',
  unit: '套',
  listPriceFen: 10_000,
  floorPriceFen: 8_000,
  validFrom: '2026-01-01',
  validTo: null,
  active: true,
  ...over,
});

export async function makeProduct(
  core: Core,
  manager: Session,
  over: Partial<ChannelInput<'pricing.createProduct'>> = {},
): Promise<Product> {
  return unwrap(await core.call('pricing.createProduct', productInput(over), manager));
}

/** One line of the product: 2 sets at 10 % off, or at 30 % off (below the floor). */
export const quoteInput = (
  clientId: string,
  productId: string,
  below = false,
  over: Partial<ChannelInput<'quotes.create'>> = {},
): ChannelInput<'quotes.create'> => ({
  clientId,
  opportunityId: null,
  quotedOn: QUOTED_ON,
  validUntil: '2026-06-30',
  lines: [
    {
      productId,
      description: '智能仓储管理系统',
      unit: '套',
      quantity: 2,
      unitPriceFen: 10_000,
      discountPct: below ? 30 : 10,
    },
  ],
  terms: '交货期：合同签订后 30 天内。',
  ...over,
});

export async function makeQuote(
  core: Core,
  session: Session,
  clientId: string,
  productId: string,
  below = false,
): Promise<Quote> {
  return unwrap(await core.call('quotes.create', quoteInput(clientId, productId, below), session));
}

/** The quote's fields as an update sends them, with the test's changes. */
export const quoteUpdateInput = (
  q: Quote,
  over: Partial<ChannelInput<'quotes.update'>> = {},
): ChannelInput<'quotes.update'> => ({
  id: q.id,
  version: q.version,
  clientId: q.clientId,
  opportunityId: q.opportunityId,
  quotedOn: q.quotedOn,
  validUntil: q.validUntil,
  lines: q.lines.map((l) => ({
    productId: l.productId,
    description: l.description,
    unit: l.unit,
    quantity: l.quantity,
    unitPriceFen: l.unitPriceFen,
    discountPct: l.discountPct,
  })),
  terms: q.terms,
  ...over,
});
