import type { AuditName, AuditRef } from '../../../shared/audit/presentation';
import { stmt, type Db } from '../../db/connection';

type NameRow = { id: string; name: string; name_en?: string | null; code: string | null; deleted: number };

/**
 * The names the audit trail shows for the records it mentions, by kind of record: deleted records too (the
 * trail outlives them), read-only. Ids go in as one JSON array, so one cached statement serves any number.
 */
const NAME_SQL: Record<AuditRef, string> = {
  improvement: `SELECT id, title AS name, code, deleted_at IS NOT NULL AS deleted FROM improvement_measures
                WHERE id IN (SELECT value FROM json_each(?))`,
  client: `SELECT id, name, code, deleted_at IS NOT NULL AS deleted FROM clients
           WHERE id IN (SELECT value FROM json_each(?))`,
  staff: `SELECT id, name, employee_no AS code, 0 AS deleted FROM staff
          WHERE id IN (SELECT value FROM json_each(?))`,
  group: `SELECT id, name, name_en, NULL AS code, 0 AS deleted FROM groups
          WHERE id IN (SELECT value FROM json_each(?))`,
  account: `SELECT u.id, s.name, u.username AS code, 0 AS deleted FROM users u JOIN staff s ON s.id = u.staff_id
            WHERE u.id IN (SELECT value FROM json_each(?))`,
  contact: `SELECT p.id, p.name, c.code, (p.deleted_at IS NOT NULL OR c.deleted_at IS NOT NULL) AS deleted
            FROM client_contacts p JOIN clients c ON c.id = p.client_id
            WHERE p.id IN (SELECT value FROM json_each(?))`,
  // A communication or transaction record is known by its client file.
  communication: `SELECT m.id, c.name, c.code, (m.deleted_at IS NOT NULL OR c.deleted_at IS NOT NULL) AS deleted
                  FROM client_communications m JOIN clients c ON c.id = m.client_id
                  WHERE m.id IN (SELECT value FROM json_each(?))`,
  transaction: `SELECT x.id, c.name, c.code, (x.deleted_at IS NOT NULL OR c.deleted_at IS NOT NULL) AS deleted
                FROM client_transactions x JOIN clients c ON c.id = x.client_id
                WHERE x.id IN (SELECT value FROM json_each(?))`,
  // A manager's day of the working calendar: its name and date.
  calendarDay: `SELECT id, name, date AS code, deleted_at IS NOT NULL AS deleted FROM calendar_days
                WHERE id IN (SELECT value FROM json_each(?))`,
  // A ticket is known by its code and its client (the linked file, or what an unknown caller said).
  ticket: `SELECT t.id, coalesce(c.name, t.caller_name, t.code) AS name, t.code, t.deleted_at IS NOT NULL AS deleted
           FROM service_tickets t LEFT JOIN clients c ON c.id = t.client_id
           WHERE t.id IN (SELECT value FROM json_each(?))`,
  // An action by its description and its ticket's code.
  ticketAction: `SELECT a.id, a.description AS name, t.code, (a.deleted_at IS NOT NULL OR t.deleted_at IS NOT NULL) AS deleted
                 FROM service_ticket_actions a JOIN service_tickets t ON t.id = a.ticket_id
                 WHERE a.id IN (SELECT value FROM json_each(?))`,
  riskMeeting: `SELECT id, title AS name, code, deleted_at IS NOT NULL AS deleted FROM risk_meetings
                WHERE id IN (SELECT value FROM json_each(?))`,
  // A risk by its title and code; its action by what is to be done and the risk's code.
  risk: `SELECT id, title AS name, code, deleted_at IS NOT NULL AS deleted FROM risks
         WHERE id IN (SELECT value FROM json_each(?))`,
  riskAction: `SELECT a.id, a.title AS name, r.code, (a.deleted_at IS NOT NULL OR r.deleted_at IS NOT NULL) AS deleted
               FROM risk_actions a JOIN risks r ON r.id = a.risk_id
               WHERE a.id IN (SELECT value FROM json_each(?))`,
  kri: `SELECT id, name, code, deleted_at IS NOT NULL AS deleted FROM kris
        WHERE id IN (SELECT value FROM json_each(?))`,
  // A reading by its indicator's name and code, and its date.
  kriReading: `SELECT x.id, k.name || ' · ' || x.period_on AS name, k.code,
                      (x.deleted_at IS NOT NULL OR k.deleted_at IS NOT NULL) AS deleted
               FROM kri_readings x JOIN kris k ON k.id = x.kri_id
               WHERE x.id IN (SELECT value FROM json_each(?))`,
  controlAudit: `SELECT id, title AS name, code, deleted_at IS NOT NULL AS deleted FROM control_audits
                 WHERE id IN (SELECT value FROM json_each(?))`,
  controlFinding: `SELECT id, title AS name, code, deleted_at IS NOT NULL AS deleted FROM control_findings
                   WHERE id IN (SELECT value FROM json_each(?))`,
  // A rectification by its requirement and its finding's code.
  rectification: `SELECT r.id, r.requirement AS name, f.code, (r.deleted_at IS NOT NULL OR f.deleted_at IS NOT NULL) AS deleted
                  FROM control_rectifications r JOIN control_findings f ON f.id = r.finding_id
                  WHERE r.id IN (SELECT value FROM json_each(?))`,
  // Appraisal indicators and templates are never deleted (retired, kept): named in both languages.
  appraisalIndicator: `SELECT id, name_zh AS name, name_en, NULL AS code, 0 AS deleted FROM appraisal_indicators
                       WHERE id IN (SELECT value FROM json_each(?))`,
  appraisalTemplate: `SELECT id, name_zh AS name, name_en, NULL AS code, 0 AS deleted FROM appraisal_templates
                      WHERE id IN (SELECT value FROM json_each(?))`,
  // A cycle by its name and code; a form by its person and its cycle's code (both are never deleted).
  appraisalCycle: `SELECT id, name_zh AS name, name_en, code, 0 AS deleted FROM appraisal_cycles
                   WHERE id IN (SELECT value FROM json_each(?))`,
  appraisalForm: `SELECT f.id, s.name, c.code, 0 AS deleted FROM appraisal_forms f
                  JOIN staff s ON s.id = f.staff_id JOIN appraisal_cycles c ON c.id = f.cycle_id
                  WHERE f.id IN (SELECT value FROM json_each(?))`,
  // An incentive by the person it is for and its code.
  incentive: `SELECT i.id, s.name, i.code, 0 AS deleted FROM incentives i JOIN staff s ON s.id = i.staff_id
              WHERE i.id IN (SELECT value FROM json_each(?))`,
  // A sales plan by whose it is (the person, or the group) and the first day of its period.
  salesPlan: `SELECT p.id, coalesce(s.name, g.name) AS name, CASE WHEN s.id IS NULL THEN g.name_en END AS name_en,
                     p.period_from AS code, p.deleted_at IS NOT NULL AS deleted
              FROM sales_plans p LEFT JOIN staff s ON s.id = p.staff_id LEFT JOIN groups g ON g.id = p.group_id
              WHERE p.id IN (SELECT value FROM json_each(?))`,
  // A product by its Chinese name and code; a quote by its client's name and its code.
  product: `SELECT p.id, p.name_zh AS name, p.code, 0 AS deleted FROM products p
            WHERE p.id IN (SELECT value FROM json_each(?))`,
  quote: `SELECT q.id, c.name, q.code, q.deleted_at IS NOT NULL AS deleted FROM quotes q
          JOIN clients c ON c.id = q.client_id WHERE q.id IN (SELECT value FROM json_each(?))`,
  // Market work: research and activities by title and code, a competitor by name, a sighting by its
  // competitor and the day it was seen.
  marketResearch: `SELECT id, topic AS name, code, deleted_at IS NOT NULL AS deleted FROM market_research
                   WHERE id IN (SELECT value FROM json_each(?))`,
  competitor: `SELECT id, name, NULL AS code, deleted_at IS NOT NULL AS deleted FROM competitors
               WHERE id IN (SELECT value FROM json_each(?))`,
  competitorSighting: `SELECT x.id, c.name || ' · ' || x.seen_on AS name, NULL AS code,
                              (x.deleted_at IS NOT NULL OR c.deleted_at IS NOT NULL) AS deleted
                       FROM competitor_sightings x JOIN competitors c ON c.id = x.competitor_id
                       WHERE x.id IN (SELECT value FROM json_each(?))`,
  promotionActivity: `SELECT id, title AS name, code, deleted_at IS NOT NULL AS deleted FROM promotion_activities
                      WHERE id IN (SELECT value FROM json_each(?))`,
  // An opportunity by its title and code.
  opportunity: `SELECT id, title AS name, code, deleted_at IS NOT NULL AS deleted FROM opportunities
                WHERE id IN (SELECT value FROM json_each(?))`,
  // A contract by its title and code.
  contract: `SELECT id, title AS name, code, (deleted_at IS NOT NULL) AS deleted FROM contracts
             WHERE id IN (SELECT value FROM json_each(?))`,
  // A milestone by what it is and its contract's code; a hand-off by its department's key and the code.
  contractMilestone: `SELECT m.id, m.title AS name, c.code, (m.deleted_at IS NOT NULL) AS deleted
                      FROM contract_milestones m JOIN contracts c ON c.id = m.contract_id
                      WHERE m.id IN (SELECT value FROM json_each(?))`,
  contractHandoff: `SELECT h.id, h.department AS name, c.code, 0 AS deleted
                    FROM contract_handoffs h JOIN contracts c ON c.id = h.contract_id
                    WHERE h.id IN (SELECT value FROM json_each(?))`,
};

export function namesOf(db: Db, ref: AuditRef, ids: readonly string[]): Map<string, AuditName> {
  const out = new Map<string, AuditName>();
  if (ids.length === 0) return out;
  for (const r of stmt(db, NAME_SQL[ref]).all(JSON.stringify(ids)) as NameRow[]) {
    const name: AuditName = { name: r.name, code: r.code };
    if (r.name_en) name.nameEn = r.name_en;
    if (r.deleted) name.deleted = true;
    out.set(r.id, name);
  }
  return out;
}
