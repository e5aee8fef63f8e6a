import { stmt, type Db } from '../../db/connection';

/**
 * The next client code, KH-<year>-<nnnnn>, numbered per calendar year (local time). Call inside the
 * transaction that inserts the client: a rolled-back insert rolls the counter back too, so codes have no gaps.
 */
export function nextClientCode(db: Db, at: Date): string {
  const year = String(at.getFullYear());
  const { last } = stmt(
    db,
    `INSERT INTO code_counters (prefix, period, last) VALUES ('KH', ?, 1)
     ON CONFLICT (prefix, period) DO UPDATE SET last = last + 1 RETURNING last`,
  ).get(year) as { last: number };
  return `KH-${year}-${String(last).padStart(5, '0')}`;
}
