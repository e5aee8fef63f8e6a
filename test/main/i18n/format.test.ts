import { describe, expect, it } from 'vitest';
import * as mainFormat from '../../../src/main/i18n/format';
import * as shared from '../../../src/shared/i18n/format';

describe('one formatting module for screens and reports', () => {
  it('the renderer and main format with the very same functions (they cannot drift apart)', async () => {
    // Loaded by path: the renderer's sources belong to the web project, not this one's type check.
    const screenPath = '../../../src/renderer/src/i18n/format';
    const screenFormat = (await import(/* @vite-ignore */ screenPath)) as typeof shared;
    for (const name of Object.keys(shared) as (keyof typeof shared)[]) {
      expect(screenFormat[name], name).toBe(shared[name]);
      expect(mainFormat[name], name).toBe(shared[name]);
    }
  });

  it('formats dates, money and counts the way each language reads them', () => {
    expect(shared.formatDate('2026-03-01', 'zh-CN')).toBe('2026年3月1日');
    expect(shared.formatDate('2026-03-01', 'en-US')).toBe('Mar 1, 2026');
    expect(shared.formatMoneyFen(123_456_789, 'zh-CN')).toBe('¥1,234,567.89');
    expect(shared.formatMoneyFen(-5, 'en-US')).toBe('-CN¥0.05');
    expect(shared.formatNumber(12_345, 'en-US')).toBe('12,345');
    expect(shared.formatWeekday('2026-10-10', 'zh-CN')).toBe('周六');
    expect(shared.formatWeekday('2026-10-10', 'en-US')).toBe('Sat');
    expect(shared.formatBytes(1_536_000, 'zh-CN')).toBe('1.5 MB');
    expect(shared.formatDateTime(null, 'zh-CN')).toBe('');
    expect(shared.formatMonth('2026-10', 'zh-CN')).toBe('2026年10月');
    expect(shared.formatMonth('2026-10', 'en-US')).toBe('Oct 2026');
    expect(shared.formatPercent(57.14, 'zh-CN')).toBe('57.1%');
    // A moment is shown on this machine's clock: the day may differ from the UTC one.
    expect(shared.formatDateTime('2026-11-23T07:30:00.000Z', 'zh-CN')).toMatch(
      /^2026年11月2[34]日 \d{2}:\d{2}$/,
    );
  });
});
