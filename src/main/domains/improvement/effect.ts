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
import { clientsWithTransactions } from '../clients/transactions';
import { getSettings } from '../settings/service';
import type { MeasureRow } from './repository/measures';
import { clientsWithTickets, countComplaints } from './repository/tickets';

/**
 * Clients served in a window: distinct client files with a ticket of any kind received in it, or a
 * transaction dated in it (SERVICE.md). Days are China days.
 */
function clientsServed(ctx: Ctx, w: DayWindow): number {
  if (w.days === 0) return 0;
  const ids = new Set(clientsWithTickets(ctx.db, chinaDayStartIso(w.from), chinaDayStartIso(w.to)));
  for (const id of clientsWithTransactions(ctx, w.from, w.to)) ids.add(id);
  return ids.size;
}

/**
 * The effect check for measures read in one call: the settings and today read once, and each window's
 * clients served counted once however many measures share it (measures done the same day do).
 */
export function effectReader(ctx: Ctx): (m: MeasureRow) => EffectCheck | null {
  const { improvementWindowDays, improvementThresholdPct } = getSettings(ctx).settings;
  const today = chinaDateOf(ctx.clock.now());
  const served = new Map<string, number>();
  const servedIn = (w: DayWindow) => {
    const key = `${w.from}|${w.to}`;
    let n = served.get(key);
    if (n === undefined) served.set(key, (n = clientsServed(ctx, w)));
    return n;
  };
  const counts = (category: string, w: DayWindow): WindowCounts => ({
    complaints:
      w.days === 0 ? 0 : countComplaints(ctx.db, category, chinaDayStartIso(w.from), chinaDayStartIso(w.to)),
    clientsServed: servedIn(w),
  });
  return (m) => {
    if (m.status !== 'done' || m.effectiveFrom === null) return null;
    const windows = effectWindows(m.effectiveFrom, today, improvementWindowDays);
    return effectCheck(
      m.effectiveFrom,
      windows,
      { before: counts(m.causeCategory, windows.before), after: counts(m.causeCategory, windows.after) },
      improvementThresholdPct,
    );
  };
}
