import {
  chinaDateOf,
  chinaDayStartIso,
  effectCheck,
  effectWindows,
  type DayWindow,
  type WindowCounts,
} from '../../../shared/improvement/rules';
import type { EffectCheck } from '../../../shared/improvement/types';
import type { Ctx } from '../../core/context';
import { transactionDays } from '../clients/transactions';
import { getSettings } from '../settings/service';
import type { MeasureRow } from './repository/measures';
import { clientsWithTickets, complaintCount, ticketMarks } from '../service/activity';

/** The first index of a sorted array whose value is not below `key`. */
function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** What the effect check counts in a window: complaints of a category, clients served. */
interface WindowCounter {
  counts(category: string, w: DayWindow): WindowCounts;
}

/**
 * Counts asked of the database window by window, for a few windows (one measure's page): each an index
 * range of its own days only.
 */
class WindowQueries implements WindowCounter {
  constructor(private readonly ctx: Ctx) {}

  counts(category: string, w: DayWindow): WindowCounts {
    const [fromIso, toIso] = [chinaDayStartIso(w.from), chinaDayStartIso(w.to)];
    const served = new Set(clientsWithTickets(this.ctx, fromIso, toIso));
    for (const [, clientId] of transactionDays(this.ctx, w.from, w.to)) served.add(clientId);
    return { complaints: complaintCount(this.ctx, category, fromIso, toIso), clientsServed: served.size };
  }
}

/**
 * The department's activity over a span of China days, read once for every window of a batch of measures:
 * tickets (time, client; complaints also by category) and transactions (date, client), each in time order,
 * so a window is a slice found by binary search. Clients are numbered, and counting the distinct ones in a
 * slice marks each with the count's own number — no set is built per window.
 */
class Activity implements WindowCounter {
  private readonly ticketTimes: string[] = [];
  private readonly ticketClients: number[] = [];
  private readonly complaintTimes = new Map<string, string[]>();
  private readonly txDates: string[] = [];
  private readonly txClients: number[] = [];
  private readonly marks: Int32Array;
  private count = 0;

  constructor(ctx: Ctx, from: string, to: string) {
    const numbers = new Map<string, number>();
    const numberOf = (id: string) => {
      let n = numbers.get(id);
      if (n === undefined) numbers.set(id, (n = numbers.size));
      return n;
    };
    for (const [at, kind, category, clientId] of ticketMarks(
      ctx,
      chinaDayStartIso(from),
      chinaDayStartIso(to),
    )) {
      if (kind === 'complaint') {
        let times = this.complaintTimes.get(category);
        if (!times) this.complaintTimes.set(category, (times = []));
        times.push(at);
      }
      if (clientId === null) continue;
      this.ticketTimes.push(at);
      this.ticketClients.push(numberOf(clientId));
    }
    for (const [date, clientId] of transactionDays(ctx, from, to)) {
      this.txDates.push(date);
      this.txClients.push(numberOf(clientId));
    }
    this.marks = new Int32Array(numbers.size);
  }

  /** Complaints of the category received in the window. */
  complaints(category: string, w: DayWindow): number {
    const times = this.complaintTimes.get(category) ?? [];
    return lowerBound(times, chinaDayStartIso(w.to)) - lowerBound(times, chinaDayStartIso(w.from));
  }

  /** Distinct clients with a ticket of any kind or a transaction in the window (SERVICE.md). */
  clientsServed(w: DayWindow): number {
    const mark = ++this.count;
    let served = 0;
    const tally = (clients: readonly number[], lo: number, hi: number) => {
      for (let i = lo; i < hi; i++) {
        const c = clients[i]!;
        if (this.marks[c] !== mark) {
          this.marks[c] = mark;
          served++;
        }
      }
    };
    tally(
      this.ticketClients,
      lowerBound(this.ticketTimes, chinaDayStartIso(w.from)),
      lowerBound(this.ticketTimes, chinaDayStartIso(w.to)),
    );
    tally(this.txClients, lowerBound(this.txDates, w.from), lowerBound(this.txDates, w.to));
    return served;
  }

  counts(category: string, w: DayWindow): WindowCounts {
    return { complaints: this.complaints(category, w), clientsServed: this.clientsServed(w) };
  }
}

/** Up to this many measures are counted window by window; more in one pass over their span. */
const FEW_MEASURES = 2;

/**
 * The effect check of each measure (null for one not done), as of today, with the settings' window and
 * threshold: the activity of every window the batch needs is read in one pass.
 */
export function effectsOf(ctx: Ctx, rows: readonly MeasureRow[]): (EffectCheck | null)[] {
  const { improvementWindowDays, improvementThresholdPct } = getSettings(ctx).settings;
  const today = chinaDateOf(ctx.clock.now());
  const windows = rows.map((m) =>
    m.status === 'done' && m.effectiveFrom !== null
      ? effectWindows(m.effectiveFrom, today, improvementWindowDays)
      : null,
  );
  const spans = windows.filter((w) => w !== null);
  if (spans.length === 0) return rows.map(() => null);
  const from = spans.map((w) => w.before.from).reduce((a, b) => (a < b ? a : b));
  const to = spans.map((w) => w.after.to).reduce((a, b) => (a > b ? a : b));
  // A list page of measures done at different times: one pass over their whole span beats a query per
  // window; a measure or two: their own windows' days are far fewer to read.
  const counter: WindowCounter =
    spans.length > FEW_MEASURES ? new Activity(ctx, from, to) : new WindowQueries(ctx);
  return rows.map((m, i) => {
    const w = windows[i];
    if (!w) return null;
    return effectCheck(
      m.effectiveFrom!,
      w,
      {
        before: counter.counts(m.causeCategory, w.before),
        after: counter.counts(m.causeCategory, w.after),
      },
      improvementThresholdPct,
    );
  });
}
