import { stmt, type Db } from '../../db/connection';

/**
 * The risk code, FX-<yyyy>-<nnn>, numbered per year of the day the risk was identified. The one place risk
 * codes are made: call it inside the transaction that inserts the risk, so a rolled-back insert takes its
 * number back.
 */
export function nextRiskCode(db: Db, identifiedOn: string): string {
  const year = identifiedOn.slice(0, 4);
  const { last } = stmt(
    db,
    `INSERT INTO code_counters (prefix, period, last) VALUES ('FX', ?, 1)
     ON CONFLICT (prefix, period) DO UPDATE SET last = last + 1 RETURNING last`,
  ).get(year) as { last: number };
  return `FX-${year}-${String(last).padStart(3, '0')}`;
}
