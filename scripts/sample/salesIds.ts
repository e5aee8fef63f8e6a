/**
 * The records the sales sample domains hand on to each other (ctx.ids.sales): who sells, the activities, the
 * deals as the pipeline left them, the price list, the accepted quotes and the signed contracts.
 */
import type { Stage } from '../../src/shared/sales/stages';

export type SalesGroup = 'sales' | 'market';

/** Someone who owns deals, and the login their work is entered under: their own, else their group lead's. */
export interface Seller {
  staffId: string;
  group: SalesGroup;
  groupId: string;
  hireDate: string | null;
  actor: string;
  /** Whether `actor` is their own login (else their lead enters their work). */
  ownLogin: boolean;
  /** How many deals they carry, relative to the others (the demo logins more, so their screens are full). */
  weight: number;
}

export interface SampleProduct {
  id: string;
  code: string;
  nameZh: string;
  unit: string;
  listFen: number;
  floorFen: number;
}

/** An opportunity as the pipeline left it, for the quotes and contracts made from it. */
export interface SampleOpportunity {
  id: string;
  clientId: string;
  seller: Seller;
  title: string;
  amountFen: number;
  stage: Stage;
  /** When its proposal was made (a quote may go with it), null if it never got there. */
  proposalAt: Date | null;
  /** When the deal was agreed: won in the pipeline, or at negotiation waiting for the contract's signing. */
  agreedAt: Date | null;
  lostAt: Date | null;
}

export interface SalesIds {
  sellers: Seller[];
  activities: { id: string; at: Date }[];
  opportunities: SampleOpportunity[];
  products: SampleProduct[];
  /** Accepted quotes: a contract is made from each (its lines copied). */
  acceptedQuotes: {
    id: string;
    opportunity: SampleOpportunity;
    acceptedAt: Date;
    totalFen: number;
  }[];
  /** Signed contracts (still signed, executing or completed): what the plans are set against. */
  signed: { ownerId: string; groupId: string; signedOn: string; amountFen: number; costFen: number }[];
}
