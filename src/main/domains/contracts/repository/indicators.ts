import { stmt, type Db } from '../../../db/connection';

/**
 * Payments overdue at the end of each day given: due before it, not received in full by it, on a contract
 * not terminated by then. The days are China calendar dates; one pass over the payment plan.
 */
export function countPaymentsOverdue(db: Db, days: readonly string[]): number[] {
  if (days.length === 0) return [];
  const columns = days.map(
    (_, i) =>
      `count(*) FILTER (WHERE m.due_on < @d${i} AND (m.done_on IS NULL OR m.done_on > @d${i})
                          AND (c.terminated_on IS NULL OR c.terminated_on > @d${i})) AS n${i}`,
  );
  const params: Record<string, string> = { last: [...days].sort().at(-1)! };
  days.forEach((day, i) => {
    params[`d${i}`] = day;
  });
  const row = stmt<Record<string, string>, Record<string, number>>(
    db,
    `SELECT ${columns.join(',\n')}
     FROM contract_milestones m JOIN contracts c ON c.id = m.contract_id
     WHERE m.kind = 'payment' AND m.due_on < @last AND m.deleted_at IS NULL AND c.deleted_at IS NULL`,
  ).get(params)!;
  return days.map((_, i) => row[`n${i}`]!);
}
