import { stmt, type Db } from '../../db/connection';

/**
 * The contract code, HT-<yyyy>-<nnnn> (合同), numbered per year of the day it was drawn up. The one place
 * contract codes are made: call it inside the transaction that inserts the contract, so a rolled-back insert
 * takes its number back.
 */
export function nextContractCode(db: Db, draftedOn: string): string {
  const year = draftedOn.slice(0, 4);
  const { last } = stmt(
    db,
    `INSERT INTO code_counters (prefix, period, last) VALUES ('HT', ?, 1)
     ON CONFLICT (prefix, period) DO UPDATE SET last = last + 1 RETURNING last`,
  ).get(year) as { last: number };
  return `HT-${year}-${String(last).padStart(4, '0')}`;
}
