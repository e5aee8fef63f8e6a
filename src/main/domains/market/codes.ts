import { stmt, type Db } from '../../db/connection';

/**
 * The next code of `prefix` for the year of `date`: <prefix>-<year>-<nnn>. Call inside the transaction that
 * inserts the record: a rolled-back insert rolls the counter back too. The one place a per-machine part would
 * go when several machines share the data.
 */
function nextCode(db: Db, prefix: 'SC' | 'TG', date: string): string {
  const year = date.slice(0, 4);
  const { last } = stmt(
    db,
    `INSERT INTO code_counters (prefix, period, last) VALUES (@prefix, @year, 1)
     ON CONFLICT (prefix, period) DO UPDATE SET last = last + 1 RETURNING last`,
  ).get({ prefix, year }) as { last: number };
  return `${prefix}-${year}-${String(last).padStart(3, '0')}`;
}

/** A market research record's code, SC-yyyy-nnn (市场调研), numbered per year of the research date. */
export const nextResearchCode = (db: Db, conductedOn: string): string => nextCode(db, 'SC', conductedOn);

/** A promotion activity's code, TG-yyyy-nnn (推广), numbered per year of its first day. */
export const nextActivityCode = (db: Db, heldOn: string): string => nextCode(db, 'TG', heldOn);
