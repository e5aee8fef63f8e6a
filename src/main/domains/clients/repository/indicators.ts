import { stmt, type Db } from '../../../db/connection';

/** A period as instants: [start, end). */
export interface InstantRange {
  start: string;
  end: string;
}

/** Live client files that moved to 'lost' in each range (a file lost twice in one range counts once). */
export function countClientsLost(db: Db, ranges: readonly InstantRange[]): number[] {
  if (ranges.length === 0) return [];
  const columns = ranges.map(
    (_, i) =>
      `count(DISTINCT h.client_id) FILTER (WHERE h.changed_at >= @s${i} AND h.changed_at < @e${i}) AS n${i}`,
  );
  const params: Record<string, string> = { start: ranges[0]!.start, end: ranges.at(-1)!.end };
  ranges.forEach((r, i) => {
    params[`s${i}`] = r.start;
    params[`e${i}`] = r.end;
  });
  const row = stmt<Record<string, string>, Record<string, number>>(
    db,
    `SELECT ${columns.join(',\n')}
     FROM client_status_changes h JOIN clients c ON c.id = h.client_id
     WHERE h.to_status = 'lost' AND h.changed_at >= @start AND h.changed_at < @end AND c.deleted_at IS NULL`,
  ).get(params)!;
  return ranges.map((_, i) => row[`n${i}`]!);
}

/**
 * Follow-ups (next actions of communications on live files) overdue on each day: agreed by then (the
 * communication's time before the day ended), due before the day, and still open at its end — not done, or
 * done later. A follow-up keeps no time of its own for being done: the last change of a done follow-up
 * stands for it (marking it done is that change unless it was edited after).
 */
export function countFollowUpsOverdue(db: Db, days: readonly { day: string; dayEnd: string }[]): number[] {
  if (days.length === 0) return [];
  const columns = days.map(
    (_, i) =>
      `count(*) FILTER (WHERE m.next_action_date < @d${i} AND m.at < @e${i}
                          AND (m.next_action_done = 0 OR m.updated_at >= @e${i})
                          AND (m.deleted_at IS NULL OR m.deleted_at >= @e${i})) AS n${i}`,
  );
  const params: Record<string, string> = {
    last: days
      .map((d) => d.day)
      .sort()
      .at(-1)!,
  };
  days.forEach((d, i) => {
    params[`d${i}`] = d.day;
    params[`e${i}`] = d.dayEnd;
  });
  const row = stmt<Record<string, string>, Record<string, number>>(
    db,
    `SELECT ${columns.join(',\n')}
     FROM client_communications m JOIN clients c ON c.id = m.client_id
     WHERE m.next_action_date IS NOT NULL AND m.next_action_date < @last AND c.deleted_at IS NULL`,
  ).get(params)!;
  return days.map((_, i) => row[`n${i}`]!);
}
