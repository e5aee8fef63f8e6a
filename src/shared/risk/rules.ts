import type { LevelMatrix } from './settings';
import type { RiskLevel } from './levels';
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
