import { fieldRefusal } from '../../core/refusals';
import type { Ctx } from '../../core/context';
import type {
  CountPair,
  DatePeriod,
  DurationFigure,
  ParetoRow,
  PeriodFigures,
  ServiceStats,
  SlaFigure,
} from '../../../shared/service/stats';
import { UNASSIGNED_DEPARTMENT } from '../../../shared/service/stats';
import {
  STATS_MAX_DAYS,
  periodDays,
  periodInstants,
  periodMonths,
  previousPeriod,
} from '../../../shared/service/statsPeriod';
import type { TicketChannel, TicketKind } from '../../../shared/service/types';
import { getSettings } from '../settings/service';
import { countReceived, periodAggregates, type PeriodAggregates } from './repository/stats';

const round1 = (x: number) => Math.round(x * 10) / 10;
const round2 = (x: number) => Math.round(x * 100) / 100;
const pct = (part: number, whole: number): number | null =>
  whole === 0 ? null : round1((part / whole) * 100);

function sla(due: number, met: number): SlaFigure {
  return { due, met, pct: pct(met, due) };
}

/**
 * Rearranges `v` so that v[k] holds the value a sort would put there, everything before it no greater and
 * everything after no smaller (Hoare's selection): a median of a year's tickets without sorting them all.
 */
function selectKth(v: Float64Array, k: number): number {
  let lo = 0;
  let hi = v.length - 1;
  while (lo < hi) {
    const pivot = v[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (v[i]! < pivot) i++;
      while (v[j]! > pivot) j--;
      if (i <= j) {
        const t = v[i]!;
        v[i++] = v[j]!;
        v[j--] = t;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else break;
  }
  return v[k]!;
}

/** Mean and median of durations in seconds, as hours (one decimal). */
export function durationFigure(seconds: readonly number[]): DurationFigure {
  const n = seconds.length;
  if (n === 0) return { n, meanHours: null, medianHours: null };
  const v = Float64Array.from(seconds);
  const mid = n >> 1;
  const upper = selectKth(v, mid);
  // With an even count the median is the mean of the two middle values: the lower one is the largest of
  // the values selection left before the upper one.
  let median = upper;
  if (n % 2 === 0) {
    let lower = -Infinity;
    for (let i = 0; i < mid; i++) if (v[i]! > lower) lower = v[i]!;
    median = (lower + upper) / 2;
  }
  let sum = 0;
  for (let i = 0; i < n; i++) sum += v[i]!;
  return { n, meanHours: round1(sum / n / 3600), medianHours: round1(median / 3600) };
}

interface PeriodResult {
  figures: PeriodFigures;
  aggregates: PeriodAggregates;
}

function periodResult(
  ctx: Ctx,
  kind: TicketKind,
  period: DatePeriod,
  lists: { categories: string[]; departments: string[] },
): PeriodResult {
  const range = { kind, ...periodInstants(period) };
  const a = periodAggregates(ctx.db, range, { now: ctx.clock.now().toISOString(), ...lists });
  return {
    aggregates: a,
    figures: {
      total: a.total,
      responseSla: sla(a.responseDue, a.responseMet),
      resolutionSla: sla(a.resolutionDue, a.resolutionMet),
      toResponse: durationFigure(a.toResponse),
      toResolution: durationFigure(a.toResolution),
      satisfaction: {
        n: a.scored,
        meanScore: a.scored === 0 ? null : round2(a.scoreSum / a.scored),
        satisfiedPct: pct(a.satisfied, a.scored),
      },
      reopened: a.reopened,
    },
  };
}

/** Both periods' counts per key, most first (ties by key), without keys that have nothing in either. */
function pairs<K extends string>(
  current: Map<K, number>,
  previous: Map<K, number>,
): (CountPair & { key: K })[] {
  const keys = new Set([...current.keys(), ...previous.keys()]);
  return [...keys]
    .map((key) => ({ key, count: current.get(key) ?? 0, previous: previous.get(key) ?? 0 }))
    .filter((p) => p.count > 0 || p.previous > 0)
    .sort(
      (a, b) => b.count - a.count || b.previous - a.previous || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
    );
}

const departmentKeys = (m: Map<string | null, number>) =>
  new Map([...m].map(([k, n]) => [k ?? UNASSIGNED_DEPARTMENT, n]));

/** The causes that make most complaints: categories by count (ties by key), each share and the running share. */
export function paretoRows(byCategory: Map<string, number>, total: number): ParetoRow[] {
  const rows = [...byCategory]
    .filter(([, n]) => n > 0)
    .sort(([ka, a], [kb, b]) => b - a || (ka < kb ? -1 : ka > kb ? 1 : 0));
  let running = 0;
  return rows.map(([key, count]) => {
    running += count;
    return { key, count, share: round1((count / total) * 100), cumulative: round1((running / total) * 100) };
  });
}

/**
 * The statistics of one kind of ticket received in a period (三(三)5), beside the previous period of the same
 * length: counts by category, channel, responsible department and month; first-response and resolution
 * deadlines met; mean and median calendar hours to each; satisfaction; reopened tickets; the Pareto of
 * causes. The whole department's tickets: the statistics are for those who run the desk.
 */
export function serviceStats(ctx: Ctx, input: { from: string; to: string; kind: TicketKind }): ServiceStats {
  const period = { from: input.from, to: input.to };
  if (period.to < period.from) throw fieldRefusal('VALIDATION', 'to', 'validation.periodOrder');
  if (periodDays(period) > STATS_MAX_DAYS)
    throw fieldRefusal('VALIDATION', 'from', 'validation.periodTooLong');
  const previous = previousPeriod(period);
  const { settings } = getSettings(ctx);
  const lists = {
    categories: settings.serviceCategories.map((c) => c.key),
    departments: settings.serviceDepartments.map((d) => d.key),
  };
  const cur = periodResult(ctx, input.kind, period, lists);
  const prev = periodResult(ctx, input.kind, previous, lists);

  return {
    kind: input.kind,
    period,
    previousPeriod: previous,
    current: cur.figures,
    previous: prev.figures,
    byCategory: pairs(cur.aggregates.byCategory, prev.aggregates.byCategory),
    byChannel: pairs<TicketChannel>(cur.aggregates.byChannel, prev.aggregates.byChannel),
    byDepartment: pairs(
      departmentKeys(cur.aggregates.byDepartment),
      departmentKeys(prev.aggregates.byDepartment),
    ),
    byMonth: periodMonths(period).map((m) => ({
      month: m.month,
      count: countReceived(ctx.db, { kind: input.kind, ...periodInstants(m) }),
    })),
    pareto: paretoRows(cur.aggregates.byCategory, cur.figures.total),
  };
}
