import { KRI_PERIODS_SHOWN } from '../../../shared/kri/periods';
import { readingState } from '../../../shared/kri/rules';
import type { Kri, KriReading } from '../../../shared/kri/types';
import type { Ctx } from '../../core/context';
import type { KriRow } from './repository/kris';
import { listReadings, type ReadingRow } from './repository/readings';
import { computedSeriesCache } from './sources';

/**
 * An indicator's readings: those typed in, or its figures per period computed on read. The state of each is
 * judged against the thresholds as they are now.
 */
export type SeriesReader = ReturnType<typeof seriesReader>;

const thresholdsOf = (k: KriRow) => ({ warning: k.warningThreshold, alarm: k.alarmThreshold });

export function typedReading(
  k: KriRow,
  r: Pick<ReadingRow, 'id' | 'periodOn' | 'value' | 'note' | 'version'>,
): KriReading {
  return {
    id: r.id,
    periodOn: r.periodOn,
    period: null,
    partial: false,
    value: r.value,
    note: r.note,
    state: readingState(k.direction, thresholdsOf(k), r.value),
    version: r.version,
  };
}

export function seriesReader(ctx: Ctx) {
  const computed = computedSeriesCache(ctx);

  function computedReadings(k: KriRow, count: number): KriReading[] {
    if (k.source === 'manual') return [];
    const { periods, values } = computed(k.source, k.frequency, count);
    return periods.map((p, i) => ({
      id: null,
      periodOn: p.to,
      period: p.key,
      partial: p.partial,
      value: values[i]!,
      note: null,
      state: readingState(k.direction, thresholdsOf(k), values[i]!),
      version: null,
    }));
  }

  /** Every reading, oldest first. */
  function all(k: KriRow): KriReading[] {
    if (k.source !== 'manual') return computedReadings(k, KRI_PERIODS_SHOWN[k.frequency]);
    return listReadings(ctx.db, k.id).map((r) => typedReading(k, r));
  }

  /** The newest reading: the last typed in, or the running period to date. */
  function latest(k: KriRow): KriReading | null {
    if (k.source !== 'manual') return computedReadings(k, 1)[0] ?? null;
    return k.latestReading ? typedReading(k, k.latestReading) : null;
  }

  /** The row as the contract's record, its newest reading and state with it. */
  function toKri(k: KriRow): Kri {
    const { latestReading: _latest, ...rest } = k;
    const newest = latest(k);
    return { ...rest, latest: newest, state: newest?.state ?? 'none' };
  }

  return { all, latest, toKri };
}
