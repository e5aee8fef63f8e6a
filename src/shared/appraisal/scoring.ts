import type { FieldError } from '../contract/errors';
import { GRADES, type FormItem, type Grade, type GradeDistribution } from './forms';
import { quantitativeScore } from './libraryRules';
import type { GradeGuideline, GradeThresholds } from './settings';

/*
 * How a form's scores become a result (六(三)4): each indicator's score, the weighted total 0–100, the
 * annual blend with the quarters, the grade by the settings' thresholds, the distribution against the
 * guideline.
 */

const round2 = (n: number): number => Math.round(n * 100) / 100;

/** A quantitative indicator's score from its actual and target (null until both are there). */
export function formulaScore(item: Pick<FormItem, 'actual' | 'target' | 'cap'>): number | null {
  if (item.actual === null || item.target === null || item.cap === null) return null;
  return quantitativeScore(item.actual, item.target, item.cap);
}

/**
 * Σ weight × score ÷ 100 over the indicators, each score capped at 100 in the total so an overachieved
 * indicator cannot make up for another beyond a perfect score; null while any indicator has no score.
 */
export function weightedTotal(items: readonly { weight: number; score: number | null }[]): number | null {
  let sum = 0;
  for (const i of items) {
    if (i.score === null) return null;
    sum += i.weight * Math.min(100, i.score);
  }
  return round2(sum / 100);
}

/** The self-assessment's total: the person's own scores. */
export const selfTotalOf = (items: readonly FormItem[]): number | null =>
  weightedTotal(items.map((i) => ({ weight: i.weight, score: i.selfScore })));

/**
 * An indicator's score in the evaluation: the evaluator's for a rated one, the formula's for a quantitative
 * one — except a computed indicator with nothing to measure (no feedback score in the period: its actual is
 * empty), which the evaluator scores by hand; once the records give an actual, the formula's counts.
 */
export function evalScoreOf(
  item: Pick<FormItem, 'scoring' | 'source' | 'actual' | 'target' | 'cap' | 'evalScore'>,
): number | null {
  if (item.scoring !== 'quantitative') return item.evalScore;
  const formula = formulaScore(item);
  if (formula !== null) return formula;
  return item.source !== 'manual' && item.actual === null ? item.evalScore : null;
}

/** The evaluation's total: the evaluator's scores, the formula's for quantitative indicators. */
export const evalTotalOf = (items: readonly FormItem[]): number | null =>
  weightedTotal(items.map((i) => ({ weight: i.weight, score: evalScoreOf(i) })));

/**
 * An annual cycle's score: the year's own evaluation blended with the mean of the person's quarterly results
 * in the period at the settings' weight; the evaluation alone when there are no quarterly results.
 */
export function annualBlend(
  own: number | null,
  quarterMean: number | null,
  quarterWeight: number,
): number | null {
  if (own === null) return null;
  if (quarterMean === null) return own;
  return round2((own * (100 - quarterWeight) + quarterMean * quarterWeight) / 100);
}

/** The final score: the manager's adjustment if there is one, else the (blended) evaluation. */
export function finalScoreOf(evaluation: number | null, adjusted: number | null): number | null {
  return adjusted ?? evaluation;
}

/** S ≥ 90, A ≥ 80, B ≥ 70, C ≥ 60, D below (the settings' thresholds). */
export function gradeOf(score: number | null, t: GradeThresholds): Grade | null {
  if (score === null || !Number.isFinite(score)) return null;
  if (score >= t.S) return 'S';
  if (score >= t.A) return 'A';
  if (score >= t.B) return 'B';
  if (score >= t.C) return 'C';
  return 'D';
}

/** The thresholds must fall from S to C; a field error on the first one that does not. */
export function thresholdProblems(t: GradeThresholds): Record<string, FieldError> {
  const order = ['S', 'A', 'B', 'C'] as const;
  for (let i = 1; i < order.length; i++) {
    const [higher, lower] = [order[i - 1]!, order[i]!];
    if (t[lower] >= t[higher])
      return {
        [`appraisalGradeThresholds.${lower}`]: {
          key: 'validation.appraisalThresholdOrder',
          params: { grade: lower, higher, score: t[higher] },
        },
      };
  }
  return {};
}

/** How many people got each grade, and which grades are above the guideline's ceiling. */
export function distributionOf(
  grades: readonly (Grade | null)[],
  guideline: GradeGuideline,
): GradeDistribution {
  const counts = Object.fromEntries(GRADES.map((g) => [g, 0])) as Record<Grade, number>;
  let graded = 0;
  for (const g of grades)
    if (g) {
      counts[g]++;
      graded++;
    }
  const overGuideline = GRADES.flatMap((grade) => {
    const share = graded ? round2((counts[grade] / graded) * 100) : 0;
    return share > guideline[grade] ? [{ grade, share, ceiling: guideline[grade] }] : [];
  });
  return { counts, graded, overGuideline };
}
