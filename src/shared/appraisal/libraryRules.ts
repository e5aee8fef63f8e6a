import type { FieldError } from '../contract/errors';
import { INDICATOR_CATEGORIES, SCORE_RANGE, type IndicatorCategory, type RatingBand } from './indicators';
import { TOTAL_WEIGHT, type CategoryWeights } from './templates';

/** Scores are kept to two decimals: enough to rank people, no false precision. */
const round2 = (n: number): number => Math.round(n * 100) / 100;

/**
 * A quantitative indicator's score by the 'ratio' formula: actual ÷ target × 100, never below 0 and never
 * above the cap. Without a positive target there is nothing to measure against: no score.
 */
export function quantitativeScore(actual: number, target: number, cap: number): number | null {
  if (!Number.isFinite(actual) || !Number.isFinite(target) || target <= 0) return null;
  return round2(Math.min(cap, Math.max(0, (actual / target) * 100)));
}

/**
 * The band a rated score falls in (its index), read by the bands' lower bounds: 74.5 is in the band that
 * starts at 60 when the next starts at 75. Null for a score outside 0–100.
 */
export function bandIndexOf(bands: readonly RatingBand[], score: number): number | null {
  if (!Number.isFinite(score) || score < SCORE_RANGE.min || score > SCORE_RANGE.max) return null;
  for (let i = bands.length - 1; i >= 0; i--) if (score >= bands[i]!.min) return i;
  return null;
}

/**
 * What is wrong with a rated indicator's bands, by field (`bands.<i>.min|max`): lowest first, the first
 * from 0, the last to 100, each starting right after the one before — no gap, no overlap.
 */
export function bandProblems(bands: readonly RatingBand[]): Record<string, FieldError> {
  const fields: Record<string, FieldError> = {};
  if (bands.length < 2) return { bands: { key: 'validation.appraisalBandsFew', params: { min: 2 } } };
  bands.forEach((b, i) => {
    if (b.min > b.max) fields[`bands.${i}.max`] = { key: 'validation.appraisalBandOrder' };
    if (i === 0) {
      if (b.min !== SCORE_RANGE.min)
        fields[`bands.${i}.min`] = { key: 'validation.appraisalBandStart', params: { min: SCORE_RANGE.min } };
      return;
    }
    const expected = bands[i - 1]!.max + 1;
    if (b.min > expected)
      fields[`bands.${i}.min`] = { key: 'validation.appraisalBandGap', params: { expected } };
    else if (b.min < expected)
      fields[`bands.${i}.min`] = { key: 'validation.appraisalBandOverlap', params: { expected } };
  });
  const last = bands.length - 1;
  if (bands[last]!.max !== SCORE_RANGE.max && !fields[`bands.${last}.max`])
    fields[`bands.${last}.max`] = { key: 'validation.appraisalBandEnd', params: { max: SCORE_RANGE.max } };
  return fields;
}

/** A template's indicators as the weight check needs them. */
export interface WeightedItem {
  category: IndicatorCategory;
  weight: number;
}

/** The sum of the weights of each category's indicators. */
export function categorySubtotals(items: readonly WeightedItem[]): CategoryWeights {
  const sums: CategoryWeights = { results: 0, attitude: 0, ability: 0 };
  for (const item of items) sums[item.category] += item.weight;
  return sums;
}

export const sumOfWeights = (weights: CategoryWeights): number =>
  INDICATOR_CATEGORIES.reduce((sum, c) => sum + weights[c], 0);

/** The key that names the category in its own words ("the results indicators add up to …"). */
const SUBTOTAL_KEYS: Record<IndicatorCategory, string> = {
  results: 'validation.appraisalResultsSubtotal',
  attitude: 'validation.appraisalAttitudeSubtotal',
  ability: 'validation.appraisalAbilitySubtotal',
};

/**
 * What is wrong with a template's weights, by field: the category weights must add up to 100
 * (`categoryWeightsTotal`), and each category's indicators to its category's weight (`subtotals.<category>`).
 * The screen shows the same sums live; main refuses a template with any of these.
 */
export function weightProblems(
  categoryWeights: CategoryWeights,
  items: readonly WeightedItem[],
): Record<string, FieldError> {
  const fields: Record<string, FieldError> = {};
  const total = sumOfWeights(categoryWeights);
  if (total !== TOTAL_WEIGHT)
    fields.categoryWeightsTotal = {
      key: 'validation.appraisalCategoryTotal',
      params: { sum: total, total: TOTAL_WEIGHT },
    };
  const subtotals = categorySubtotals(items);
  for (const c of INDICATOR_CATEGORIES)
    if (subtotals[c] !== categoryWeights[c])
      fields[`subtotals.${c}`] = {
        key: SUBTOTAL_KEYS[c],
        params: { sum: subtotals[c], weight: categoryWeights[c] },
      };
  return fields;
}
