import { describe, expect, it } from 'vitest';
import { isBelowFloor, lineAmountFen, maySend, quoteProblems } from '../../../src/shared/pricing/rules';

describe('a line amount is quantity × unit price × (1 − discount), rounded to the fen', () => {
  it.each([
    // quantity, unit price (fen), discount %, amount (fen)
    [2, 10_000, 0, 20_000],
    [2, 10_000, 10, 18_000],
    [3, 333, 0, 999],
    // 1 × ¥0.05 × 0.9 = ¥0.045 → ¥0.05 (half up)
    [1, 5, 10, 5],
    // 1 × ¥0.05 × 0.7 = ¥0.035 → ¥0.04
    [1, 5, 30, 4],
    // 1.5 × ¥99.99 × 0.875 = ¥131.236875 → ¥131.24
    [1.5, 9_999, 12.5, 13_124],
    // 0.01 × ¥0.01: a fraction of a fen rounds to nothing
    [0.01, 1, 0, 0],
    [7, 1_234_567, 100, 0],
    // large amounts stay exact: 10,000 × ¥9,999,999.99 × 0.99
    [10_000, 999_999_999, 1, 9_899_999_990_100],
  ])('%s × %s fen at %s %% off = %s fen', (quantity, price, discount, amount) => {
    expect(lineAmountFen(quantity, price, discount)).toBe(amount);
  });
});

describe('below floor: the net unit price (after the discount) is under the product floor', () => {
  it.each([
    // unit price, discount, floor, below
    [10_000, 10, 8_000, false],
    [10_000, 20, 8_000, false], // exactly at the floor is not below
    [10_000, 20.01, 8_000, true],
    [10_000, 30, 8_000, true],
    [7_999, 0, 8_000, true],
    [0, 0, 0, false],
    [10_000, 100, 1, true],
    // ¥33.33 at 1/3 off would round to ¥22.22, the floor — the exact net (22.2211) is above it
    [3_333, 33.33, 2_222, false],
  ])('%s fen at %s %% off with floor %s: below = %s', (price, discount, floor, below) => {
    expect(isBelowFloor(price, discount, floor)).toBe(below);
  });

  it('a free line (no product, no floor) is never below floor', () => {
    expect(isBelowFloor(1, 99, null)).toBe(false);
  });
});

describe('the lines and dates a quote must have', () => {
  const line = { quantity: 1, unitPriceFen: 100, discountPct: 0 };
  it('names each wrong cell by its line', () => {
    expect(
      quoteProblems({
        quotedOn: '2026-05-11',
        validUntil: '2026-05-10',
        lines: [
          line,
          { quantity: 0, unitPriceFen: -1, discountPct: 101 },
          { quantity: -2, unitPriceFen: 0, discountPct: -1 },
          { quantity: 1.005, unitPriceFen: 0, discountPct: 0 },
        ],
      }),
    ).toEqual({
      validUntil: { key: 'validation.validUntilBeforeQuoted' },
      'lines.1.quantity': { key: 'validation.quoteQuantity' },
      'lines.1.unitPriceFen': { key: 'validation.quotePrice' },
      'lines.1.discountPct': { key: 'validation.quoteDiscount' },
      'lines.2.quantity': { key: 'validation.quoteQuantity' },
      'lines.2.discountPct': { key: 'validation.quoteDiscount' },
      'lines.3.quantity': { key: 'validation.twoDecimals' },
    });
  });

  it('a quote valid until its own date is fine', () => {
    expect(quoteProblems({ quotedOn: '2026-05-11', validUntil: '2026-05-11', lines: [line] })).toEqual({});
  });

  it('may be sent: a draft with no line below floor, or an approved one — never pending or refused', () => {
    expect(maySend('draft', false)).toBe(true);
    expect(maySend('draft', true)).toBe(false);
    expect(maySend('approved', true)).toBe(true);
    expect(maySend('pendingApproval', true)).toBe(false);
    expect(maySend('refused', true)).toBe(false);
    expect(maySend('sent', false)).toBe(false);
  });
});
