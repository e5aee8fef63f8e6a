import { stmt, type Db } from '../../../db/connection';

/** A period as instants: [start, end). */
export interface InstantRange {
  start: string;
  end: string;
}

/**
 * Complaint deadlines (first response, resolution) falling due in each range that were missed by `now`: met
 * after they fell due, or not met and already past. Each deadline counts on its own (a complaint can miss
 * both). One pass over the complaints received from `receivedFrom` to the last range's end, by the
 * (kind, received_at) index, which carries every column used here; each range is a filter of that pass.
 */
export function countMissedDeadlines(
  db: Db,
  receivedFrom: string,
  ranges: readonly InstantRange[],
  now: string,
): number[] {
  if (ranges.length === 0) return [];
  const missed = (due: string, met: string, i: number) =>
    `count(*) FILTER (WHERE ${due} >= @s${i} AND ${due} < @e${i} AND ${due} < @now
                        AND (${met} IS NULL OR ${met} > ${due}))`;
  const columns = ranges.map(
    (_, i) =>
      `${missed('response_due_at', 'first_response_at', i)} + ${missed('resolution_due_at', 'resolved_at', i)} AS n${i}`,
  );
  const params: Record<string, string> = { receivedFrom, now, end: ranges.at(-1)!.end };
  ranges.forEach((r, i) => {
    params[`s${i}`] = r.start;
    params[`e${i}`] = r.end;
  });
  const row = stmt<Record<string, string>, Record<string, number>>(
    db,
    `SELECT ${columns.join(',\n')}
     FROM service_tickets INDEXED BY service_tickets_kind_received
     WHERE kind = 'complaint' AND received_at >= @receivedFrom AND received_at < @end AND deleted_at IS NULL`,
  ).get(params)!;
  return ranges.map((_, i) => row[`n${i}`]!);
}
