import { stmt, type Db } from '../../db/connection';

/**
 * The next meeting code, FXHY-<year>-<nnn>, numbered per year the meeting was held. Call inside the
 * transaction that inserts the meeting: a rolled-back insert rolls the counter back too, so codes have no
 * gaps. The one place a per-machine part would go when several machines share the data.
 */
export function nextMeetingCode(db: Db, heldOn: string): string {
  const year = heldOn.slice(0, 4);
  const { last } = stmt(
    db,
    `INSERT INTO code_counters (prefix, period, last) VALUES ('FXHY', ?, 1)
     ON CONFLICT (prefix, period) DO UPDATE SET last = last + 1 RETURNING last`,
  ).get(year) as { last: number };
  return `FXHY-${year}-${String(last).padStart(3, '0')}`;
}
