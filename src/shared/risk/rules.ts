import type { LevelMatrix } from './settings';
import type { RiskLevel } from './levels';
import type { RiskStatus } from './types';
import { LEVELS_NEEDING_ACCEPTANCE_APPROVAL } from './levels';

/** Score = likelihood × impact (1–25). */
export const riskScore = (likelihood: number, impact: number): number => likelihood * impact;

/** The level of a cell of the manager's matrix. */
export function riskLevel(matrix: LevelMatrix, likelihood: number, impact: number): RiskLevel {
  const level = matrix[likelihood - 1]?.[impact - 1];
  if (level === undefined) throw new RangeError(`no cell ${likelihood}×${impact}`);
  return level;
}

/** Every (likelihood, impact) cell of the matrix at one of the given levels (a level filter in SQL). */
export function cellsOfLevels(
  matrix: LevelMatrix,
  levels: readonly RiskLevel[],
): { likelihood: number; impact: number }[] {
  const cells: { likelihood: number; impact: number }[] = [];
  matrix.forEach((row, l) =>
    row.forEach((level, i) => {
      if (levels.includes(level)) cells.push({ likelihood: l + 1, impact: i + 1 });
    }),
  );
  return cells;
}

export const acceptanceNeedsApproval = (level: RiskLevel | null): boolean =>
  level !== null && LEVELS_NEEDING_ACCEPTANCE_APPROVAL.includes(level);

/** Statuses in which a risk is reviewed periodically (identified ones are not assessed yet, closed ones done). */
export const REVIEWED_STATUSES: readonly RiskStatus[] = ['assessed', 'responding', 'monitoring'];

/**
 * When the next review of a risk is due: its last review (or first assessment) plus the review interval of
 * its current level; null while it is not reviewed periodically.
 */
export function nextReviewOn(
  risk: { status: RiskStatus; reviewBaseOn: string | null; level: RiskLevel | null },
  reviewDays: Record<RiskLevel, number>,
): string | null {
  if (!REVIEWED_STATUSES.includes(risk.status) || risk.reviewBaseOn === null || risk.level === null)
    return null;
  const ms = Date.parse(`${risk.reviewBaseOn}T00:00:00Z`) + reviewDays[risk.level] * 86_400_000;
  return new Date(ms).toISOString().slice(0, 10);
}
