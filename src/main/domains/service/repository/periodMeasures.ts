import type { ImprovementMeasure } from '../../../../shared/improvement/types';
import { stmt, type Db } from '../../../db/connection';

/**
 * The improvement measures opened or completed in a period, as the analysis report lists them — read here
 * only until the improvement domain's own service function (listMeasuresForPeriod, with each measure's
 * effect check) is in this branch; without it a measure prints without its effect.
 */
export function measuresOfPeriod(db: Db, startIso: string, endIso: string): ImprovementMeasure[] {
  const rows = stmt(
    db,
    `SELECT m.id, m.code, m.title, m.description, m.source, m.source_ticket_id AS sourceTicketId,
            t.code AS sourceTicketCode, m.cause_category AS causeCategory, m.owner_id AS ownerId,
            s.name AS ownerName, m.group_id AS groupId, m.due_date AS dueDate, m.status,
            m.effective_from AS effectiveFrom, m.result_note AS resultNote, m.completed_at AS completedAt,
            m.created_at AS createdAt, m.updated_at AS updatedAt, m.version
       FROM improvement_measures m
       LEFT JOIN staff s ON s.id = m.owner_id
       LEFT JOIN service_tickets t ON t.id = m.source_ticket_id
      WHERE m.deleted_at IS NULL
        AND ((m.created_at >= @start AND m.created_at < @end) OR (m.completed_at >= @start AND m.completed_at < @end))
      ORDER BY m.created_at, m.code`,
  ).all({ start: startIso, end: endIso }) as Omit<ImprovementMeasure, 'effect' | 'overdue'>[];
  return rows.map((r) => ({ ...r, effect: null, overdue: false }));
}
