import { describe, expect, it } from 'vitest';
import { translator } from '../../../src/main/i18n/translate';
import { clockText, durationText } from '../../../src/shared/service/clockText';
import type { TicketClock } from '../../../src/shared/service/types';

const zh = translator('zh-CN');
const en = translator('en-US');
const clock = (minutesLeft: number, mode: TicketClock['mode'] = 'calendar') => ({
  minutesLeft,
  overdue: minutesLeft < 0,
  mode,
});

describe('the time left, in the reader’s language', () => {
  it.each([
    [200, '剩余 3 小时 20 分', '3 h 20 min left'],
    [180, '剩余 3 小时', '3 h left'],
    [45, '剩余 45 分', '45 min left'],
    [0, '剩余 0 分', '0 min left'],
    [-(26 * 60 + 5), '已超时 1 天 2 小时', 'Overdue by 1 d 2 h'],
    [-48 * 60, '已超时 2 天', 'Overdue by 2 d'],
    [-1, '已超时 1 分', 'Overdue by 1 min'],
  ])('%i minutes in calendar hours', (minutes, zhText, enText) => {
    expect(clockText(clock(minutes), zh)).toBe(zhText);
    expect(clockText(clock(minutes), en)).toBe(enText);
  });

  it('working hours never make days, and say so', () => {
    expect(clockText(clock(30 * 60, 'working'), zh)).toBe('剩余 30 小时（工作时间）');
    expect(clockText(clock(-90, 'working'), en)).toBe('Overdue by 1 h 30 min (working hours)');
  });

  it('past due with no working time gone yet (a deadline at Friday’s closing, seen on Saturday)', () => {
    const weekend = { minutesLeft: 0, overdue: true, mode: 'working' as const };
    expect(clockText(weekend, zh)).toBe('已超时（工作时间）');
    expect(clockText(weekend, en)).toBe('Overdue (working hours)');
  });

  it('a duration alone, for other texts', () => {
    expect(durationText(-125, 'calendar', en)).toBe('2 h 5 min');
    expect(durationText(25 * 60, 'calendar', zh)).toBe('1 天 1 小时');
    expect(durationText(25 * 60, 'working', zh)).toBe('25 小时');
  });
});
