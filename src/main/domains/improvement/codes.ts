import { chinaDateOf } from '../../../shared/improvement/rules';
import { stmt, type Db } from '../../db/connection';

/**
 * The next measure code, GJ-<yyyymmdd>-<nnn>, numbered per China calendar day. Call inside the transaction
 * that inserts the measure: a rolled-back insert rolls the counter back too, so codes have no gaps. The one
 * place a per-machine part would go when several machines share the data.
 */
export function nextMeasureCode(db: Db, at: Date): string {
  const day = chinaDateOf(at).replaceAll('-', '');
  const { last } = stmt(
    db,
    `INSERT INTO code_counters (prefix, period, last) VALUES ('GJ', ?, 1)
     ON CONFLICT (prefix, period) DO UPDATE SET last = last + 1 RETURNING last`,
  ).get(day) as { last: number };
  return `GJ-${day}-${String(last).padStart(3, '0')}`;
}
