import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../../src/shared/contract/channels';
import { unwrap } from '../../support/core';
import { makeProduct, productInput, quoteInput, quoteUpdateInput } from '../../support/quoteFlow';
import { tableChecksum } from '../contract/support';
import { clientOf, department, errorOf, fieldKeys, type Department } from './support';

let d: Department;
let productId: string;
let clientId: string;
beforeAll(async () => {
  d = await department();
  productId = (await makeProduct(d.core, d.manager)).id;
  clientId = await clientOf(d, d.salesA);
});
afterAll(async () => {
  await d.core.close();
});

/** The call is refused with these field keys and nothing in the database changes. */
async function refused(call: () => ReturnType<typeof d.core.call>, keys: Record<string, string>) {
  const before = tableChecksum(d.core);
  const r = await call();
  expect(errorOf(r).code).toBe('VALIDATION');
  expect(fieldKeys(r)).toEqual(keys);
  expect(tableChecksum(d.core)).toBe(before);
}

const line = quoteInput('x', 'x').lines[0]!;
const withLine = (over: Partial<typeof line>): ChannelInput<'quotes.create'> =>
  quoteInput(clientId, productId, false, { lines: [{ ...line, productId, ...over }] });

describe('a quote with bad input changes nothing and names each field', () => {
  it.each([
    ['a negative quantity', { quantity: -2 }, { 'lines.0.quantity': 'validation.quoteQuantity' }],
    ['a zero quantity', { quantity: 0 }, { 'lines.0.quantity': 'validation.quoteQuantity' }],
    ['a negative price', { unitPriceFen: -1 }, { 'lines.0.unitPriceFen': 'validation.quotePrice' }],
    ['a discount above 100', { discountPct: 100.5 }, { 'lines.0.discountPct': 'validation.quoteDiscount' }],
    ['a discount below 0', { discountPct: -5 }, { 'lines.0.discountPct': 'validation.quoteDiscount' }],
  ])('%s', async (_what, over, keys) => {
    await refused(() => d.core.call('quotes.create', withLine(over), d.salesA), keys);
  });

  it('valid until before the quote date', async () => {
    await refused(
      () =>
        d.core.call(
          'quotes.create',
          quoteInput(clientId, productId, false, { quotedOn: '2026-05-11', validUntil: '2026-05-10' }),
          d.salesA,
        ),
      { validUntil: 'validation.validUntilBeforeQuoted' },
    );
  });

  it('an edit with a zero quantity leaves the quote as it was', async () => {
    const q = unwrap(await d.core.call('quotes.create', withLine({}), d.salesA));
    const input = quoteUpdateInput(q);
    await refused(
      () =>
        d.core.call('quotes.update', { ...input, lines: [{ ...input.lines[0]!, quantity: 0 }] }, d.salesA),
      { 'lines.0.quantity': 'validation.quoteQuantity' },
    );
  });

  it('a product not on offer on the quote date', async () => {
    const old = await makeProduct(d.core, d.manager, { validFrom: '2025-01-01', validTo: '2025-12-31' });
    await refused(() => d.core.call('quotes.create', withLine({ productId: old.id }), d.salesA), {
      'lines.0.productId': 'validation.productNotOffered',
    });
  });
});

describe('a product with bad input changes nothing', () => {
  it('a floor above the list price', async () => {
    await refused(
      () =>
        d.core.call(
          'pricing.createProduct',
          productInput({ listPriceFen: 100, floorPriceFen: 101 }),
          d.manager,
        ),
      { floorPriceFen: 'validation.floorAboveList' },
    );
  });

  it('validity ending before it starts', async () => {
    await refused(
      () =>
        d.core.call(
          'pricing.createProduct',
          productInput({ validFrom: '2026-05-01', validTo: '2026-04-30' }),
          d.manager,
        ),
      { validTo: 'validation.validToBeforeFrom' },
    );
  });

  it('a code already used (as the manager typed it)', async () => {
    const p = await makeProduct(d.core, d.manager, { code: 'SRV-001' });
    const before = tableChecksum(d.core);
    const r = await d.core.call('pricing.createProduct', productInput({ code: 'SRV-001' }), d.manager);
    expect(errorOf(r).code).toBe('DUPLICATE');
    expect(fieldKeys(r)).toEqual({ code: 'validation.duplicate' });
    expect(tableChecksum(d.core)).toBe(before);
    // Its own code is no duplicate of itself.
    unwrap(
      await d.core.call(
        'pricing.updateProduct',
        { ...productInput({ code: 'SRV-001', nameZh: '实施服务' }), id: p.id, version: p.version },
        d.manager,
      ),
    );
  });
});

describe('quote codes', () => {
  it('are BJ-yyyy-nnnn, numbered per year of the quote date', async () => {
    const a = unwrap(await d.core.call('quotes.create', withLine({}), d.salesA));
    const b = unwrap(await d.core.call('quotes.create', withLine({}), d.salesA));
    expect(a.code).toMatch(/^BJ-2026-\d{4}$/);
    expect(Number(b.code.slice(-4))).toBe(Number(a.code.slice(-4)) + 1);
  });
});
