import type { FloorPriceAudience } from '../sales/settings';
import type { Role } from '../contract/roles';
import type { FieldError } from '../contract/errors';
import type { QuoteStatus } from './types';

/*
 * The arithmetic and the rules of quotes, the same on both sides: main decides with them, the quote editor
 * shows them live. Money is integer fen; a discount is a percent with two decimals at most, counted in
 * hundredths of a percent so that no float rounding decides an amount or a floor.
 */

const HUNDREDTHS = 10_000n;

/** The discount in hundredths of a percent (12.5 % → 1250). */
const discountHundredths = (discountPct: number): bigint => BigInt(Math.round(discountPct * 100));

/** quantity × unit price × (1 − discount), rounded half up to the fen. */
export function lineAmountFen(quantity: number, unitPriceFen: number, discountPct: number): number {
  const q = BigInt(Math.round(quantity * 100));
  const exact = q * BigInt(unitPriceFen) * (HUNDREDTHS - discountHundredths(discountPct));
  const scale = 100n * HUNDREDTHS;
  return Number((exact + scale / 2n) / scale);
}

/** The net unit price (after the discount) is below the floor. Exact, without rounding the net price. */
export function isBelowFloor(
  unitPriceFen: number,
  discountPct: number,
  floorPriceFen: number | null,
): boolean {
  if (floorPriceFen === null) return false;
  return (
    BigInt(unitPriceFen) * (HUNDREDTHS - discountHundredths(discountPct)) < BigInt(floorPriceFen) * HUNDREDTHS
  );
}

/** The net unit price in fen, rounded (for showing it). */
export const netUnitPriceFen = (unitPriceFen: number, discountPct: number): number =>
  lineAmountFen(1, unitPriceFen, discountPct);

/** Who sees floor prices, by the settings' audience. */
export function seesFloorPrices(role: Role, audience: FloorPriceAudience): boolean {
  switch (audience) {
    case 'manager':
      return role === 'manager';
    case 'deputies':
      return role === 'manager' || role === 'deputy';
    case 'leads':
      return role !== 'staff';
    case 'everyone':
      return true;
  }
}

/** What a quote line must be: a quantity above zero (two decimals at most), a price of zero or more, a discount 0–100. */
export function quoteLineProblems(
  line: { quantity: number; unitPriceFen: number; discountPct: number },
  index: number,
): Record<string, FieldError> {
  const out: Record<string, FieldError> = {};
  const at = (field: string) => `lines.${index}.${field}`;
  if (!(line.quantity > 0)) out[at('quantity')] = { key: 'validation.quoteQuantity' };
  else if (Math.abs(line.quantity * 100 - Math.round(line.quantity * 100)) > 1e-6)
    out[at('quantity')] = { key: 'validation.twoDecimals' };
  if (line.unitPriceFen < 0) out[at('unitPriceFen')] = { key: 'validation.quotePrice' };
  if (line.discountPct < 0 || line.discountPct > 100)
    out[at('discountPct')] = { key: 'validation.quoteDiscount' };
  return out;
}

/** Every problem of a quote's own fields and lines, by field (empty when it may be saved). */
export function quoteProblems(q: {
  quotedOn: string;
  validUntil: string;
  lines: readonly { quantity: number; unitPriceFen: number; discountPct: number }[];
}): Record<string, FieldError> {
  const out: Record<string, FieldError> = {};
  if (q.validUntil < q.quotedOn) out.validUntil = { key: 'validation.validUntilBeforeQuoted' };
  q.lines.forEach((l, i) => Object.assign(out, quoteLineProblems(l, i)));
  return out;
}

/** The moves a quote may make, by the status it is in. */
export const QUOTE_MOVES: Record<QuoteStatus, readonly QuoteStatus[]> = {
  draft: ['pendingApproval', 'sent'],
  pendingApproval: ['approved', 'refused', 'draft'],
  approved: ['sent', 'draft'],
  refused: ['pendingApproval', 'draft'],
  sent: ['accepted', 'declined'],
  accepted: [],
  declined: [],
};

/** Whether the quote may be marked sent: no line below its floor (a draft), or the manager approved it. */
export const maySend = (status: QuoteStatus, belowFloor: boolean): boolean =>
  status === 'approved' || (status === 'draft' && !belowFloor);
