import { stmt, type Db } from '../../db/connection';

/**
 * The incentive code, JL-<yyyy>-<nnn> (奖励 / 奖惩), numbered per year of the day it was proposed. The one
 * place incentive codes are made: call it inside the transaction that inserts the incentive, so a
 * rolled-back insert takes its number back.
 */
export function nextIncentiveCode(db: Db, proposedOn: string): string {
  const year = proposedOn.slice(0, 4);
  const { last } = stmt(
    db,
    `INSERT INTO code_counters (prefix, period, last) VALUES ('JL', ?, 1)
     ON CONFLICT (prefix, period) DO UPDATE SET last = last + 1 RETURNING last`,
  ).get(year) as { last: number };
  return `JL-${year}-${String(last).padStart(3, '0')}`;
}
