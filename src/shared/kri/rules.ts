import type { KriDirection, KriListState, KriState } from './types';

/**
 * The thresholds' order: the alarm lies beyond the warning in the direction the figure worsens — above it
 * when higher is worse, below it when lower is worse. Equal thresholds would make the warning unreachable.
 */
export function thresholdsInOrder(direction: KriDirection, warning: number, alarm: number): boolean {
  return direction === 'higher_worse' ? warning < alarm : warning > alarm;
}

/**
 * The state of a value: reaching a threshold counts (≥ when higher is worse, ≤ when lower is worse), the
 * alarm before the warning.
 */
export function readingState(
  direction: KriDirection,
  thresholds: { warning: number; alarm: number },
  value: number,
): KriState {
  const reaches = (t: number) => (direction === 'higher_worse' ? value >= t : value <= t);
  if (reaches(thresholds.alarm)) return 'alarm';
  if (reaches(thresholds.warning)) return 'warning';
  return 'normal';
}

/** Worst first: alarm, warning, normal, then indicators without a reading. */
export const STATE_RANK: Record<KriListState, number> = { alarm: 0, warning: 1, normal: 2, none: 3 };

/** The threshold a state is measured against (the one the value reached). */
export const thresholdOf = (
  state: Exclude<KriState, 'normal'>,
  thresholds: { warning: number; alarm: number },
): number => (state === 'alarm' ? thresholds.alarm : thresholds.warning);
