/**
 * The price system 价格体系 and quotes 报价单 (三(二)3): products and services with their unit, list price and
 * floor price, kept by the manager; quotes for a client (and optionally an opportunity) with lines. A line whose
 * net unit price falls below its product's floor needs the manager's approval before the quote may be sent.
 * Floor prices reach only the readers the settings name (salesFloorPriceAudience): for anyone else main sends
 * them as null.
 */

export const PRODUCT_KINDS = ['product', 'service'] as const;
export type ProductKind = (typeof PRODUCT_KINDS)[number];

export interface Product {
  id: string;
  /** As the manager types it; unique. */
  code: string;
  nameZh: string;
  nameEn: string | null;
  kind: ProductKind;
  unit: string;
  listPriceFen: number;
  /** Null for a reader outside the floor price audience. */
  floorPriceFen: number | null;
  validFrom: string;
  validTo: string | null;
  active: boolean;
  version: number;
}

export interface ProductPage {
  items: Product[];
  total: number;
  page: number;
  pageSize: number;
  /** Whether this reader sees floor prices (the settings' audience). */
  floorVisible: boolean;
}

export const QUOTE_STATUSES = [
  'draft',
  'pendingApproval',
  'approved',
  'refused',
  'sent',
  'accepted',
  'declined',
] as const;
export type QuoteStatus = (typeof QUOTE_STATUSES)[number];

/** The statuses whose lines may still change (a change of an approved or pending quote goes back to draft). */
export const EDITABLE_QUOTE_STATUSES: readonly QuoteStatus[] = [
  'draft',
  'pendingApproval',
  'approved',
  'refused',
];

export interface QuoteLine {
  /** The product of the price system, or null for a line typed in freely. */
  productId: string | null;
  productCode: string | null;
  description: string;
  unit: string;
  quantity: number;
  unitPriceFen: number;
  /** Percent, 0–100, two decimals at most. */
  discountPct: number;
  /** quantity × unit price × (1 − discount), rounded to the fen. */
  amountFen: number;
  /** The product's floor when the line was saved; null for a free line or a reader outside the audience. */
  floorPriceFen: number | null;
  /** The net unit price is below the product's floor. */
  belowFloor: boolean;
}

export interface Quote {
  id: string;
  /** BJ-yyyy-nnnn */
  code: string;
  clientId: string;
  clientName: string;
  clientCode: string;
  opportunityId: string | null;
  opportunityCode: string | null;
  opportunityTitle: string | null;
  ownerId: string;
  ownerName: string;
  groupName: string | null;
  groupNameEn: string | null;
  status: QuoteStatus;
  quotedOn: string;
  validUntil: string;
  lines: QuoteLine[];
  totalFen: number;
  terms: string | null;
  /** Some line is below its floor: the quote needs the manager's approval before it is sent. */
  belowFloor: boolean;
  approvalId: string | null;
  floorReason: string | null;
  decidedByName: string | null;
  decidedAt: string | null;
  decisionComment: string | null;
  /** Whether this reader sees floor prices. */
  floorVisible: boolean;
  createdAt: string;
  version: number;
}

export interface QuotePage {
  items: Quote[];
  total: number;
  page: number;
  pageSize: number;
}

/** An opportunity of the client that a quote may belong to (one the reader may see). */
export interface QuoteOpportunityOption {
  id: string;
  code: string;
  title: string;
  stage: string;
}
