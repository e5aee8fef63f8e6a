import type { MeetingRiskRelation } from '../../../../shared/meetings/types';
import type { RiskStatus } from '../../../../shared/risk/types';
import type { Stamp } from '../../../core/mutation';
import { newId } from '../../../core/ids';
import { stmt, type Db } from '../../../db/connection';

/** A linked risk as the meeting shows it; its level is computed from the matrix in force. */
export interface RiskLinkRow {
  id: string;
  riskId: string;
  code: string;
  title: string;
  category: string;
  ownerName: string;
  status: RiskStatus;
  likelihood: number | null;
  impact: number | null;
  score: number | null;
  relation: MeetingRiskRelation;
  note: string | null;
}

// The risk's code, title and score come from the register, read-only: the meeting shows what it raised.
export function riskLinksOf(db: Db, meetingId: string): RiskLinkRow[] {
  return stmt(
    db,
    `SELECT l.id, l.risk_id AS riskId, r.code, r.title, r.category, s.name AS ownerName, r.status,
            r.likelihood, r.impact, r.score, l.relation, l.note
     FROM risk_meeting_risks l JOIN risks r ON r.id = l.risk_id JOIN staff s ON s.id = r.owner_id
     WHERE l.meeting_id = ? AND r.deleted_at IS NULL
     ORDER BY l.relation = 'discussed', l.created_at, r.code`,
  ).all(meetingId) as RiskLinkRow[];
}

export function linkOf(
  db: Db,
  meetingId: string,
  riskId: string,
): { id: string; relation: MeetingRiskRelation } | null {
  return (
    (stmt(db, 'SELECT id, relation FROM risk_meeting_risks WHERE meeting_id = ? AND risk_id = ?').get(
      meetingId,
      riskId,
    ) as { id: string; relation: MeetingRiskRelation } | undefined) ?? null
  );
}

export function insertLink(
  db: Db,
  meetingId: string,
  riskId: string,
  relation: MeetingRiskRelation,
  note: string | null,
  s: Stamp,
): void {
  stmt(
    db,
    `INSERT INTO risk_meeting_risks (id, meeting_id, risk_id, relation, note, created_at, updated_at, created_by,
       updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(newId(), meetingId, riskId, relation, note, s.at, s.at, s.by, s.by);
}

export function deleteLink(db: Db, id: string): void {
  stmt(db, 'DELETE FROM risk_meeting_risks WHERE id = ?').run(id);
}

/** A linked risk's code, for the audit trail of an unlink. */
export function riskCodeOf(db: Db, riskId: string): string | null {
  return (stmt(db, 'SELECT code FROM risks WHERE id = ?').pluck().get(riskId) as string | undefined) ?? null;
}
