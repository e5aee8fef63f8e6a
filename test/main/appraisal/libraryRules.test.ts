import { describe, expect, it } from 'vitest';
import {
  bandIndexOf,
  bandProblems,
  categorySubtotals,
  quantitativeScore,
  weightProblems,
} from '../../../src/shared/appraisal/libraryRules';
import { FOUR_BANDS } from '../../support/appraisalInputs';

describe('quantitative score: actual ÷ target × 100, from 0 up to the cap', () => {
  it.each([
    [0, 100, 120, 0],
    [50, 100, 120, 50],
    [99.99, 100, 120, 99.99],
    [100, 100, 120, 100],
    [119, 100, 120, 119],
    [120, 100, 120, 120],
    [120.01, 100, 120, 120],
    [500, 100, 120, 120],
    [100, 100, 100, 100],
    [101, 100, 100, 100],
    [200, 100, 200, 200],
    [250, 100, 200, 200],
  ])('actual %s against %s, cap %s → %s', (actual, target, cap, score) => {
    expect(quantitativeScore(actual, target, cap)).toBe(score);
  });

  it('never goes below 0 (a loss against a profit target)', () => {
    expect(quantitativeScore(-30_000, 100_000, 120)).toBe(0);
  });

  it('rounds to two decimals', () => {
    expect(quantitativeScore(1, 3, 120)).toBe(33.33);
  });

  it('gives no score without a positive target', () => {
    expect(quantitativeScore(50, 0, 120)).toBeNull();
    expect(quantitativeScore(50, -10, 120)).toBeNull();
    expect(quantitativeScore(Number.NaN, 100, 120)).toBeNull();
  });

  it('scores client satisfaction: a mean of 4.5 (× 20 = 90) against a target of 90 is 100', () => {
    expect(quantitativeScore(4.5 * 20, 90, 110)).toBe(100);
    expect(quantitativeScore(5 * 20, 90, 110)).toBe(110);
  });
});

describe('rated score: the band it falls in', () => {
  it.each([
    [0, 0],
    [59, 0],
    [59.5, 0],
    [60, 1],
    [74, 1],
    [75, 2],
    [89.99, 2],
    [90, 3],
    [100, 3],
  ])('%s is in band %s', (score, band) => {
    expect(bandIndexOf(FOUR_BANDS, score)).toBe(band);
  });

  it('has no band outside 0–100', () => {
    expect(bandIndexOf(FOUR_BANDS, -0.01)).toBeNull();
    expect(bandIndexOf(FOUR_BANDS, 100.01)).toBeNull();
  });
});

describe('rated bands must cover 0–100 without gaps or overlaps', () => {
  const band = (min: number, max: number) => ({ min, max, anchorZh: '描述', anchorEn: 'Anchor' });
  const keys = (bands: ReturnType<typeof band>[]) =>
    Object.fromEntries(Object.entries(bandProblems(bands)).map(([f, e]) => [f, e.key]));

  it('accepts bands that cover exactly 0–100', () => {
    expect(bandProblems(FOUR_BANDS)).toEqual({});
    expect(bandProblems([band(0, 49), band(50, 100)])).toEqual({});
  });

  it('needs at least two bands', () => {
    expect(keys([band(0, 100)])).toEqual({ bands: 'validation.appraisalBandsFew' });
  });

  it('starts at 0 and ends at 100', () => {
    expect(keys([band(1, 49), band(50, 100)])).toEqual({ 'bands.0.min': 'validation.appraisalBandStart' });
    expect(keys([band(0, 49), band(50, 99)])).toEqual({ 'bands.1.max': 'validation.appraisalBandEnd' });
  });

  it('refuses a gap and an overlap, under the band that starts wrong', () => {
    expect(keys([band(0, 49), band(51, 100)])).toEqual({ 'bands.1.min': 'validation.appraisalBandGap' });
    expect(keys([band(0, 49), band(49, 100)])).toEqual({ 'bands.1.min': 'validation.appraisalBandOverlap' });
    expect(bandProblems([band(0, 49), band(51, 100)])['bands.1.min']!.params).toEqual({ expected: 50 });
  });

  it('refuses a band that ends before it starts', () => {
    expect(keys([band(0, 60), band(61, 50), band(51, 100)])).toMatchObject({
      'bands.1.max': 'validation.appraisalBandOrder',
    });
  });
});

describe('template weights', () => {
  const W = { results: 60, attitude: 20, ability: 20 };
  const items = (r: number[], a: number[], b: number[]) => [
    ...r.map((weight) => ({ category: 'results' as const, weight })),
    ...a.map((weight) => ({ category: 'attitude' as const, weight })),
    ...b.map((weight) => ({ category: 'ability' as const, weight })),
  ];

  it('sums each category', () => {
    expect(categorySubtotals(items([30, 30], [20], [10, 10]))).toEqual(W);
  });

  it('accepts weights that add up per category and to 100', () => {
    expect(weightProblems(W, items([30, 30], [20], [10, 10]))).toEqual({});
    expect(weightProblems({ results: 100, attitude: 0, ability: 0 }, items([100], [], []))).toEqual({});
  });

  it('names the category whose indicators miss its weight, one off either way', () => {
    expect(weightProblems(W, items([30, 29], [20], [20]))).toEqual({
      'subtotals.results': { key: 'validation.appraisalResultsSubtotal', params: { sum: 59, weight: 60 } },
    });
    expect(weightProblems(W, items([60], [21], [20]))).toEqual({
      'subtotals.attitude': { key: 'validation.appraisalAttitudeSubtotal', params: { sum: 21, weight: 20 } },
    });
    expect(weightProblems(W, items([60], [20], []))).toEqual({
      'subtotals.ability': { key: 'validation.appraisalAbilitySubtotal', params: { sum: 0, weight: 20 } },
    });
  });

  it('refuses category weights that do not total 100, at 99 and 101', () => {
    expect(weightProblems({ results: 59, attitude: 20, ability: 20 }, items([59], [20], [20]))).toEqual({
      categoryWeightsTotal: { key: 'validation.appraisalCategoryTotal', params: { sum: 99, total: 100 } },
    });
    expect(
      Object.keys(weightProblems({ results: 61, attitude: 20, ability: 20 }, items([61], [20], [20]))),
    ).toEqual(['categoryWeightsTotal']);
  });
});
