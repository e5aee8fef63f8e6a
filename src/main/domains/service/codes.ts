import { chinaDateOf } from '../../../shared/calendar/workingTime';
import { stmt, type Db } from '../../db/connection';

/**
 * The ticket code, TS-<yyyymmdd>-<nnn>, numbered per day of the received time on the Chinese calendar's
 * date (the day the desk took the call, wherever the machine's clock is set). The one place codes are made:
 * call it inside the transaction that inserts the ticket, so a rolled-back insert takes its number back.
 */
export function ticketCode(db: Db, receivedAt: string): string {
  const day = chinaDateOf(Date.parse(receivedAt)).replaceAll('-', '');
  const { last } = stmt(
    db,
    `INSERT INTO code_counters (prefix, period, last) VALUES ('TS', ?, 1)
     ON CONFLICT (prefix, period) DO UPDATE SET last = last + 1 RETURNING last`,
  ).get(day) as { last: number };
  return `TS-${day}-${String(last).padStart(3, '0')}`;
}
