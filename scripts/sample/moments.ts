import type { SampleContext } from './context';
import { officeMinutesLater } from './service';

/**
 * When the next step of one record happens: on a working day about `ago` days before today, in office
 * hours, but never before the record's previous step (a weekend moves a day back, so two steps a few days
 * apart could swap) — then a little after it. Null when that would be now or later: the step has not
 * happened yet, and the record stays where it is.
 */
export function stepAt(ctx: SampleContext, after: Date | null, ago: number): Date | null {
  const { time, rng } = ctx;
  let at = time.workMoment(rng, Math.max(0, Math.round(ago)));
  if (after && at.getTime() <= after.getTime()) at = officeMinutesLater(time, after, rng.int(20, 90));
  if (at.getTime() >= time.now.getTime() - 60_000) return null;
  return at;
}

/** `minutes` of office time after `from` (a few minutes' typing, an afternoon's work), or null when not yet. */
export function shortlyAfter(ctx: SampleContext, from: Date, minutes: number): Date | null {
  const at = officeMinutesLater(ctx.time, from, minutes);
  return at.getTime() >= ctx.time.now.getTime() - 60_000 ? null : at;
}

/** Whole days from a moment to the sample's now. */
export const daysBefore = (ctx: SampleContext, moment: Date): number =>
  (ctx.time.now.getTime() - moment.getTime()) / 86_400_000;
