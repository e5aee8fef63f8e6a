import { stmt, type Db } from '../../db/connection';

/**
 * The opportunity code, SJ-<yyyy>-<nnnnn>, numbered per year of the day it was created. The one place these
 * codes are made: call it inside the transaction that inserts the opportunity, so a rolled-back insert takes
 * its number back.
 */
export function nextOpportunityCode(db: Db, createdOn: string): string {
  const year = createdOn.slice(0, 4);
  const { last } = stmt(
    db,
    `INSERT INTO code_counters (prefix, period, last) VALUES ('SJ', ?, 1)
     ON CONFLICT (prefix, period) DO UPDATE SET last = last + 1 RETURNING last`,
  ).get(year) as { last: number };
  return `SJ-${year}-${String(last).padStart(5, '0')}`;
}
