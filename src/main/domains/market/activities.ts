import type {
  ActivityFilter,
  ActivityInput,
  ActivityListInput,
  ActivityOrder,
} from '../../../shared/market/channels';
import { costPer } from '../../../shared/market/rules';
import type { ActivityDetail, ActivityPage, PromotionActivity } from '../../../shared/market/types';
import { diffRecords } from '../../core/auditDiff';
import type { UserCtx } from '../../core/context';
import { newId } from '../../core/ids';
import { mutate, type Mutation } from '../../core/mutation';
import { conflict, fieldRefusal, notFound } from '../../core/refusals';
import { keepsRecord, leadScopeOf } from './access';
import { nextActivityCode } from './codes';
import { ownerOf } from './owner';
import * as activities from './repository/activities';
import { leadsOfActivity } from './repository/activityLeads';

export function listActivities(ctx: UserCtx, input: ActivityListInput): ActivityPage {
  const page = activities.listActivities(ctx.db, input, input.pageSize, (input.page - 1) * input.pageSize);
  return { items: page.rows, total: page.total };
}

/** Every activity of the list with these filters (up to `max`), for the export. */
export const activitiesForExport = (ctx: UserCtx, f: ActivityFilter & ActivityOrder, max: number) =>
  activities.listActivities(ctx.db, f, max, 0).rows;

/** The activity with the leads it brought in (those the reader may see) and what each lead and won deal cost. */
export function getActivity(ctx: UserCtx, id: string): ActivityDetail {
  const a = activities.getActivity(ctx.db, id);
  if (!a) throw notFound('promotionActivity');
  return {
    activity: a,
    leads: leadsOfActivity(ctx.db, id, leadScopeOf(ctx.user)),
    costPerLeadFen: costPer(a.costFen, a.leadCount),
    costPerWonFen: costPer(a.costFen, a.wonCount),
    mayEdit: keepsRecord(ctx.user, a),
  };
}

const trailView = (a: PromotionActivity) => ({
  code: a.code,
  kind: a.kind,
  title: a.title,
  heldOn: a.heldOn,
  endsOn: a.endsOn,
  place: a.place,
  costFen: a.costFen,
  attendees: a.attendees,
  notes: a.notes,
  ownerId: a.ownerId,
  groupId: a.groupId,
});

/** The dates in order (the schema refuses a negative cost or attendance); the owner as ownerOf decides. */
function activityWrite(m: Mutation<UserCtx>, input: ActivityInput, currentOwner: string | null) {
  if (input.endsOn !== null && input.endsOn < input.heldOn)
    throw fieldRefusal('VALIDATION', 'endsOn', 'validation.marketEndsBeforeStart');
  return { ...input, ...ownerOf(m, input.ownerId, currentOwner) };
}

export function createActivity(ctx: UserCtx, input: ActivityInput): ActivityDetail {
  const id = mutate(ctx, (m) => {
    const write = activityWrite(m, input, null);
    const id = newId();
    activities.insertActivity(m.db, id, nextActivityCode(m.db, write.heldOn), write, m.stamp);
    m.audit({
      entity: 'promotionActivity',
      entityId: id,
      action: 'create',
      changes: diffRecords(null, trailView(activities.getActivity(m.db, id)!)),
    });
    return id;
  });
  return getActivity(ctx, id);
}

export function updateActivity(
  ctx: UserCtx,
  id: string,
  version: number,
  input: ActivityInput,
): ActivityDetail {
  mutate(ctx, (m) => {
    const before = activities.getActivity(m.db, id);
    if (!before) throw notFound('promotionActivity');
    if (before.version !== version) throw conflict('promotionActivity');
    if (!keepsRecord(m.user, before)) throw fieldRefusal('FORBIDDEN', 'title', 'validation.marketNotYours');
    const write = activityWrite(m, input, before.ownerId);
    m.versioned('promotionActivity', activities.updateActivity(m.db, id, version, write, m.stamp));
    m.audit({
      entity: 'promotionActivity',
      entityId: id,
      action: 'update',
      changes: diffRecords(trailView(before), trailView(activities.getActivity(m.db, id)!)),
    });
  });
  return getActivity(ctx, id);
}
