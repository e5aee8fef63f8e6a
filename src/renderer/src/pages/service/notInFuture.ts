import dayjs, { type Dayjs } from 'dayjs';

const range = (from: number, to: number) =>
  Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);

/**
 * A step's time is never in the future (main refuses it too): the days after today are greyed out, and on
 * today the hours and minutes still to come.
 */
export const notInFuture = {
  disabledDate: (d: Dayjs) => d.isAfter(dayjs(), 'day'),
  disabledTime: (d: Dayjs | null) => {
    const now = dayjs();
    if (!d || !d.isSame(now, 'day')) return {};
    return {
      disabledHours: () => range(now.hour() + 1, 24),
      disabledMinutes: (hour: number) =>
        hour === now.hour() ? range(now.minute() + 1, 60) : hour > now.hour() ? range(0, 60) : [],
    };
  },
};
