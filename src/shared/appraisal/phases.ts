/**
 * The kinds of appraisal cycle and the phases a cycle moves through (六(二)(三)), which the cycle and each of
 * its forms share.
 */

export const CYCLE_KINDS = ['monthly', 'quarterly', 'annual'] as const;
export type CycleKind = (typeof CYCLE_KINDS)[number];

/**
 * The phases in order. 'published' is the appeal window: results are out, each person acknowledges theirs
 * and may appeal until the cycle's appealUntil; the manager closes the cycle after it.
 */
export const CYCLE_PHASES = [
  'goalSetting',
  'selfAssessment',
  'supervisorReview',
  'managerReview',
  'published',
  'closed',
] as const;
export type CyclePhase = (typeof CYCLE_PHASES)[number];

/** The phases whose deadline the manager sets when opening the cycle (the appeal window follows publication). */
export const DEADLINE_PHASES = [
  'goalSetting',
  'selfAssessment',
  'supervisorReview',
  'managerReview',
] as const;
export type DeadlinePhase = (typeof DEADLINE_PHASES)[number];
export type PhaseDeadlines = Record<DeadlinePhase, string>;

/** The phase after this one; null for closed. Phases only move forward, one at a time. */
export function nextPhase(phase: CyclePhase): CyclePhase | null {
  const i = CYCLE_PHASES.indexOf(phase);
  return CYCLE_PHASES[i + 1] ?? null;
}

/** Whether `phase` is `than` or later. */
export const phaseReached = (phase: CyclePhase, than: CyclePhase): boolean =>
  CYCLE_PHASES.indexOf(phase) >= CYCLE_PHASES.indexOf(than);
