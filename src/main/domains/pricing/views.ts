import type { Product, Quote, QuoteLine } from '../../../shared/pricing/types';
import type { ProductRow } from './repository/products';
import type { QuoteRow } from './repository/quotes';

/** A product as the reader sees it: the floor only for the audience. */
export const toProduct = (r: ProductRow, floorVisible: boolean): Product => ({
  ...r,
  floorPriceFen: floorVisible ? r.floorPriceFen : null,
});

const stripLine = (l: QuoteLine): QuoteLine => ({ ...l, floorPriceFen: null });

/** A quote as the reader sees it: floors in its lines only for the audience. */
export function toQuote(r: QuoteRow, floorVisible: boolean): Quote {
  const { groupId: _g, ...rest } = r;
  return {
    ...rest,
    lines: floorVisible ? r.lines : r.lines.map(stripLine),
    belowFloor: r.lines.some((l) => l.belowFloor),
    floorVisible,
  };
}

/** What the audit trail records of a product. */
export const productAuditView = (r: ProductRow) => {
  const { id: _i, version: _v, ...rest } = r;
  return rest;
};

/**
 * What the audit trail records of a quote: its fields, and the lines as text (one line each: what, how many,
 * at what price and discount, for how much) — the floors are not repeated there, the trail is read by all
 * who may read the quote's history.
 */
export function quoteAuditView(r: QuoteRow) {
  return {
    clientId: r.clientId,
    opportunityId: r.opportunityId,
    status: r.status,
    quotedOn: r.quotedOn,
    validUntil: r.validUntil,
    lines: r.lines.map(
      (l) =>
        `${l.productCode ? `${l.productCode} ` : ''}${l.description} × ${l.quantity} ${l.unit} @ ${(l.unitPriceFen / 100).toFixed(2)}` +
        `${l.discountPct ? ` −${l.discountPct}%` : ''} = ${(l.amountFen / 100).toFixed(2)}${l.belowFloor ? ' ⚠' : ''}`,
    ),
    totalFen: r.totalFen,
    terms: r.terms,
    floorReason: r.floorReason,
  };
}
