/**
 * Sales plans' pure rules (三(二)1), the same on both sides: the period a plan covers from its kind and start,
 * whether a date may start such a period, the period a day falls in, and progress against a target.
 */

export const PERIOD_KINDS = ['month', 'quarter', 'year'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** Months a period of each kind may start in (1–12): a quarter starts in January, April, July or October. */
const START_MONTHS: Record<PeriodKind, readonly number[]> = {
  month: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
  quarter: [1, 4, 7, 10],
  year: [1],
};
const MONTHS: Record<PeriodKind, number> = { month: 1, quarter: 3, year: 12 };

const pad = (n: number) => String(n).padStart(2, '0');
const parts = (date: string) => [
  Number(date.slice(0, 4)),
  Number(date.slice(5, 7)),
  Number(date.slice(8, 10)),
];

/** Whether `date` (YYYY-MM-DD) is the first day of a period of this kind. */
export function isPeriodStart(kind: PeriodKind, date: string): boolean {
  const [, month, day] = parts(date);
  return day === 1 && START_MONTHS[kind].includes(month!);
}

/** The field error of a period start that is not the first day of a period of its kind. */
export const PERIOD_START_KEY: Record<PeriodKind, string> = {
  month: 'validation.salesPlanStartMonth',
  quarter: 'validation.salesPlanStartQuarter',
  year: 'validation.salesPlanStartYear',
};

/** The last day of the period of this kind starting on `from` (a period start). */
export function periodEnd(kind: PeriodKind, from: string): string {
  const [year, month] = parts(from);
  // Day 0 of the month after the period is its last day.
  const last = new Date(Date.UTC(year!, month! - 1 + MONTHS[kind], 0));
  return last.toISOString().slice(0, 10);
}

/** The start of the period of this kind that `date` falls in. */
export function periodStartOf(kind: PeriodKind, date: string): string {
  const [year, month] = parts(date);
  const start = START_MONTHS[kind].filter((m) => m <= month!).at(-1)!;
  return `${year}-${pad(start)}-01`;
}

/** The period's start moved by `steps` periods (the page's previous / next). */
export function shiftPeriod(kind: PeriodKind, from: string, steps: number): string {
  const [year, month] = parts(from);
  const d = new Date(Date.UTC(year!, month! - 1 + steps * MONTHS[kind], 1));
  return d.toISOString().slice(0, 10);
}

/** Actual against target as a percentage (above 100 when the target is beaten); null when no target was set. */
export function progressPct(actual: number, target: number): number | null {
  return target > 0 ? (actual / target) * 100 : null;
}

export type SplitState = 'match' | 'under' | 'over' | 'noTarget';

/**
 * How the people's targets of a group add up against the group's own target. A warning, never a block: a
 * lead enters the split one person at a time, so it is uneven between saves; and a lead may deliberately
 * split more than the group's target (a stretch) or keep a reserve — the rulebook asks that the split be
 * set, not that it be exact. The page shows the difference so that it is a choice, not an accident.
 */
export function splitState(groupTarget: number | null, peopleSum: number): SplitState {
  if (groupTarget === null || groupTarget === 0) return 'noTarget';
  if (peopleSum === groupTarget) return 'match';
  return peopleSum < groupTarget ? 'under' : 'over';
}
