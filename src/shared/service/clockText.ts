import type { TicketClock } from './types';

/** A translate function (i18next's t, or main's per-locale one): key and values in, text out. */
export type Translate = (key: string, values?: Record<string, unknown>) => string;

const MINUTES_PER_HOUR = 60;
const MINUTES_PER_DAY = 24 * MINUTES_PER_HOUR;

/**
 * A length of time as people say it: "1 天 2 小时" / "1 d 2 h", "3 小时 20 分" / "3 h 20 min", "20 分" / "20 min".
 * Working-hours deadlines count working minutes, which do not make calendar days: hours and minutes only.
 */
export function durationText(minutes: number, mode: TicketClock['mode'], t: Translate): string {
  const total = Math.max(0, Math.round(Math.abs(minutes)));
  const days = mode === 'calendar' ? Math.floor(total / MINUTES_PER_DAY) : 0;
  const hours = Math.floor((total - days * MINUTES_PER_DAY) / MINUTES_PER_HOUR);
  const mins = total % MINUTES_PER_HOUR;
  if (days > 0)
    return hours > 0 ? t('service:clock.daysHours', { days, hours }) : t('service:clock.days', { days });
  if (hours > 0)
    return mins > 0
      ? t('service:clock.hoursMinutes', { hours, minutes: mins })
      : t('service:clock.hours', { hours });
  return t('service:clock.minutes', { minutes: mins });
}

/**
 * A running deadline in the reader's language, the same words on screen, in Excel and on paper:
 * "剩余 3 小时 20 分" / "3 h 20 min left", "已超时 1 天 2 小时" / "Overdue by 1 d 2 h", with "（工作时间）" /
 * "(working hours)" when the deadline counts working hours only. A working-hours deadline passed outside
 * working hours (Friday's closing time, seen on Saturday) is overdue by no working time yet: just "overdue".
 */
export function clockText(
  clock: Pick<TicketClock, 'minutesLeft' | 'overdue' | 'mode'>,
  t: Translate,
): string {
  const text =
    clock.overdue && Math.round(Math.abs(clock.minutesLeft)) === 0
      ? t('service:clock.overdueNow')
      : t(clock.overdue ? 'service:clock.overdue' : 'service:clock.left', {
          duration: durationText(clock.minutesLeft, clock.mode, t),
        });
  return clock.mode === 'working' ? t('service:clock.working', { text }) : text;
}
