import type { RiskLevel } from '../../../../shared/risk/levels';
import type { Stamp } from '../../../core/mutation';
import { stmt, type Db } from '../../../db/connection';

export interface AssessmentRow {
  id: string;
  likelihood: number;
  impact: number;
  score: number;
  level: RiskLevel;
  reason: string | null;
  assessedAt: string;
  assessedByName: string;
}

export function insertAssessment(
  db: Db,
  a: {
    id: string;
    riskId: string;
    likelihood: number;
    impact: number;
    score: number;
    level: RiskLevel;
    reason: string | null;
  },
  stamp: Stamp,
): void {
  stmt(
    db,
    `INSERT INTO risk_assessments (id, risk_id, likelihood, impact, score, level, reason, assessed_at, assessed_by,
       created_at, updated_at, created_by, updated_by)
     VALUES (@id, @riskId, @likelihood, @impact, @score, @level, @reason, @at, @by, @at, @at, @by, @by)`,
  ).run({ ...a, at: stamp.at, by: stamp.by });
}

/** Every assessment of the risk, oldest first (the score's history), with who made it. */
export function assessmentsOf(db: Db, riskId: string): AssessmentRow[] {
  return stmt(
    db,
    `SELECT a.id, a.likelihood, a.impact, a.score, a.level, a.reason, a.assessed_at AS assessedAt,
            coalesce(s.name, '') AS assessedByName
     FROM risk_assessments a
     LEFT JOIN users u ON u.id = a.assessed_by
     LEFT JOIN staff s ON s.id = u.staff_id
     WHERE a.risk_id = ? ORDER BY a.assessed_at, a.rowid`,
  ).all(riskId) as AssessmentRow[];
}
