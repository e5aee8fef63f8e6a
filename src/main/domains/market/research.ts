import { chinaDateOf } from '../../../shared/calendar/workingTime';
import type {
  ResearchFilter,
  ResearchInput,
  ResearchListInput,
  ResearchOrder,
} from '../../../shared/market/channels';
import type { MarketResearch, ResearchDetail, ResearchPage } from '../../../shared/market/types';
import { diffRecords } from '../../core/auditDiff';
import type { Ctx, UserCtx } from '../../core/context';
import { newId } from '../../core/ids';
import { mutate, type Mutation } from '../../core/mutation';
import { conflict, fieldRefusal, notFound } from '../../core/refusals';
import { keepsRecord } from './access';
import { nextResearchCode } from './codes';
import { ownerOf } from './owner';
import * as research from './repository/research';
import { filesOfResearch } from './repository/researchFiles';

export const todayOf = (ctx: Ctx): string => chinaDateOf(ctx.clock.now().getTime());

export function listResearch(ctx: UserCtx, input: ResearchListInput): ResearchPage {
  const page = research.listResearch(ctx.db, input, input.pageSize, (input.page - 1) * input.pageSize);
  return { items: page.rows, total: page.total };
}

/** Every record of the list with these filters (up to `max`), for the export. */
export const researchForExport = (ctx: UserCtx, f: ResearchFilter & ResearchOrder, max: number) =>
  research.listResearch(ctx.db, f, max, 0).rows;

export function getResearch(ctx: UserCtx, id: string): ResearchDetail {
  const r = research.getResearch(ctx.db, id);
  if (!r) throw notFound('marketResearch');
  return { research: r, files: filesOfResearch(ctx.db, id), mayEdit: keepsRecord(ctx.user, r) };
}

/** The record the user may change now, at the version they read. */
export function researchKeptBy(m: Mutation<UserCtx>, id: string, version: number | null): MarketResearch {
  const r = research.getResearch(m.db, id);
  if (!r) throw notFound('marketResearch');
  if (version !== null && r.version !== version) throw conflict('marketResearch');
  if (!keepsRecord(m.user, r)) throw fieldRefusal('FORBIDDEN', 'topic', 'validation.marketNotYours');
  return r;
}

/** The record as the trail shows it. */
const trailView = (r: MarketResearch) => ({
  code: r.code,
  topic: r.topic,
  targetGroup: r.targetGroup,
  findings: r.findings,
  conductedOn: r.conductedOn,
  ownerId: r.ownerId,
  groupId: r.groupId,
});

/** Research is recorded when it was done: never on a day still to come. */
function researchWrite(m: Mutation<UserCtx>, input: ResearchInput, currentOwner: string | null) {
  if (input.conductedOn > todayOf(m))
    throw fieldRefusal('VALIDATION', 'conductedOn', 'validation.dateFuture');
  return { ...input, ...ownerOf(m, input.ownerId, currentOwner) };
}

export function createResearch(ctx: UserCtx, input: ResearchInput): ResearchDetail {
  const id = mutate(ctx, (m) => {
    const write = researchWrite(m, input, null);
    const id = newId();
    research.insertResearch(m.db, id, nextResearchCode(m.db, write.conductedOn), write, m.stamp);
    m.audit({
      entity: 'marketResearch',
      entityId: id,
      action: 'create',
      changes: diffRecords(null, trailView(research.getResearch(m.db, id)!)),
    });
    return id;
  });
  return getResearch(ctx, id);
}

export function updateResearch(
  ctx: UserCtx,
  id: string,
  version: number,
  input: ResearchInput,
): ResearchDetail {
  mutate(ctx, (m) => {
    const before = researchKeptBy(m, id, version);
    const write = researchWrite(m, input, before.ownerId);
    m.versioned('marketResearch', research.updateResearch(m.db, id, version, write, m.stamp));
    m.audit({
      entity: 'marketResearch',
      entityId: id,
      action: 'update',
      changes: diffRecords(trailView(before), trailView(research.getResearch(m.db, id)!)),
    });
  });
  return getResearch(ctx, id);
}
