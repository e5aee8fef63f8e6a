import type { RiskEvent, RiskEventKind, RiskStatus } from '../../../../shared/risk/types';
import type { Stamp } from '../../../core/mutation';
import { stmt, type Db } from '../../../db/connection';

export function insertRiskEvent(
  db: Db,
  e: {
    id: string;
    riskId: string;
    kind: RiskEventKind;
    from: RiskStatus | null;
    to: RiskStatus | null;
    note: string | null;
  },
  stamp: Stamp,
): void {
  stmt(
    db,
    `INSERT INTO risk_events (id, risk_id, kind, at, from_status, to_status, note, actor,
       created_at, updated_at, created_by, updated_by)
     VALUES (@id, @riskId, @kind, @at, @from, @to, @note, @by, @at, @at, @by, @by)`,
  ).run({ ...e, at: stamp.at, by: stamp.by });
}

/** The risk's timeline, oldest first, with who made each step. */
export function eventsOf(db: Db, riskId: string): RiskEvent[] {
  return stmt(
    db,
    `SELECT e.id, e.kind, e.at, e.from_status AS fromStatus, e.to_status AS toStatus, e.note,
            coalesce(s.name, '') AS actorName
     FROM risk_events e
     LEFT JOIN users u ON u.id = e.actor
     LEFT JOIN staff s ON s.id = u.staff_id
     WHERE e.risk_id = ? ORDER BY e.at, e.rowid`,
  ).all(riskId) as RiskEvent[];
}
