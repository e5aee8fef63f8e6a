import { describe, expect, it } from 'vitest';
import { kriPeriods } from '../../../src/shared/kri/periods';
import { readingState, thresholdsInOrder } from '../../../src/shared/kri/rules';

describe('the thresholds’ order follows the direction', () => {
  it('higher is worse: the alarm lies above the warning', () => {
    expect(thresholdsInOrder('higher_worse', 10, 20)).toBe(true);
    expect(thresholdsInOrder('higher_worse', 20, 10)).toBe(false);
    expect(thresholdsInOrder('higher_worse', 10, 10)).toBe(false);
  });

  it('lower is worse: the alarm lies below the warning', () => {
    expect(thresholdsInOrder('lower_worse', 90, 80)).toBe(true);
    expect(thresholdsInOrder('lower_worse', 80, 90)).toBe(false);
    expect(thresholdsInOrder('lower_worse', 85, 85)).toBe(false);
  });
});

describe('a reading’s state at the thresholds', () => {
  const higher = { warning: 10, alarm: 20 };
  const lower = { warning: 90, alarm: 80 };

  it.each([
    [9.99, 'normal'],
    [10, 'warning'],
    [19.99, 'warning'],
    [20, 'alarm'],
    [1000, 'alarm'],
    [-5, 'normal'],
  ] as const)('higher is worse: %s is %s', (value, state) => {
    expect(readingState('higher_worse', higher, value)).toBe(state);
  });

  it.each([
    [90.01, 'normal'],
    [90, 'warning'],
    [80.01, 'warning'],
    [80, 'alarm'],
    [0, 'alarm'],
    [100, 'normal'],
  ] as const)('lower is worse: %s is %s', (value, state) => {
    expect(readingState('lower_worse', lower, value)).toBe(state);
  });
});

describe('the periods of a computed indicator', () => {
  it('months up to the running one, which ends today', () => {
    expect(kriPeriods('monthly', '2026-03-05', 3)).toEqual([
      { key: '2026-01', from: '2026-01-01', to: '2026-01-31', partial: false },
      { key: '2026-02', from: '2026-02-01', to: '2026-02-28', partial: false },
      { key: '2026-03', from: '2026-03-01', to: '2026-03-05', partial: true },
    ]);
  });

  it('quarters across a year’s end', () => {
    expect(kriPeriods('quarterly', '2026-02-10', 3)).toEqual([
      { key: '2025-Q3', from: '2025-07-01', to: '2025-09-30', partial: false },
      { key: '2025-Q4', from: '2025-10-01', to: '2025-12-31', partial: false },
      { key: '2026-Q1', from: '2026-01-01', to: '2026-02-10', partial: true },
    ]);
  });
});
