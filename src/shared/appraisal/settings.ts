import { z } from 'zod';
import type { Grade } from './forms';

/**
 * Appraisal settings (六, DOMAIN.md §6), part of the department settings: the grade thresholds, the guideline
 * distribution, the appeal window and the weight of the quarterly results in an annual cycle.
 */

const score = () => z.number().int().min(1).max(100);
const percent = () => z.number().int().min(0).max(100);

export const appraisalSettingsFields = {
  /** The lowest final score of each grade; D is below C's. */
  appraisalGradeThresholds: z.strictObject({ S: score(), A: score(), B: score(), C: score() }),
  /** The guideline's ceiling on each grade's share of a cycle (percent); 100 for no ceiling. */
  appraisalGuideline: z.strictObject({
    S: percent(),
    A: percent(),
    B: percent(),
    C: percent(),
    D: percent(),
  }),
  /** Days after publication in which a person may appeal. */
  appraisalAppealDays: z.number().int().min(1).max(60),
  /** An annual cycle's final score takes the period's quarterly results in at this weight (percent). */
  appraisalQuarterWeight: percent(),
};

export type GradeThresholds = Record<Exclude<Grade, 'D'>, number>;
export type GradeGuideline = Record<Grade, number>;

export const DEFAULT_APPRAISAL_SETTINGS = {
  appraisalGradeThresholds: { S: 90, A: 80, B: 70, C: 60 } as GradeThresholds,
  appraisalGuideline: { S: 10, A: 30, B: 100, C: 100, D: 100 } as GradeGuideline,
  appraisalAppealDays: 7,
  appraisalQuarterWeight: 40,
};
