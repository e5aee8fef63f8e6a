import { stmt, type Db } from '../../db/connection';

/**
 * The next indicator code, YJ-<nnn>, numbered through the department's life (indicators are few and long
 * kept). Call inside the transaction that inserts the indicator: a rolled-back insert rolls the counter back
 * too, so codes have no gaps. The one place a per-machine part would go when several machines share the data.
 */
export function nextKriCode(db: Db): string {
  const { last } = stmt(
    db,
    `INSERT INTO code_counters (prefix, period, last) VALUES ('YJ', '', 1)
     ON CONFLICT (prefix, period) DO UPDATE SET last = last + 1 RETURNING last`,
  ).get() as { last: number };
  return `YJ-${String(last).padStart(3, '0')}`;
}
