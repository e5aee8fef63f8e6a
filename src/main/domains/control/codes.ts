import { stmt, type Db } from '../../db/connection';

/**
 * The next audit code, NK-<year>-<nnn>, numbered per year of the audit date. Call inside the transaction
 * that inserts the audit: a rolled-back insert rolls the counter back too. The one place a per-machine part
 * would go when several machines share the data.
 */
export function nextAuditCode(db: Db, auditOn: string): string {
  const year = auditOn.slice(0, 4);
  const { last } = stmt(
    db,
    `INSERT INTO code_counters (prefix, period, last) VALUES ('NK', ?, 1)
     ON CONFLICT (prefix, period) DO UPDATE SET last = last + 1 RETURNING last`,
  ).get(year) as { last: number };
  return `NK-${year}-${String(last).padStart(3, '0')}`;
}

/** A finding's code: its audit's code and its number in the audit (NK-2026-001-01). */
export const findingCode = (auditCode: string, n: number): string =>
  `${auditCode}-${String(n).padStart(2, '0')}`;
