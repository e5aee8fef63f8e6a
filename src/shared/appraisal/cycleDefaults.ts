import type { CycleKind, PhaseDeadlines } from './cycles';

/*
 * What the "open a cycle" form proposes: the period of the kind around today (the one just ended while the
 * new one is young — a cycle appraises a period that is over or nearly so), and deadlines a working week
 * apart (Monday to Friday; the manager moves them for holidays).
 */

const DAY_MS = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const ms = (date: string) => Date.parse(`${date}T00:00:00Z`);
/** Days into a period during which the previous period is the one proposed. */
const YOUNG_DAYS = 15;

function periodAround(kind: CycleKind, year: number, month: number): { from: string; to: string } {
  if (kind === 'annual') return { from: `${year}-01-01`, to: `${year}-12-31` };
  const first = kind === 'quarterly' ? month - (month % 3) : month;
  const months = kind === 'quarterly' ? 3 : 1;
  return { from: iso(Date.UTC(year, first, 1)), to: iso(Date.UTC(year, first + months, 0)) };
}

export function defaultPeriod(kind: CycleKind, today: string): { from: string; to: string } {
  const [y, m] = [Number(today.slice(0, 4)), Number(today.slice(5, 7)) - 1];
  const current = periodAround(kind, y, m);
  if ((ms(today) - ms(current.from)) / DAY_MS >= YOUNG_DAYS) return current;
  const dayBefore = new Date(ms(current.from) - DAY_MS);
  return periodAround(kind, dayBefore.getUTCFullYear(), dayBefore.getUTCMonth());
}

/** The date `days` working days (Monday–Friday) after `date`. */
export function addWeekdays(date: string, days: number): string {
  let t = ms(date);
  for (let left = days; left > 0;) {
    t += DAY_MS;
    const wd = new Date(t).getUTCDay();
    if (wd !== 0 && wd !== 6) left--;
  }
  return iso(t);
}

/**
 * Goal setting a week after the period starts (or after today, for a period already under way); the
 * self-assessment a week after the period ends; then a week for the supervisor and a week for the manager.
 */
export function defaultDeadlines(period: { from: string; to: string }, today: string): PhaseDeadlines {
  const goalSetting = addWeekdays(period.from > today ? period.from : today, 5);
  const selfFrom = period.to > goalSetting ? period.to : goalSetting;
  const selfAssessment = addWeekdays(selfFrom, 5);
  const supervisorReview = addWeekdays(selfAssessment, 5);
  return { goalSetting, selfAssessment, supervisorReview, managerReview: addWeekdays(supervisorReview, 5) };
}
