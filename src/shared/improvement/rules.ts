import { chinaDateOf as chinaDateOfMs, chinaDayStart, dayOfIsoDate } from '../calendar/workingTime';
import type { Role } from '../contract/roles';
import { roleMay } from '../contract/permissions';
import {
  IMPROVEMENT_MOVES,
  type EffectCheck,
  type EffectVerdict,
  type EffectWindow,
  type ImprovementStatus,
} from './types';

/*
 * The rules of improvement measures both sides apply: who may move a measure, and the effect check's
 * arithmetic (SERVICE.md "Improvement measures"). Main counts; these turn counts into rates and a verdict.
 */

/** The after-window must have run this many days before the check says anything but 'pending'. */
export const EFFECT_MIN_DAYS = 14;
/** Rates are per 30 days ("per month") and per 100 clients served. */
export const DAYS_PER_MONTH = 30;

/** A measure still to be done (not done, not cancelled). */
export const isOpenStatus = (s: ImprovementStatus): boolean => s === 'planned' || s === 'in_progress';

/** Overdue: still open and its due date has passed (today is the China date of now). */
export const isOverdue = (m: { status: ImprovementStatus; dueDate: string }, today: string): boolean =>
  isOpenStatus(m.status) && m.dueDate < today;

/**
 * Whether this person may move this measure at all: the owner reports progress on their own; leads and up
 * (improvement.manage) on any.
 */
export const mayProgress = (m: { ownerId: string | null }, user: { staffId: string; role: Role }): boolean =>
  roleMay(user.role, 'improvement.manage') || (m.ownerId !== null && m.ownerId === user.staffId);

/** The status moves this person may make on this measure now: main refuses any other, the screen shows these. */
export function allowedMoves(
  m: { status: ImprovementStatus; ownerId: string | null },
  user: { staffId: string; role: Role },
): readonly ImprovementStatus[] {
  return mayProgress(m, user) ? IMPROVEMENT_MOVES[m.status] : [];
}

const DAY_MS = 86_400_000;

/**
 * The China calendar day of an instant. Measures, like tickets, count in Chinese days (the working
 * calendar's), so a window holds the same complaints on every machine whatever its time zone.
 */
export const chinaDateOf = (at: Date): string => chinaDateOfMs(at.getTime());

/** The instant (ISO, UTC) a China calendar day begins. */
export const chinaDayStartIso = (date: string): string =>
  new Date(chinaDayStart(dayOfIsoDate(date))).toISOString();

/** The calendar day `days` after `date` (YYYY-MM-DD; negative goes back). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `a` to `b` (YYYY-MM-DD). */
export const daysBetween = (a: string, b: string): number =>
  Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);

/** A window of whole days, [from, to): `to` is the first day after it. */
export interface DayWindow {
  from: string;
  to: string;
  days: number;
}

/**
 * The two windows of the effect check for a measure effective from `effectiveFrom`, today being `today`:
 * after = [eff, eff + N) cut at today (today is not over, so it does not count yet); before = the same
 * number of days just before eff. While the after-window is shorter than EFFECT_MIN_DAYS the check is
 * pending.
 */
export function effectWindows(
  effectiveFrom: string,
  today: string,
  windowDays: number,
): { before: DayWindow; after: DayWindow; pending: boolean } {
  const days = Math.max(0, Math.min(windowDays, daysBetween(effectiveFrom, today)));
  return {
    before: { from: addDays(effectiveFrom, -days), to: effectiveFrom, days },
    after: { from: effectiveFrom, to: addDays(effectiveFrom, days), days },
    pending: days < EFFECT_MIN_DAYS,
  };
}

/** What main counted in one window. */
export interface WindowCounts {
  complaints: number;
  clientsServed: number;
}

const round = (n: number, digits: number) => {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
};

const perMonthOf = (complaints: number, days: number) =>
  days > 0 ? (complaints * DAYS_PER_MONTH) / days : 0;

function effectWindow(w: DayWindow, c: WindowCounts): EffectWindow {
  return {
    ...w,
    complaints: c.complaints,
    clientsServed: c.clientsServed,
    perMonth: round(perMonthOf(c.complaints, w.days), 2),
    per100Clients: c.clientsServed > 0 ? round((c.complaints * 100) / c.clientsServed, 2) : null,
  };
}

/**
 * The verdict from the monthly rates: better when the rate fell by at least the threshold (percent),
 * worse when it rose by at least it, else no change. Both zero is no change; from zero to any complaint
 * is worse (a change no percentage expresses, so changePct is null).
 */
export function effectCheck(
  effectiveFrom: string,
  windows: { before: DayWindow; after: DayWindow; pending: boolean },
  counts: { before: WindowCounts; after: WindowCounts },
  thresholdPct: number,
): EffectCheck {
  const before = effectWindow(windows.before, counts.before);
  const after = effectWindow(windows.after, counts.after);
  if (windows.pending) return { effectiveFrom, before, after, changePct: null, verdict: 'pending' };
  const b = counts.before.complaints;
  const a = counts.after.complaints;
  if (b === 0)
    return { effectiveFrom, before, after, changePct: null, verdict: a === 0 ? 'no_change' : 'worse' };
  // From the counts and days themselves (rate = count / days): a change of exactly the threshold is
  // exactly it, never 9.999… from rounding the rates first.
  const [db, da] = [windows.before.days, windows.after.days];
  const change = ((a * db - b * da) * 100) / (b * da);
  const verdict: EffectVerdict =
    change <= -thresholdPct ? 'better' : change >= thresholdPct ? 'worse' : 'no_change';
  return { effectiveFrom, before, after, changePct: round(change, 1), verdict };
}
