/**
 * Market work (rulebook 二(二)3): research records, competitor files with what was seen of them over time,
 * and promotion activities with the leads they brought in. Department knowledge: everyone reads it; who may
 * change a record is main's rule (market/access.ts), told to the screen in `mayEdit`.
 */

export const ACTIVITY_KINDS = ['exhibition', 'seminar', 'demo', 'online'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export const RESEARCH_SORT_FIELDS = ['code', 'topic', 'conductedOn', 'updatedAt'] as const;
export const COMPETITOR_SORT_FIELDS = ['name', 'lastSeenOn', 'updatedAt'] as const;
export const ACTIVITY_SORT_FIELDS = ['code', 'title', 'kind', 'heldOn', 'costFen', 'leadCount'] as const;

/** A file kept with a research record. */
export interface ResearchFile {
  id: string;
  researchId: string;
  fileName: string;
  mime: string;
  sizeBytes: number;
  createdAt: string;
  createdByName: string | null;
}

export interface MarketResearch {
  id: string;
  code: string;
  topic: string;
  targetGroup: string | null;
  findings: string | null;
  conductedOn: string;
  ownerId: string;
  ownerName: string;
  groupId: string | null;
  fileCount: number;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface ResearchDetail {
  research: MarketResearch;
  files: ResearchFile[];
  /** The reader may change it and its files (its owner, the lead or deputy over its group, the manager). */
  mayEdit: boolean;
}

export interface ResearchPage {
  items: MarketResearch[];
  total: number;
}

export interface Competitor {
  id: string;
  name: string;
  products: string | null;
  strengths: string | null;
  weaknesses: string | null;
  website: string | null;
  notes: string | null;
  sightingCount: number;
  lastSeenOn: string | null;
  /** The price of the latest sighting that had one. */
  lastPriceFen: number | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** What was seen of a competitor on a day: a price for a product, a move, a note. */
export interface CompetitorSighting {
  id: string;
  competitorId: string;
  seenOn: string;
  product: string | null;
  priceFen: number | null;
  note: string | null;
  createdAt: string;
  createdByName: string | null;
  version: number;
  mayEdit: boolean;
}

export interface CompetitorDetail {
  competitor: Competitor;
  /** Newest first. */
  sightings: CompetitorSighting[];
}

export interface CompetitorPage {
  items: Competitor[];
  total: number;
}

export interface PromotionActivity {
  id: string;
  code: string;
  kind: ActivityKind;
  title: string;
  heldOn: string;
  endsOn: string | null;
  place: string | null;
  costFen: number;
  attendees: number | null;
  notes: string | null;
  ownerId: string;
  ownerName: string;
  groupId: string | null;
  /** Every opportunity that names this activity as its source, and how many of them were won. */
  leadCount: number;
  wonCount: number;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** A lead gathered at an activity, as its page lists it (read-only here; the pipeline keeps it). */
export interface ActivityLead {
  id: string;
  code: string;
  title: string;
  clientName: string;
  stage: string;
  ownerName: string;
  expectedAmountFen: number | null;
}

export interface ActivityDetail {
  activity: PromotionActivity;
  /** The leads the reader may see (opportunities are scoped like client files). */
  leads: ActivityLead[];
  /** Cost ÷ leads and cost ÷ won deals, in fen, rounded; null when there are none to divide by. */
  costPerLeadFen: number | null;
  costPerWonFen: number | null;
  mayEdit: boolean;
}

export interface ActivityPage {
  items: PromotionActivity[];
  total: number;
}
