import { describe, expect, it } from 'vitest';
import { planVsActualChart } from '../../../src/shared/salesPlans/charts';
import {
  isPeriodStart,
  periodEnd,
  periodStartOf,
  progressPct,
  shiftPeriod,
  splitState,
} from '../../../src/shared/salesPlans/rules';

describe('periods', () => {
  it('a period starts on the first day of its month, quarter or year', () => {
    expect(isPeriodStart('month', '2026-02-01')).toBe(true);
    expect(isPeriodStart('month', '2026-02-02')).toBe(false);
    expect(isPeriodStart('quarter', '2026-04-01')).toBe(true);
    expect(isPeriodStart('quarter', '2026-02-01')).toBe(false);
    expect(isPeriodStart('year', '2026-01-01')).toBe(true);
    expect(isPeriodStart('year', '2026-07-01')).toBe(false);
  });

  it('ends on the last day of its month, quarter or year (leap years included)', () => {
    expect(periodEnd('month', '2028-02-01')).toBe('2028-02-29');
    expect(periodEnd('quarter', '2026-10-01')).toBe('2026-12-31');
    expect(periodEnd('year', '2026-01-01')).toBe('2026-12-31');
  });

  it('finds the period a day falls in, and the one before or after', () => {
    expect(periodStartOf('quarter', '2026-11-27')).toBe('2026-10-01');
    expect(periodStartOf('month', '2026-11-27')).toBe('2026-11-01');
    expect(shiftPeriod('quarter', '2026-10-01', 1)).toBe('2027-01-01');
    expect(shiftPeriod('month', '2026-01-01', -1)).toBe('2025-12-01');
  });
});

describe('progress and the split', () => {
  it('progress may pass 100 % and has no value without a target', () => {
    expect(progressPct(150, 100)).toBe(150);
    expect(progressPct(5, 0)).toBeNull();
  });

  it("the people's sum against the group's target", () => {
    expect(splitState(100, 100)).toBe('match');
    expect(splitState(100, 60)).toBe('under');
    expect(splitState(100, 160)).toBe('over');
    expect(splitState(null, 60)).toBe('noTarget');
  });
});

describe('the plan-vs-actual chart', () => {
  const labels = {
    target: '目标',
    actual: '实际',
    money: (fen: number) => `¥${fen / 100}`,
    axis: (fen: number) => String(fen / 100),
    percent: (pct: number) => `${Math.round(pct)}%`,
  };

  it('leaves out people with neither a target nor revenue, the group on top', () => {
    const chart = planVsActualChart(
      [
        { name: '销售组', targetFen: 100_00, actualFen: 42_00 },
        { name: '甲', targetFen: null, actualFen: 0 },
        { name: '乙', targetFen: 50_00, actualFen: 0 },
      ],
      labels,
    )!;
    const yAxis = chart.option.yAxis as { data: string[] };
    expect(yAxis.data).toEqual(['乙', '销售组']);
  });

  it('is not drawn when there is nothing to show', () => {
    expect(planVsActualChart([{ name: '甲', targetFen: null, actualFen: 0 }], labels)).toBeNull();
  });
});
