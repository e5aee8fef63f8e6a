import { z } from 'zod';
import { channel, type ParsedInputOf } from '../contract/channel';
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
import { DEFAULT_ATTACHMENT_MAX_MB } from '../clients/fileTypes';
import {
  ACTIVITY_KINDS,
  ACTIVITY_SORT_FIELDS,
  COMPETITOR_SORT_FIELDS,
  RESEARCH_SORT_FIELDS,
  type ActivityDetail,
  type ActivityPage,
  type CompetitorDetail,
  type CompetitorPage,
  type CompetitorSighting,
  type ResearchDetail,
  type ResearchFile,
  type ResearchPage,
} from './types';

/** The most a research file may weigh: the same limit as a client file's attachments. */
export const RESEARCH_FILE_MAX_BYTES = DEFAULT_ATTACHMENT_MAX_MB * 1024 * 1024;
/** Money typed in yuan and stored in fen: up to ten billion yuan. */
const MAX_FEN = 1_000_000_000_000;
/** An amount in fen: never negative (refused on the field, "at least 0"). */
const fen = () => z.number().int().min(0).max(MAX_FEN);

export const researchFields = {
  topic: requiredText(LIMITS.shortText),
  targetGroup: optionalText(LIMITS.shortText),
  findings: optionalText(LIMITS.longText),
  conductedOn: calendarDate(),
  /** Whose record it is; the writer may name only someone whose records they may keep (main checks). */
  ownerId: id(),
};
export type ResearchInput = FieldsOutput<typeof researchFields>;

export const competitorFields = {
  name: requiredText(LIMITS.name),
  products: optionalText(LIMITS.text),
  strengths: optionalText(LIMITS.text),
  weaknesses: optionalText(LIMITS.text),
  website: optionalText(LIMITS.shortText),
  notes: optionalText(LIMITS.longText),
};
export type CompetitorInput = FieldsOutput<typeof competitorFields>;

export const sightingFields = {
  seenOn: calendarDate(),
  product: optionalText(LIMITS.shortText),
  /** The price seen, in fen; a sighting has a price or a note. */
  priceFen: fen().nullable().default(null),
  note: optionalText(LIMITS.text),
};
export type SightingInput = FieldsOutput<typeof sightingFields>;

export const activityFields = {
  kind: z.enum(ACTIVITY_KINDS),
  title: requiredText(LIMITS.shortText),
  heldOn: calendarDate(),
  /** The last day of an activity of several days; never before heldOn. */
  endsOn: optionalDate(),
  place: optionalText(LIMITS.shortText),
  costFen: fen(),
  attendees: z.number().int().min(0).max(1_000_000).nullable().default(null),
  notes: optionalText(LIMITS.longText),
  ownerId: id(),
};
export type ActivityInput = FieldsOutput<typeof activityFields>;

const sortDir = () => z.enum(['asc', 'desc']).default('desc');

export const researchFilter = {
  search: optionalText(LIMITS.search),
  ownerId: id().nullable().default(null),
  /** Conducted on or after / on or before. */
  from: optionalDate(),
  to: optionalDate(),
};
export type ResearchFilter = FieldsOutput<typeof researchFilter>;
export const researchOrder = {
  sortBy: z.enum(RESEARCH_SORT_FIELDS).default('conductedOn'),
  sortDir: sortDir(),
};
export type ResearchOrder = FieldsOutput<typeof researchOrder>;
export const emptyResearchFilter: ResearchFilter = z.strictObject(researchFilter).parse({});

export const competitorFilter = { search: optionalText(LIMITS.search) };
export type CompetitorFilter = FieldsOutput<typeof competitorFilter>;
export const competitorOrder = {
  sortBy: z.enum(COMPETITOR_SORT_FIELDS).default('name'),
  sortDir: z.enum(['asc', 'desc']).default('asc'),
};
export type CompetitorOrder = FieldsOutput<typeof competitorOrder>;
export const emptyCompetitorFilter: CompetitorFilter = z.strictObject(competitorFilter).parse({});

export const activityFilter = {
  search: optionalText(LIMITS.search),
  kinds: z.array(z.enum(ACTIVITY_KINDS)).max(ACTIVITY_KINDS.length).default([]),
  ownerId: id().nullable().default(null),
  /** Held on or after / on or before. */
  from: optionalDate(),
  to: optionalDate(),
};
export type ActivityFilter = FieldsOutput<typeof activityFilter>;
export const activityOrder = { sortBy: z.enum(ACTIVITY_SORT_FIELDS).default('heldOn'), sortDir: sortDir() };
export type ActivityOrder = FieldsOutput<typeof activityOrder>;
export const emptyActivityFilter: ActivityFilter = z.strictObject(activityFilter).parse({});

const paging = { page: page(), pageSize: pageSize() };
const row = <T extends z.core.$ZodShape = Record<never, never>>(extra: T = {} as T) =>
  z.strictObject({ id: id(), version: version(), ...extra });

/** Bytes from the page: a Uint8Array over IPC and over the harness. */
const bytes = () => z.instanceof(Uint8Array);

// Everyone reads market work and records it; whose record may be changed by whom is main's rule.
export const marketChannels = {
  'market.listResearch': channel<ResearchPage>()({
    input: z.strictObject({ ...researchFilter, ...researchOrder, ...paging }),
    access: 'market.read',
    kind: 'query',
  }),
  'market.getResearch': channel<ResearchDetail>()({
    input: z.strictObject({ id: id() }),
    access: 'market.read',
    kind: 'query',
  }),
  'market.exportResearch': channel<FilePayload>()({
    input: z.strictObject({ ...researchFilter, ...researchOrder, locale: locale() }),
    access: 'market.read',
    kind: 'query',
  }),
  'market.openResearchFile': channel<FilePayload>()({
    input: z.strictObject({ id: id() }),
    access: 'market.read',
    kind: 'query',
  }),
  'market.createResearch': channel<ResearchDetail>()({
    input: z.strictObject(researchFields),
    access: 'market.write',
    kind: 'mutation',
    changes: ['marketResearch'],
  }),
  'market.updateResearch': channel<ResearchDetail>()({
    input: row(researchFields),
    access: 'market.write',
    kind: 'mutation',
    changes: ['marketResearch'],
  }),
  'market.addResearchFile': channel<ResearchFile>()({
    input: z.strictObject({ researchId: id(), fileName: requiredText(255), bytes: bytes() }),
    access: 'market.write',
    maxInputBytes: RESEARCH_FILE_MAX_BYTES + 1024 * 1024,
    kind: 'mutation',
    changes: ['marketResearch'],
  }),
  'market.deleteResearchFile': channel<null>()({
    input: z.strictObject({ id: id() }),
    access: 'market.write',
    kind: 'mutation',
    changes: ['marketResearch'],
  }),

  'market.listCompetitors': channel<CompetitorPage>()({
    input: z.strictObject({ ...competitorFilter, ...competitorOrder, ...paging }),
    access: 'market.read',
    kind: 'query',
  }),
  'market.getCompetitor': channel<CompetitorDetail>()({
    input: z.strictObject({ id: id() }),
    access: 'market.read',
    kind: 'query',
  }),
  'market.createCompetitor': channel<CompetitorDetail>()({
    input: z.strictObject(competitorFields),
    access: 'market.write',
    kind: 'mutation',
    changes: ['competitor'],
  }),
  'market.updateCompetitor': channel<CompetitorDetail>()({
    input: row(competitorFields),
    access: 'market.write',
    kind: 'mutation',
    changes: ['competitor'],
  }),
  'market.addSighting': channel<CompetitorSighting>()({
    input: z.strictObject({ competitorId: id(), ...sightingFields }),
    access: 'market.write',
    kind: 'mutation',
    changes: ['competitorSighting', 'competitor'],
  }),
  'market.updateSighting': channel<CompetitorSighting>()({
    input: row(sightingFields),
    access: 'market.write',
    kind: 'mutation',
    changes: ['competitorSighting', 'competitor'],
  }),
  'market.deleteSighting': channel<null>()({
    input: z.strictObject({ id: id() }),
    access: 'market.write',
    kind: 'mutation',
    changes: ['competitorSighting', 'competitor'],
  }),

  'market.listActivities': channel<ActivityPage>()({
    input: z.strictObject({ ...activityFilter, ...activityOrder, ...paging }),
    access: 'market.read',
    kind: 'query',
  }),
  'market.getActivity': channel<ActivityDetail>()({
    input: z.strictObject({ id: id() }),
    access: 'market.read',
    kind: 'query',
  }),
  'market.exportActivities': channel<FilePayload>()({
    input: z.strictObject({ ...activityFilter, ...activityOrder, locale: locale() }),
    access: 'market.read',
    kind: 'query',
  }),
  'market.createActivity': channel<ActivityDetail>()({
    input: z.strictObject(activityFields),
    access: 'market.write',
    kind: 'mutation',
    changes: ['promotionActivity'],
  }),
  'market.updateActivity': channel<ActivityDetail>()({
    input: row(activityFields),
    access: 'market.write',
    kind: 'mutation',
    changes: ['promotionActivity'],
  }),
};

export type ResearchListInput = ParsedInputOf<(typeof marketChannels)['market.listResearch']>;
export type CompetitorListInput = ParsedInputOf<(typeof marketChannels)['market.listCompetitors']>;
export type ActivityListInput = ParsedInputOf<(typeof marketChannels)['market.listActivities']>;
