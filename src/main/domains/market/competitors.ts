import type { CompetitorInput, CompetitorListInput, SightingInput } from '../../../shared/market/channels';
import type {
  Competitor,
  CompetitorDetail,
  CompetitorPage,
  CompetitorSighting,
} from '../../../shared/market/types';
import { diffRecords } from '../../core/auditDiff';
import type { UserCtx } from '../../core/context';
import { newId } from '../../core/ids';
import { mutate, type Mutation } from '../../core/mutation';
import { conflict, fieldRefusal, notFound } from '../../core/refusals';
import { keepsSighting } from './access';
import * as competitors from './repository/competitors';
import * as sightings from './repository/sightings';
import { todayOf } from './research';

export function listCompetitors(ctx: UserCtx, input: CompetitorListInput): CompetitorPage {
  const page = competitors.listCompetitors(ctx.db, input, input.pageSize, (input.page - 1) * input.pageSize);
  return { items: page.rows, total: page.total };
}

const toSighting = (ctx: UserCtx, { createdBy, ...s }: sightings.SightingRow): CompetitorSighting => ({
  ...s,
  mayEdit: keepsSighting(ctx.user, createdBy),
});

export function getCompetitor(ctx: UserCtx, id: string): CompetitorDetail {
  const competitor = competitors.getCompetitor(ctx.db, id);
  if (!competitor) throw notFound('competitor');
  return { competitor, sightings: sightings.sightingsOf(ctx.db, id).map((s) => toSighting(ctx, s)) };
}

const trailView = ({ name, products, strengths, weaknesses, website, notes }: Competitor) => ({
  name,
  products,
  strengths,
  weaknesses,
  website,
  notes,
});

/** One file per competitor: a second one of the same name is refused on the name. */
function uniqueName(m: Mutation<UserCtx>, input: CompetitorInput, exceptId: string | null): void {
  if (competitors.competitorNamed(m.db, input.name, exceptId))
    throw fieldRefusal('DUPLICATE', 'name', 'validation.competitorExists');
}

export function createCompetitor(ctx: UserCtx, input: CompetitorInput): CompetitorDetail {
  const id = mutate(ctx, (m) => {
    uniqueName(m, input, null);
    const id = newId();
    competitors.insertCompetitor(m.db, id, input, m.stamp);
    m.audit({
      entity: 'competitor',
      entityId: id,
      action: 'create',
      changes: diffRecords(null, trailView(competitors.getCompetitor(m.db, id)!)),
    });
    return id;
  });
  return getCompetitor(ctx, id);
}

/** A competitor file is shared: anyone who records market work keeps it up to date. */
export function updateCompetitor(
  ctx: UserCtx,
  id: string,
  version: number,
  input: CompetitorInput,
): CompetitorDetail {
  mutate(ctx, (m) => {
    const before = competitors.getCompetitor(m.db, id);
    if (!before) throw notFound('competitor');
    if (before.version !== version) throw conflict('competitor');
    uniqueName(m, input, id);
    m.versioned('competitor', competitors.updateCompetitor(m.db, id, version, input, m.stamp));
    m.audit({
      entity: 'competitor',
      entityId: id,
      action: 'update',
      changes: diffRecords(trailView(before), trailView(competitors.getCompetitor(m.db, id)!)),
    });
  });
  return getCompetitor(ctx, id);
}

const sightingView = (s: sightings.SightingRow) => ({
  competitorId: s.competitorId,
  seenOn: s.seenOn,
  product: s.product,
  priceFen: s.priceFen,
  note: s.note,
});

/** What was seen, on a day that has come, with a price or a note — else nothing to keep. */
function checkSighting(m: Mutation<UserCtx>, input: SightingInput): void {
  if (input.seenOn > todayOf(m)) throw fieldRefusal('VALIDATION', 'seenOn', 'validation.dateFuture');
  if (input.priceFen === null && input.note === null)
    throw fieldRefusal('VALIDATION', 'note', 'validation.sightingEmpty');
}

export function addSighting(ctx: UserCtx, competitorId: string, input: SightingInput): CompetitorSighting {
  return mutate(ctx, (m) => {
    if (!competitors.getCompetitor(m.db, competitorId)) throw notFound('competitor');
    checkSighting(m, input);
    const id = newId();
    sightings.insertSighting(m.db, id, competitorId, input, m.stamp);
    const saved = sightings.getSighting(m.db, id)!;
    m.audit({
      entity: 'competitorSighting',
      entityId: id,
      action: 'create',
      changes: diffRecords(null, sightingView(saved)),
    });
    return toSighting(m, saved);
  });
}

function sightingKeptBy(m: Mutation<UserCtx>, id: string, version: number | null): sightings.SightingRow {
  const s = sightings.getSighting(m.db, id);
  if (!s) throw notFound('competitorSighting');
  if (version !== null && s.version !== version) throw conflict('competitorSighting');
  if (!keepsSighting(m.user, s.createdBy))
    throw fieldRefusal('FORBIDDEN', 'note', 'validation.sightingNotYours');
  return s;
}

export function updateSighting(
  ctx: UserCtx,
  id: string,
  version: number,
  input: SightingInput,
): CompetitorSighting {
  return mutate(ctx, (m) => {
    const before = sightingKeptBy(m, id, version);
    checkSighting(m, input);
    m.versioned('competitorSighting', sightings.updateSighting(m.db, id, version, input, m.stamp));
    const after = sightings.getSighting(m.db, id)!;
    m.audit({
      entity: 'competitorSighting',
      entityId: id,
      action: 'update',
      changes: diffRecords(sightingView(before), sightingView(after)),
    });
    return toSighting(m, after);
  });
}

export function deleteSighting(ctx: UserCtx, id: string): null {
  return mutate(ctx, (m) => {
    const before = sightingKeptBy(m, id, null);
    sightings.softDeleteSighting(m.db, id, m.stamp);
    m.audit({
      entity: 'competitorSighting',
      entityId: id,
      action: 'delete',
      changes: diffRecords(sightingView(before), null),
    });
    return null;
  });
}
