import type { ActivityLead } from '../../../../shared/market/types';
import { stmt, type Db } from '../../../db/connection';
import type { LeadScope } from '../access';

/**
 * The opportunities an activity brought in, read-only (the pipeline owns them): those the reader may see,
 * newest first. The scope is the pipeline's: own, the lead's group, the deputy's charge, the manager all.
 */
export function leadsOfActivity(db: Db, activityId: string, scope: LeadScope): ActivityLead[] {
  return stmt(
    db,
    `SELECT o.id, o.code, o.title, c.name AS clientName, o.stage, s.name AS ownerName,
            o.expected_amount_fen AS expectedAmountFen
     FROM opportunities o
     JOIN clients c ON c.id = o.client_id
     JOIN staff s ON s.id = o.owner_id
     WHERE o.source_activity_id = @activityId AND o.deleted_at IS NULL
       AND (@all = 1 OR o.owner_id = @me OR (@leadGroup IS NOT NULL AND o.group_id = @leadGroup)
            OR o.group_id IN (SELECT value FROM json_each(@chargeGroups)))
     ORDER BY o.created_at DESC, o.code DESC`,
  ).all({ activityId, ...scope }) as ActivityLead[];
}
