import { stmt, type Db } from '../../db/connection';

/**
 * The quote code, BJ-<yyyy>-<nnnn> (报价), numbered per year of the day it was quoted. The one place quote
 * codes are made: call it inside the transaction that inserts the quote, so a rolled-back insert takes its
 * number back.
 */
export function nextQuoteCode(db: Db, quotedOn: string): string {
  const year = quotedOn.slice(0, 4);
  const { last } = stmt(
    db,
    `INSERT INTO code_counters (prefix, period, last) VALUES ('BJ', ?, 1)
     ON CONFLICT (prefix, period) DO UPDATE SET last = last + 1 RETURNING last`,
  ).get(year) as { last: number };
  return `BJ-${year}-${String(last).padStart(4, '0')}`;
}
